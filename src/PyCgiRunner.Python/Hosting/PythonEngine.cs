using System.Collections.Concurrent;
using System.Text;
using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Compilation;
using PyCgiRunner.Python.Hosting.Library;
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
    /// <summary>Our own Python modules: searched after the native ones, before the library.</summary>
    public ModuleSource Shims { get; }
    /// <summary>The installed Python 2.7 standard library (CPython's own modules).</summary>
    public ModuleSource Library { get; }
    public Importer Importer { get; }
    public NativeModules NativeModules { get; } = new();

    /// <exception cref="StandardLibraryNotFoundException">no standard library is configured or installed</exception>
    public PythonEngine(EngineOptions? options = null)
    {
        options ??= new EngineOptions();
        BuiltinTypes.EnsureInitialized();
        ShimsDirectory = options.ShimsDirectory ?? LocateShims();
        Shims = new DirectoryModuleSource(ShimsDirectory, "PyCgiRunner's own Python modules");
        Library = options.LibrarySource ?? StandardLibrary.Locate(options.StandardLibrary);
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

    /// <summary>The sys.path entries every run starts with after the script's folder: our modules, then the library.</summary>
    public IReadOnlyList<string> LibraryPath => [Shims.PathEntry, Library.PathEntry];

    /// <summary>
    /// The engine-owned source (shims or library) a folder path lies in, with the folder relative to it
    /// ("" for a sys.path entry itself, "xml/dom" for a package's __path__ entry); (null, "") when none.
    /// </summary>
    public (ModuleSource? Source, string RelativeDir) Resolve(string dir)
    {
        foreach (var source in (ReadOnlySpan<ModuleSource>)[Shims, Library])
        {
            var entry = source.PathEntry;
            if (dir == entry) return (source, "");
            if (dir.Length > entry.Length && dir[entry.Length] == '/' && dir.StartsWith(entry, StringComparison.Ordinal))
                return (source, dir[(entry.Length + 1)..]);
        }
        return (null, "");
    }

    /// <summary>Compiles a module of an engine-owned source once per version.</summary>
    public CodeObject CompileSource(ModuleSource source, string relativePath)
    {
        var key = source.DisplayPath(relativePath);
        var version = source.Version(relativePath);
        if (_sourceCache.TryGetValue(key, out var cached) && cached.Version == version) return cached.Code;
        var code = CompileModule(source.Read(relativePath), key);
        _sourceCache[key] = (version, code);
        return code;
    }

    private readonly ConcurrentDictionary<string, (ModuleVersion Version, CodeObject Code)> _sourceCache = new();

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

    /// <param name="interactive">compile(..., 'single'): the first statement only, each expression statement's value
    /// passed to sys.displayhook (the interactive prompt's echo, which doctest relies on)</param>
    public CodeObject CompileModule(byte[] source, string fileName, bool namespaceLocals = false, FutureFeatures inherited = FutureFeatures.None, bool interactive = false)
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
        // single_input is one logical line of simple statements ("a; b") or one compound statement.
        if (interactive && module.Body.Count > 0)
            module = module with { Body = module.Body.TakeWhile(st => st.Line == module.Body[0].Line).ToArray(), Docstring = null };
        return Compiler.CompileModule(module, sourceFile, namespaceLocals, inherited, interactive);
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
        var details = new PyTuple(PyStr.From(e.FileName), PyInt.Get(e.Line), e.Offset is int off ? PyInt.Get(off) : PyNone.Instance, text);
        return PyErr.New(type, PyStr.From(e.Msg), details);
    }
}
