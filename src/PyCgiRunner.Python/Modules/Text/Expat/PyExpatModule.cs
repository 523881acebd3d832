using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>
/// pyexpat (CPython 2.7's Modules/pyexpat.c), with our own parser in place of libexpat: ParserCreate,
/// ErrorString, ExpatError, the errors and model submodules and the version values of expat 2.2.8, which
/// CPython 2.7.18 ships.
/// </summary>
[PythonModule("pyexpat", Doc = "Python wrapper for Expat parser.")]
internal static partial class PyExpatModule
{
    /// <summary>xml.parsers.expat.ExpatError: raised with code, lineno and offset attributes set.</summary>
    public static readonly PyType ExpatErrorType = NewError();

    [PythonConstant] public const string EXPAT_VERSION = "expat_2.2.8";
    [PythonConstant] public const string native_encoding = "UTF-8";
    [PythonConstant] public const string __version__ = "2.7.18";
    [PythonConstant] public const int XML_PARAM_ENTITY_PARSING_NEVER = 0;
    [PythonConstant] public const int XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1;
    [PythonConstant] public const int XML_PARAM_ENTITY_PARSING_ALWAYS = 2;

    private static PyType NewError()
    {
        var t = new PyType("ExpatError", BuiltinTypes.Exception) { HasInstanceDict = true };
        t.Dict.SetStr("__module__", PyStr.From("xml.parsers.expat"));
        return t;
    }

    [PythonFunction(Keywords = true, Doc = "Return a new XML parser object.")]
    public static PyObject ParserCreate(PyObject? encoding = null, PyObject? namespace_separator = null, PyObject? intern = null)
    {
        var enc = OptionalString(encoding, 1);
        var sep = OptionalString(namespace_separator, 2);
        if (sep is { Length: > 1 }) throw PyErr.ValueError("namespace_separator must be at most one character, omitted, or None");
        PyDict? table;
        if (intern is null) table = new PyDict();
        else if (intern is PyNone) table = null;
        else table = intern as PyDict ?? throw PyErr.TypeError("intern must be a dictionary");
        return new PyXmlParser(enc, sep, table);
    }

    [PythonFunction(Doc = "Returns string error for given number.")]
    public static PyObject ErrorString(long code)
        => ExpatMessages.Message(code) is { } m ? PyStr.From(m) : PyNone.Instance;

    /// <summary>The 'z' format of ParserCreate: a string or None.</summary>
    private static string? OptionalString(PyObject? o, int position) => o switch
    {
        null or PyNone => null,
        PyStr s => s.Value,
        PyUnicode u => Codecs.EncodeDefault(u.Value),
        _ => throw PyErr.TypeError($"ParserCreate() argument {position} must be string or None, not {o.Type.Name}"),
    };

    /// <summary>An ExpatError for a parser's error: "message: line L, column C" with code, lineno and offset.</summary>
    public static PythonException Error(ExpatError code, long line, long column)
    {
        var exc = PyErr.New(ExpatErrorType, $"{ExpatMessages.Describe(code)}: line {line}, column {column}");
        exc.Value.SetAttr("code", PyInt.Get((long)code));
        exc.Value.SetAttr("offset", PyInt.Get(column));
        exc.Value.SetAttr("lineno", PyInt.Get(line));
        return exc;
    }

    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx)
    {
        var d = module.Dict;
        d.SetStr("ExpatError", ExpatErrorType);
        d.SetStr("error", ExpatErrorType);
        d.SetStr("XMLParserType", PyXmlParser.TypeObject);
        d.SetStr("version_info", new PyTuple(PyInt.Get(2), PyInt.Get(2), PyInt.Get(8)));
        d.SetStr("features", new PyList(new PyObject[]
        {
            Feature("sizeof(XML_Char)", 1), Feature("sizeof(XML_LChar)", 1), Feature("XML_DTD", 0),
            Feature("XML_CONTEXT_BYTES", 1024), Feature("XML_NS", 0),
        }));
        var errors = new PyModule("pyexpat.errors");
        errors.Dict.SetStr("__doc__", PyStr.From("Constants used to describe error conditions."));
        for (var i = 0; i < ExpatMessages.Names.Length; i++)
            errors.Dict.SetStr(ExpatMessages.Names[i], PyStr.From(ExpatMessages.Message(i + 1)!));
        var model = new PyModule("pyexpat.model");
        model.Dict.SetStr("__doc__", PyStr.From("Constants used to interpret content model information."));
        string[] names = ["XML_CTYPE_EMPTY", "XML_CTYPE_ANY", "XML_CTYPE_MIXED", "XML_CTYPE_NAME", "XML_CTYPE_CHOICE", "XML_CTYPE_SEQ"];
        for (var i = 0; i < names.Length; i++) model.Dict.SetStr(names[i], PyInt.Get(i + 1));
        string[] quants = ["XML_CQUANT_NONE", "XML_CQUANT_OPT", "XML_CQUANT_REP", "XML_CQUANT_PLUS"];
        for (var i = 0; i < quants.Length; i++) model.Dict.SetStr(quants[i], PyInt.Get(i));
        d.SetStr("errors", errors);
        d.SetStr("model", model);
        // pyexpat puts its submodules into sys.modules, so "import pyexpat.errors" works.
        ctx.Modules.SetStr("pyexpat.errors", errors);
        ctx.Modules.SetStr("pyexpat.model", model);
    }

    private static PyTuple Feature(string name, int value) => new(PyStr.From(name), PyInt.Get(value));
}
