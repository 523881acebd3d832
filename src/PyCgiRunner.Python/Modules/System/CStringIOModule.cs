using System.Text;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// cStringIO (library reference §7.6): StringIO() gives a writable StringO, StringIO(s) a read-only StringI.
/// Bytes are kept as chars 0-255; unicode is ASCII-encoded on the way in, as CPython's does.
/// </summary>
public static class CStringIOModule
{
    public static readonly PyType OutputType = CreateType("StringO", writable: true);
    public static readonly PyType InputType = CreateType("StringI", writable: false);

    public sealed class MemoryFile(PyType type, string initial) : PyObject, ITextSink
    {
        public readonly StringBuilder Buffer = new(initial);
        public int Position;
        public bool Closed;
        public bool SoftSpace { get; set; }
        public override PyType Type => type;
        public override PyObject GetIter() { Check(); return this; }

        public void Check()
        {
            if (Closed) throw PyErr.ValueError("I/O operation on closed file");
        }

        public override bool Next(out PyObject value)
        {
            var line = ReadLine(-1);
            value = PyStr.From(line);
            return line.Length > 0;
        }

        public string Read(long n)
        {
            Check();
            var available = Math.Max(0, Buffer.Length - Position);
            var count = n < 0 ? available : (int)Math.Min(n, available);
            var s = Buffer.ToString(Math.Min(Position, Buffer.Length), count);
            Position += count;
            return s;
        }

        public string ReadLine(long limit)
        {
            Check();
            var start = Math.Min(Position, Buffer.Length);
            var end = start;
            while (end < Buffer.Length && Buffer[end] != '\n') end++;
            if (end < Buffer.Length) end++;
            if (limit >= 0 && end - start > limit) end = start + (int)limit;
            Position = end;
            return Buffer.ToString(start, end - start);
        }

        public void Write(string s)
        {
            Check();
            if (Position > Buffer.Length) Buffer.Append('\0', Position - Buffer.Length);
            var overlap = Math.Min(s.Length, Buffer.Length - Position);
            Buffer.Remove(Position, overlap).Insert(Position, s);
            Position += s.Length;
        }

        public void WriteText(PyObject text) => Write(Bytes(text));

        public override bool TryGetAttr(string name, out PyObject value)
        {
            switch (name)
            {
                case "closed": value = PyBool.Of(Closed); return true;
                case "softspace": value = PyInt.Get(SoftSpace ? 1 : 0); return true;
            }
            return base.TryGetAttr(name, out value);
        }

        public override void SetAttr(string name, PyObject value)
        {
            if (name == "softspace") { SoftSpace = Ops.IsTrue(value); return; }
            base.SetAttr(name, value);
        }
    }

    private static string Bytes(PyObject o) => o switch
    {
        PyStr s => s.Value,
        PyUnicode u => Codecs.Encode(u.Value, "ascii", "strict"),
        _ => throw PyErr.TypeError($"must be string or buffer, not {o.Type.Name}"),
    };

    private static MemoryFile M(PyObject o) => (MemoryFile)o;

    private static PyType CreateType(string name, bool writable)
    {
        var t = SystemSupport.NewType(name, "cStringIO");
        SystemSupport.MakeIterator(t);
        Def(t, "getvalue", (self, a, k) =>
        {
            var f = M(self);
            f.Check();
            var upToPosition = a.Length > 0 && Ops.IsTrue(a[0]);
            return PyStr.From(upToPosition ? f.Buffer.ToString(0, Math.Min(f.Position, f.Buffer.Length)) : f.Buffer.ToString());
        });
        Def(t, "read", (self, a, k) => { Args.Count("read", a, k, 0, 1); return PyStr.From(M(self).Read(a.Length == 0 ? -1 : Args.Int(a[0], "n"))); });
        Def(t, "readline", (self, a, k) => { Args.Count("readline", a, k, 0, 1); return PyStr.From(M(self).ReadLine(a.Length == 0 ? -1 : Args.Int(a[0], "size"))); });
        Def(t, "readlines", (self, a, k) =>
        {
            var list = new PyList();
            while (M(self).ReadLine(-1) is { Length: > 0 } line) list.Append(PyStr.From(line));
            return list;
        });
        Def(t, "seek", (self, a, k) =>
        {
            Args.Count("seek", a, k, 1, 2);
            var f = M(self);
            f.Check();
            var pos = Args.Int(a[0], "position");
            var whence = a.Length > 1 ? Args.Int(a[1], "mode") : 0;
            if (whence == 1) pos += f.Position;
            else if (whence == 2) pos += f.Buffer.Length;
            f.Position = (int)Math.Max(0, pos);
            return PyNone.Instance;
        });
        Def0(t, "tell", self => { M(self).Check(); return PyInt.Get(M(self).Position); });
        Def0(t, "reset", self => { M(self).Check(); M(self).Position = 0; return PyNone.Instance; });
        Def0(t, "close", self => { M(self).Closed = true; return PyNone.Instance; });
        Def0(t, "flush", self => { M(self).Check(); return PyNone.Instance; });
        Def0(t, "isatty", self => { M(self).Check(); return PyBool.False; });
        if (!writable) return t;
        Def1(t, "write", (self, s) => { M(self).Write(Bytes(s)); return PyNone.Instance; });
        Def1(t, "writelines", (self, lines) =>
        {
            var it = Ops.GetIter(lines);
            while (Ops.Next(it, out var line)) M(self).Write(Bytes(line));
            return PyNone.Instance;
        });
        Def(t, "truncate", (self, a, k) =>
        {
            var f = M(self);
            f.Check();
            var size = a.Length > 0 && a[0] is not PyNone ? (int)Args.Int(a[0], "size") : f.Position;
            if (size < 0) throw PyErr.IOError(22, "Negative size not allowed");
            if (size < f.Buffer.Length) f.Buffer.Length = size;
            f.Position = Math.Min(f.Position, size);
            return PyNone.Instance;
        });
        return t;
    }

    public static PyModule Create()
    {
        var b = new ModuleBuilder("cStringIO");
        b.Value("InputType", InputType).Value("OutputType", OutputType);
        b.Fn("StringIO", (a, k) =>
        {
            Args.Count("StringIO", a, k, 0, 1);
            if (a.Length == 0) return new MemoryFile(OutputType, "");
            var initial = a[0] switch
            {
                PyStr s => s.Value,
                PyUnicode u => Codecs.Encode(u.Value, "ascii", "strict"),
                _ => throw PyErr.TypeError($"StringIO() argument 1 must be string or buffer, not {a[0].Type.Name}"),
            };
            return new MemoryFile(InputType, initial);
        });
        b.Value("cStringIO_CAPI", PyNone.Instance);
        return b;
    }
}
