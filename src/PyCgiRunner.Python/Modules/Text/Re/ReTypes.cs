using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>The builtin types and the error class of the re module, created once per process.</summary>
internal static class ReTypes
{
    /// <summary>sre_constants.error: what re.error names.</summary>
    public static readonly PyType Error = NewError();

    public static PyType NewType(string name, string module = "_sre")
    {
        var t = new PyType(name, BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From(module));
        return t;
    }

    private static PyType NewError()
    {
        var t = new PyType("error", BuiltinTypes.Exception) { HasInstanceDict = true };
        t.Dict.SetStr("__module__", PyStr.From("sre_constants"));
        return t;
    }

    public static PythonException ToPython(ReError e) => PyErr.New(Error, e.Message);
}
