namespace PyCgiRunner.Python.Runtime;

/// <summary>Factories for the Python exceptions the runtime raises, ready to throw.</summary>
public static class PyErr
{
    public static PythonException New(PyType type, params PyObject[] args)
    {
        var exc = new PyBaseException(type);
        exc.Initialize(args);
        return new PythonException(exc);
    }

    public static PythonException New(PyType type, string message) => New(type, PyStr.From(message));

    public static PythonException TypeError(string m) => New(BuiltinTypes.TypeError, m);
    public static PythonException ValueError(string m) => New(BuiltinTypes.ValueError, m);
    public static PythonException IndexError(string m) => New(BuiltinTypes.IndexError, m);
    public static PythonException KeyError(PyObject key) => New(BuiltinTypes.KeyError, key);
    public static PythonException AttributeError(string m) => New(BuiltinTypes.AttributeError, m);
    public static PythonException NameError(string name) => New(BuiltinTypes.NameError, $"name '{name}' is not defined");
    public static PythonException GlobalNameError(string name) => New(BuiltinTypes.NameError, $"global name '{name}' is not defined");
    public static PythonException UnboundLocal(string name) => New(BuiltinTypes.UnboundLocalError, $"local variable '{name}' referenced before assignment");
    public static PythonException ZeroDivisionError(string m) => New(BuiltinTypes.ZeroDivisionError, m);
    public static PythonException OverflowError(string m) => New(BuiltinTypes.OverflowError, m);
    public static PythonException RuntimeError(string m) => New(BuiltinTypes.RuntimeError, m);
    public static PythonException NotImplementedError(string m) => New(BuiltinTypes.NotImplementedError, m);
    public static PythonException ImportError(string m) => New(BuiltinTypes.ImportError, m);
    public static PythonException StopIteration() => New(BuiltinTypes.StopIteration);
    public static PythonException MemoryError() => New(BuiltinTypes.MemoryError);
    public static PythonException AssertionError() => New(BuiltinTypes.AssertionError);
    public static PythonException EOFError(string m) => New(BuiltinTypes.EOFError, m);

    public static PythonException RecursionError() => RuntimeError("maximum recursion depth exceeded");

    /// <summary>IOError/OSError with errno and strerror, and the file name when given.</summary>
    public static PythonException EnvironmentError(PyType type, int errno, string strerror, string? filename = null)
    {
        return filename is null
            ? New(type, PyInt.Get(errno), PyStr.From(strerror))
            : New(type, PyInt.Get(errno), PyStr.From(strerror), PyStr.From(filename));
    }

    public static PythonException IOError(int errno, string strerror, string? filename = null)
        => EnvironmentError(BuiltinTypes.IOError, errno, strerror, filename);

    public static PythonException OSError(int errno, string strerror, string? filename = null)
        => EnvironmentError(BuiltinTypes.OSError, errno, strerror, filename);

    /// <summary>"'X' object has no attribute 'y'" in the form Python 2 uses for the kind of object.</summary>
    public static PythonException NoAttribute(PyObject obj, string name) => obj switch
    {
        PyInstance inst => AttributeError($"{inst.Class.Name} instance has no attribute '{name}'"),
        PyClassic cls => AttributeError($"class {cls.Name} has no attribute '{name}'"),
        PyType t => AttributeError($"type object '{t.Name}' has no attribute '{name}'"),
        PyModule => AttributeError($"'module' object has no attribute '{name}'"),
        _ => AttributeError($"'{obj.Type.Name}' object has no attribute '{name}'"),
    };
}
