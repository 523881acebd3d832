using System.Collections.Concurrent;
using System.Text;
using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Compilation;
using PyCgiRunner.Python.Parsing;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Hosting;

/// <summary>
/// The shared, thread-safe part of the Python implementation: compiled code cached per file version,
/// the native module table and the builtins template. One per process; each run gets its own PyContext.
/// </summary>
public sealed class PythonEngine
{
    private readonly ConcurrentDictionary<string, CachedCode> _codeCache = new();
    private readonly PyDict _builtinsTemplate;

    public string ShimsDirectory { get; }
    public Importer Importer { get; }
    public NativeModules NativeModules { get; } = new();

    public PythonEngine(string? shimsDirectory = null)
    {
        BuiltinTypes.EnsureInitialized();
        ShimsDirectory = shimsDirectory ?? LocateShims();
        Importer = new Importer(this);
        _builtinsTemplate = Builtins.BuiltinFunctions.CreateDict();
        Modules.NativeModuleTable.RegisterAll(NativeModules);
    }

    /// <summary>Finds stdlib-shims/ next to the program, or up the folder tree (running from a build folder).</summary>
    public static string LocateShims()
    {
        var dir = AppContext.BaseDirectory;
        for (var d = new DirectoryInfo(dir); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "stdlib-shims");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(dir, "stdlib-shims");
    }

    public PyDict CreateBuiltinsDict() => _builtinsTemplate.Copy();

    private sealed record CachedCode(DateTime Modified, long Length, string DisplayName, CodeObject Code);

    /// <summary>Compiles a file once per version (path, modification time and size); later calls reuse it.</summary>
    public CodeObject CompileFile(string fullPath, string displayName, Func<string, byte[]> read)
    {
        var info = new FileInfo(fullPath);
        if (_codeCache.TryGetValue(fullPath, out var cached) && cached.Modified == info.LastWriteTimeUtc
            && cached.Length == info.Length && cached.DisplayName == displayName)
            return cached.Code;
        var code = CompileModule(read(fullPath), displayName);
        _codeCache[fullPath] = new CachedCode(info.LastWriteTimeUtc, info.Length, displayName, code);
        return code;
    }

    public CodeObject CompileModule(byte[] source, string fileName, bool namespaceLocals = false, FutureFeatures inherited = FutureFeatures.None)
    {
        var sourceFile = new SourceFile(fileName, Encoding.Latin1.GetString(source));
        ModuleNode module;
        try
        {
            module = PythonParser.ParseModule(source, fileName, inherited);
        }
        catch (PythonSyntaxError e)
        {
            throw ToPythonException(e);
        }
        return Compiler.CompileModule(module, sourceFile, namespaceLocals, inherited);
    }

    public CodeObject CompileExpression(byte[] source, string fileName, FutureFeatures inherited = FutureFeatures.None)
    {
        var sourceFile = new SourceFile(fileName, Encoding.Latin1.GetString(source));
        Expr expr;
        try
        {
            expr = PythonParser.ParseExpression(source, fileName, inherited);
        }
        catch (PythonSyntaxError e)
        {
            throw ToPythonException(e);
        }
        return Compiler.CompileEval(expr, sourceFile, inherited);
    }

    public static PythonException ToPythonException(PythonSyntaxError e)
    {
        var type = e.Kind switch
        {
            "IndentationError" => BuiltinTypes.IndentationError,
            "TabError" => BuiltinTypes.TabError,
            _ => BuiltinTypes.SyntaxError,
        };
        PyObject text = e.Text is null ? PyNone.Instance : PyStr.From(e.Text.EndsWith('\n') ? e.Text : e.Text + "\n");
        var offset = e.Offset is int off ? (PyObject)PyInt.Get(off) : PyNone.Instance;
        if (e.DetailsInArgs)
            return PyErr.New(type, PyStr.From(e.Msg), new PyTuple(PyStr.From(e.FileName), PyInt.Get(e.Line), offset, text));
        var located = PyErr.New(type, PyStr.From(e.Msg));
        var attributes = located.Value.InstanceDict!;
        attributes.SetStr("filename", PyStr.From(e.FileName));
        attributes.SetStr("lineno", PyInt.Get(e.Line));
        attributes.SetStr("offset", offset);
        attributes.SetStr("text", text);
        return located;
    }
}
