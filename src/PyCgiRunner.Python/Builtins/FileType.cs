using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>The methods of Python 2's file type.</summary>
public static class FileType
{
    private static PyFile F(PyObject o) => (PyFile)o;

    public static void Setup()
    {
        var t = BuiltinTypes.File;
        t.NewFunc = (cls, args, kw) => BuiltinFunctions.Open(args, kw);
        Def(t, "read", (self, args, kw) =>
        {
            Args.Count("read", args, kw, 0, 1);
            return PyStr.From(F(self).Read(args.Length == 0 ? -1 : Args.Int(args[0], "size")));
        });
        Def(t, "readline", (self, args, kw) =>
        {
            Args.Count("readline", args, kw, 0, 1);
            return PyStr.From(F(self).ReadLine(args.Length == 0 ? -1 : Args.Int(args[0], "size")));
        });
        Def(t, "readlines", (self, args, kw) =>
        {
            var list = new PyList();
            while (true)
            {
                var line = F(self).ReadLine(-1);
                if (line.Length == 0) break;
                list.Append(PyStr.From(line));
            }
            return list;
        });
        Def0(t, "xreadlines", self => self);
        Def1(t, "write", (self, s) =>
        {
            if (s is PyStr or PyUnicode) F(self).WriteText(s);
            else if (s is PyObject buffer && buffer.Type == BuiltinTypes.ByteArray) F(self).Write(Ops.Str(buffer));
            else throw PyErr.TypeError($"expected a string or other character buffer object");
            return PyNone.Instance;
        });
        Def1(t, "writelines", (self, seq) =>
        {
            foreach (var s in Ops.ToArray(seq)) F(self).WriteText(s);
            return PyNone.Instance;
        });
        Def0(t, "close", self => { F(self).Close(); return PyNone.Instance; });
        Def0(t, "flush", self => { F(self).Flush(); return PyNone.Instance; });
        Def0(t, "tell", self => PyInt.Get(F(self).Tell()));
        Def(t, "seek", (self, args, kw) =>
        {
            Args.Count("seek", args, kw, 1, 2);
            F(self).Seek(Args.Int(args[0], "offset"), args.Length > 1 ? (int)Args.Int(args[1], "whence") : 0);
            return PyNone.Instance;
        });
        Def(t, "truncate", (self, args, kw) =>
        {
            F(self).Truncate(args.Length > 0 ? Args.Int(args[0], "size") : null);
            return PyNone.Instance;
        });
        Def0(t, "isatty", self => PyBool.False);
        Def0(t, "fileno", self => F(self).Closed
            ? throw PyErr.ValueError("I/O operation on closed file")
            : PyInt.Get(Modules.SystemModules.RunDescriptors.Current.NumberOf(F(self))));
        Def0(t, "next", self => self.Next(out var v) ? v : throw PyErr.StopIteration());
        Def0(t, "__iter__", self => self.GetIter());
        Def0(t, "__enter__", self => self);
        Def(t, "__exit__", (self, args, kw) => { F(self).Close(); return PyNone.Instance; });
    }
}
