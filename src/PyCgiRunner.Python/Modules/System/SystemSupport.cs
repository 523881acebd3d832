using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>Shared plumbing of the host-facing modules: path arguments, error mapping, sandbox refusals, native types.</summary>
public static class SystemSupport
{
    /// <summary>The text of the OSError every process-creating call raises (DESIGN: no child processes in-process).</summary>
    public const string ProcessRefusal = "Operation not permitted: process creation is disabled in PyCgiRunner";

    public static PythonException ProcessRefused() => PyErr.OSError(1, ProcessRefusal);

    public static PythonException NetworkRefused(PyType type)
        => PyErr.New(type, PyInt.Get(1), PyStr.From("Operation not permitted: network access is disabled in PyCgiRunner"));

    /// <summary>A path argument: str as-is, unicode encoded with the file system encoding (ASCII here).</summary>
    public static string PathArg(PyObject o) => o switch
    {
        PyStr s => s.Value,
        PyUnicode u => Codecs.EncodeDefault(u.Value),
        _ => throw PyErr.TypeError($"coercing to Unicode: need string or buffer, {o.Type.Name} found"),
    };

    /// <summary>Runs a platform operation, turning .NET I/O failures into OSError naming the file (CPython's os functions).</summary>
    public static T Os<T>(string? fileName, Func<T> body)
    {
        try { return body(); }
        catch (IOException e) { throw IoErrors.ToPython(e, fileName, BuiltinTypes.OSError); }
        catch (UnauthorizedAccessException e) { throw IoErrors.ToPython(e, fileName, BuiltinTypes.OSError); }
    }

    public static void Os(string? fileName, Action body) => Os(fileName, () => { body(); return 0; });

    /// <summary>A builtin (non-heap) type living in a native module, as `<type 'module.name'>`.</summary>
    public static PyType NewType(string name, string module, PyType? baseType = null)
    {
        BuiltinTypes.EnsureInitialized();
        var t = new PyType(name, baseType ?? BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From(module));
        return t;
    }

    /// <summary>A class as a class statement in the module would make it (module exceptions: socket.error...), per run.</summary>
    public static PyType NewHeapClass(string module, string name, params PyObject[] bases)
    {
        var dict = new PyDict();
        dict.SetStr("__module__", PyStr.From(module));
        return (PyType)Ops.Call(BuiltinTypes.Type, [PyStr.From(name), new PyTuple(bases), dict], null);
    }

    /// <summary>Makes instances of t iterators: `__iter__` returns self and `next` steps (raising StopIteration at the end).</summary>
    public static void MakeIterator(PyType t)
    {
        TypeSetup.Def0(t, "__iter__", self => self);
        TypeSetup.Def0(t, "next", self => self.Next(out var v) ? v : throw PyErr.StopIteration());
    }

    public static PyObject None => PyNone.Instance;

    public static PyStr Str(string s) => PyStr.From(s);

    /// <summary>Current run's environment as os.environ sees it now (os module if imported, else the initial variables).</summary>
    public static string? GetEnv(string name)
    {
        var ctx = PyContext.Current;
        if (ctx.Modules.GetStrOrNull("os") is PyModule os && os.Dict.GetStrOrNull("environ") is { } environ)
        {
            var key = PyStr.From(name);
            return Ops.Contains(environ, key) ? Ops.Str(Ops.GetItem(environ, key)) : null;
        }
        return ctx.EnvironmentVariables.TryGetValue(name, out var v) ? v : null;
    }
}
