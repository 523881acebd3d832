using PyCgiRunner.Python.Hosting.Library;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Interpreter;

/// <summary>zipimport: the zipimporter type and ZipImportError (an ImportError).</summary>
[PythonModule("zipimport")]
internal static partial class ZipImportModule
{
    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx)
    {
        module.Dict.SetStr("zipimporter", ZipImporter.TypeObject);
        module.Dict.SetStr("ZipImportError", ErrorType());
    }

    /// <summary>The run's ZipImportError class (created with the module, like CPython's per-interpreter one).</summary>
    public static PyType ErrorType()
    {
        var ctx = PyContext.Current;
        if (ctx.Modules.GetStrOrNull("zipimport") is PyModule m && m.Dict.GetStrOrNull("ZipImportError") is PyType t) return t;
        return SystemModules.SystemSupport.NewHeapClass("zipimport", "ZipImportError", BuiltinTypes.ImportError);
    }

    /// <summary>zipimporter(path): an engine source by its path, or a zip file of the script's ("archive.zip/folder").</summary>
    public static ZipImporter Open(string path)
    {
        var ctx = PyContext.Current;
        var (source, relative) = ctx.Engine.Resolve(path.TrimEnd('/'));
        if (source is not null) return new ZipImporter(source, relative);
        for (var archive = path.TrimEnd('/'); archive.Length > 0; archive = Path.GetDirectoryName(archive) ?? "")
        {
            if (!ctx.Platform.FileExists(archive)) continue;
            var bytes = new MemoryStream();
            using (var stream = ctx.Platform.OpenFile(archive, FileMode.Open, FileAccess.Read)) stream.CopyTo(bytes);
            bytes.Position = 0;
            try
            {
                var zip = new ZipModuleSource(bytes, ctx.Platform.ResolvePath(archive), "", $"the zip file {archive}");
                return new ZipImporter(zip, path.TrimEnd('/')[archive.Length..].TrimStart('/'));
            }
            catch (InvalidDataException)
            {
                throw PyErr.New(ErrorType(), $"not a Zip file: '{archive}'");
            }
        }
        throw PyErr.New(ErrorType(), $"not a Zip file: '{path}'");
    }
}
