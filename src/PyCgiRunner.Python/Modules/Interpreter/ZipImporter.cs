using PyCgiRunner.Python.Hosting.Library;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Interpreter;

/// <summary>
/// zipimport.zipimporter (PEP 302 importer and loader for modules inside a zip archive): the __loader__ of every
/// module the engine reads from the jython jar, so linecache, traceback, inspect and cgitb can show library
/// source lines; also usable on a script's own zip files (read through its sandboxed platform).
/// </summary>
[PythonType]
internal sealed partial class ZipImporter : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly ModuleSource _source;
    private readonly string _prefix;

    public ZipImporter(ModuleSource source, string prefix)
    {
        _source = source;
        _prefix = prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/";
    }

    public override PyType Type => TypeObject;
    public override string Repr() => $"<zipimporter object \"{_source.PathEntry}/{_prefix}\">";

    [PythonGetter("archive")] public string Archive => ArchivePath(_source);
    [PythonGetter("prefix")] public string Prefix => ArchiveFolder(_source) + _prefix;

    [PythonFunction]
    public PyObject find_module(string fullname, PyObject? path = null) => Locate(fullname) is null ? PyNone.Instance : this;

    [PythonFunction]
    public bool is_package(string fullname)
        => (Locate(fullname) ?? throw NotFound(fullname)).EndsWith("/__init__.py", StringComparison.Ordinal);

    [PythonFunction]
    public string get_filename(string fullname) => _source.DisplayPath(Locate(fullname) ?? throw NotFound(fullname));

    [PythonFunction]
    public PyObject get_source(string fullname)
        => PyStr.FromBytes(_source.Read(Locate(fullname) ?? throw NotFound(fullname)));

    [PythonFunction]
    public PyObject get_code(string fullname)
        => new PyCodeObject(PyContext.Current.Engine.CompileSource(_source, Locate(fullname) ?? throw NotFound(fullname)));

    [PythonFunction]
    public PyObject get_data(string pathname)
    {
        var relative = pathname.StartsWith(_source.PathEntry + "/", StringComparison.Ordinal) ? pathname[(_source.PathEntry.Length + 1)..] : pathname;
        return _source.FileExists(relative) ? PyStr.FromBytes(_source.Read(relative)) : throw PyErr.IOError(2, "No such file or directory", pathname);
    }

    [PythonFunction]
    public PyObject load_module(string fullname)
    {
        var file = Locate(fullname) ?? throw NotFound(fullname);
        return PyContext.Current.Engine.Importer.LoadFrom(PyContext.Current, fullname, _source, file);
    }

    /// <summary>The archive path of a module (package __init__ first, as the import system looks).</summary>
    private string? Locate(string fullname)
    {
        var stem = _prefix + fullname[(fullname.LastIndexOf('.') + 1)..];
        if (_source.FileExists(stem + "/__init__.py")) return stem + "/__init__.py";
        return _source.FileExists(stem + ".py") ? stem + ".py" : null;
    }

    private static PythonException NotFound(string fullname) => PyErr.New(ZipImportModule.ErrorType(), $"can't find module '{fullname}'");

    private static string ArchivePath(ModuleSource source) => source is ZipModuleSource zip ? zip.ArchivePath : source.PathEntry;
    private static string ArchiveFolder(ModuleSource source) => source is ZipModuleSource zip ? zip.Folder : "";

    private static PyType CreateType()
    {
        var t = SystemModules.SystemSupport.NewType("zipimporter", "zipimport");
        t.NewFunc = (cls, args, kw) =>
        {
            ArgBinding.Positional("zipimporter", args, kw, 1, 1);
            return ZipImportModule.Open(ArgBinding.ToStr(args[0], "zipimporter", 1));
        };
        DefineMembers(t);
        return t;
    }
}
