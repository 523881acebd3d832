using System.Text;
using PyCgiRunner.Python.Compilation.Nodes;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

public static partial class BuiltinFunctions
{
    public static PyObject Open(PyObject[] a, string[]? k)
    {
        var b = Args.Bind("open", a, k, 1, "name", "mode", "buffering");
        var name = b[0] switch
        {
            PyStr s => s.Value,
            PyUnicode u => Codecs.Encode(u.Value, "utf-8", "strict"),
            _ => throw PyErr.TypeError($"coercing to Unicode: need string or buffer, {b[0]!.Type.Name} found"),
        };
        var mode = b[1] is null ? "r" : Args.Str(b[1]!, "mode");
        return OpenFile(name, mode);
    }

    public static PyFile OpenFile(string name, string mode)
    {
        var m = mode.Replace("b", "").Replace("t", "");
        if (m.StartsWith('U')) m = "r" + m[1..];
        if (m.Length == 0 || m[0] is not ('r' or 'w' or 'a'))
            throw PyErr.ValueError($"mode string must begin with one of 'r', 'w', 'a' or 'U', not '{mode}'");
        var plus = m.Contains('+');
        var (fileMode, access) = m[0] switch
        {
            'r' => (FileMode.Open, plus ? FileAccess.ReadWrite : FileAccess.Read),
            'w' => (FileMode.Create, plus ? FileAccess.ReadWrite : FileAccess.Write),
            _ => (FileMode.OpenOrCreate, plus ? FileAccess.ReadWrite : FileAccess.Write),
        };
        var platform = PyContext.Current.Platform;
        if (name.Length == 0) throw PyErr.IOError(2, "No such file or directory", name);
        Stream stream;
        try
        {
            if (platform.DirectoryExists(name)) throw PyErr.IOError(21, "Is a directory", name);
            stream = platform.OpenFile(name, fileMode, access);
            if (m[0] == 'a') stream.Seek(0, SeekOrigin.End);
        }
        catch (Exception e) when (e is not PythonException)
        {
            throw IoErrors.ToPython(e, name, BuiltinTypes.IOError);
        }
        return new PyFile(stream, name, mode);
    }

    private static PyObject RawInput(PyObject[] a, string[]? k)
    {
        Args.Count("raw_input", a, k, 0, 1);
        var ctx = PyContext.Current;
        if (a.Length == 1)
        {
            var stdout = ctx.SysAttr("stdout");
            PrintNode.Write(stdout, PyStr.From(Ops.Str(a[0])));
            PrintNode.SetSoftSpace(stdout, false);
        }
        var stdin = ctx.SysAttr("stdin");
        var line = stdin is PyFile f ? f.ReadLine(-1) : Ops.Str(Ops.CallMethod(stdin, "readline"));
        if (line.Length == 0) throw PyErr.EOFError("EOF when reading a line");
        return PyStr.From(line.EndsWith('\n') ? line[..^1] : line);
    }

    private static (PyDict globals, PyObject locals) Namespaces(PyObject? g, PyObject? l)
    {
        var frame = PyContext.Current.CurrentFrame!;
        if (g is null or PyNone) return (frame.Globals, l is null or PyNone ? frame.Names ?? frame.LocalsDict() : l);
        var globals = g as PyDict ?? throw PyErr.TypeError("globals must be a dict");
        return (globals, l is null or PyNone ? globals : l);
    }

    private static PyObject EvalOrExec(PyObject[] a, string[]? k, bool isEval)
    {
        Args.Count("eval", a, k, 1, 3);
        var (g, l) = Namespaces(a.Length > 1 ? a[1] : null, a.Length > 2 ? a[2] : null);
        var source = a[0];
        if (source is PyStr s) source = PyStr.From(s.Value.TrimStart(' ', '\t'));
        else if (source is PyUnicode u) source = new PyUnicode(u.Value.TrimStart(' ', '\t'));
        else if (source is not PyCodeObject) throw PyErr.TypeError("eval() arg 1 must be a string or code object");
        return CodeExecution.Eval(PyContext.Current, source, g, l);
    }

