using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Imp;

/// <summary>imp.NullImporter: the path hook for entries that are not folders; it finds nothing.</summary>
[PythonType]
internal sealed partial class NullImporter : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public override PyType Type => TypeObject;

    private static PyType CreateType()
    {
        var t = SystemSupport.NewType("NullImporter", "imp");
        t.Dict.SetStr("__doc__", PyStr.From("The path hook for path entries that are not folders: it finds nothing."));
        t.NewFunc = (_, _, _) => new NullImporter();
        DefineMembers(t);
        return t;
    }

    [PythonFunction("__init__", MessageName = "NullImporter")]
    public void Init(string path)
    {
        if (path.Length == 0) throw PyErr.ImportError("empty pathname");
        if (ModuleFiles.DirectoryExists(PyContext.Current, path)) throw PyErr.ImportError("existing directory");
    }

    [PythonFunction("find_module", Doc = "find_module(fullname[, path]) -> None, always.")]
    public PyObject FindModule(PyObject fullname, PyObject? path = null) => PyNone.Instance;
}