    private static PyObject ExecFile(PyObject[] a, string[]? k)
    {
        Args.Count("execfile", a, k, 1, 3);
        var (g, l) = Namespaces(a.Length > 1 ? a[1] : null, a.Length > 2 ? a[2] : null);
        var name = Args.Str(a[0], "execfile() arg 1");
        var file = OpenFile(name, "r");
        var text = file.Read(-1);
        file.Close();
        var ctx = PyContext.Current;
        var code = ctx.Engine.CompileModule(Encoding.Latin1.GetBytes(text), name, namespaceLocals: true);
        CodeExecution.Exec(ctx, new PyCodeObject(code), g, l, name);
        return PyNone.Instance;
    }

    private static PyObject Compile(PyObject[] a, string[]? k)
    {
        var b = Args.Bind("compile", a, k, 3, "source", "filename", "mode", "flags", "dont_inherit");
        var fileName = Args.Str(b[1]!, "compile() arg 2");
        var mode = Args.Str(b[2]!, "compile() arg 3");
        byte[] bytes = b[0] switch
        {
            PyStr s => Encoding.Latin1.GetBytes(s.Value),
            PyUnicode u => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(u.Value)],
            _ => throw PyErr.TypeError("compile() expected string without null bytes"),
        };
        var engine = PyContext.Current.Engine;
        return mode switch
        {
            "eval" => new PyCodeObject(engine.CompileExpression(bytes, fileName, CodeExecution.InheritedFuture(PyContext.Current))),
            "exec" => new PyCodeObject(engine.CompileModule(bytes, fileName, namespaceLocals: true, CodeExecution.InheritedFuture(PyContext.Current))),
            "single" => new PyCodeObject(engine.CompileModule(bytes, fileName, namespaceLocals: true, CodeExecution.InheritedFuture(PyContext.Current), interactive: true)),
            _ => throw PyErr.ValueError("compile() arg 3 must be 'exec', 'eval' or 'single'"),
        };
    }

    private static PyObject Import(PyObject[] a, string[]? k)
    {
        var b = Args.Bind("__import__", a, k, 1, "name", "globals", "locals", "fromlist", "level");
        var name = Args.Str(b[0]!, "__import__() argument 1");
        var ctx = PyContext.Current;
        var globals = b[1] as PyDict ?? ctx.CurrentFrame?.Globals ?? new PyDict();
        var fromList = b[3] is null or PyNone ? null : Ops.ToArray(b[3]!).Select(Ops.Str).ToArray();
        var level = b[4] is null ? -1 : (int)Ops.ToLong(b[4]!);
        return ctx.Engine.Importer.Import(ctx, name, globals, fromList is { Length: 0 } ? null : fromList, level);
    }

    private static PyObject Reload(PyObject module)
    {
        if (module is not PyModule m) throw PyErr.TypeError("reload() argument must be module");
        var ctx = PyContext.Current;
        ctx.Modules.RemoveStr(m.Name);
        var fresh = ctx.Engine.Importer.ImportDotted(ctx, m.Name);
        if (fresh.InstanceDict is { } freshDict) m.Dict.Update(freshDict);
        ctx.Modules.SetStr(m.Name, m);
        return m;
    }

    /// <summary>print(...) under 'from __future__ import print_function'.</summary>
    private static PyObject PrintFunction(PyObject[] a, string[]? k)
    {
        var nKw = k?.Length ?? 0;
        var values = a[..(a.Length - nKw)];
        PyObject sep = PyStr.Char(' '), end = PyStr.Char('\n'), file = PyNone.Instance;
        for (var i = 0; i < nKw; i++)
        {
            var v = a[a.Length - nKw + i];
            switch (k![i])
            {
                case "sep": sep = v is PyNone ? PyStr.Char(' ') : v is PyBaseString ? v : throw PyErr.TypeError("sep must be None, str or unicode, not " + v.Type.Name); break;
                case "end": end = v is PyNone ? PyStr.Char('\n') : v is PyBaseString ? v : throw PyErr.TypeError("end must be None, str or unicode, not " + v.Type.Name); break;
                case "file": file = v; break;
                default: throw PyErr.TypeError($"'{k[i]}' is an invalid keyword argument for this function");
            }
        }
        if (file is PyNone) file = PyContext.Current.SysAttr("stdout");
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) PrintNode.Write(file, sep);
            PrintNode.Write(file, values[i] is PyUnicode ? values[i] : Ops.StrObject(values[i]));
        }
        PrintNode.Write(file, end);
        return PyNone.Instance;
    }
}
