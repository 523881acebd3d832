using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Unicodedata;

/// <summary>
/// unicodedata (Python 2.7 library reference §7.9) over the embedded Unicode 5.2.0 database. ucd_3_2_0 (used
/// only by stringprep/IDNA) is not provided. Characters are one-char unicode strings or, as on CPython's narrow
/// builds, a surrogate pair.
/// </summary>
internal static class UnicodedataModule
{
    public static PyModule Create() => new ModuleBuilder("unicodedata",
            "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters.")
        .Value("unidata_version", UnicodeDatabase.Version)
        .Fn("lookup", Lookup)
        .Fn("name", (args, kw) => WithDefault("name", args, kw, cp => UnicodeDatabase.Instance.Name(cp) is { } n ? PyStr.From(n) : null, "no such name"))
        .Fn("decimal", (args, kw) => WithDefault("decimal", args, kw, cp => Int(Props(cp).Decimal), "not a decimal"))
        .Fn("digit", (args, kw) => WithDefault("digit", args, kw, cp => Int(Props(cp).Digit), "not a digit"))
        .Fn("numeric", (args, kw) => WithDefault("numeric", args, kw,
            cp => Props(cp).Numeric is { } d ? new PyFloat(d) : null, "not a numeric character"))
        .Fn("category", Property("category", p => PyStr.From(p.Category)))
        .Fn("bidirectional", Property("bidirectional", p => PyStr.From(p.Bidirectional)))
        .Fn("combining", Property("combining", p => PyInt.Get(p.Combining)))
        .Fn("east_asian_width", Property("east_asian_width", p => PyStr.From(p.EastAsianWidth)))
        .Fn("mirrored", Property("mirrored", p => PyInt.Get(p.Mirrored)))
        .Fn("decomposition", Property("decomposition", p => PyStr.From(p.Decomposition)))
        .Fn("normalize", Normalize);

    private static CharProperties Props(int cp) => UnicodeDatabase.Instance.Properties(cp);

    private static PyObject? Int(int? v) => v is { } i ? PyInt.Get(i) : null;

    /// <summary>The code point of a one-character unicode argument (or a surrogate pair), with CPython's errors.</summary>
    private static int CodePoint(string fn, PyObject arg)
    {
        if (arg is not PyUnicode u) throw PyErr.TypeError($"{fn}() argument 1 must be unicode, not {arg.Type.Name}");
        var s = u.Value;
        if (s.Length == 1) return s[0];
        if (s.Length == 2 && char.IsSurrogatePair(s[0], s[1])) return char.ConvertToUtf32(s[0], s[1]);
        throw PyErr.TypeError("need a single Unicode character as parameter");
    }

    private static BuiltinFunctionBody Property(string fn, Func<CharProperties, PyObject> get) => (args, kw) =>
    {
        Args.Count(fn, args, kw, 1, 1);
        return get(Props(CodePoint(fn, args[0])));
    };

    /// <summary>name/decimal/digit/numeric: the value, else the default when given, else ValueError.</summary>
    private static PyObject WithDefault(string fn, PyObject[] args, string[]? kw, Func<int, PyObject?> get, string error)
    {
        if (kw is { Length: > 0 }) throw PyErr.TypeError($"{fn}() takes no keyword arguments");
        if (args.Length is < 1 or > 2)
            throw PyErr.TypeError($"{fn}() takes {(args.Length < 1 ? "at least 1 argument" : "at most 2 arguments")} ({args.Length} given)");
        return get(CodePoint(fn, args[0])) ?? (args.Length == 2 ? args[1] : throw PyErr.ValueError(error));
    }

    private static PyObject Lookup(PyObject[] args, string[]? kw)
    {
        Args.Count("lookup", args, kw, 1, 1);
        var name = args[0] switch
        {
            PyStr s => s.Value,
            PyUnicode u => Codecs.EncodeDefault(u.Value),
            var o => throw PyErr.TypeError($"lookup() argument 1 must be string or read-only buffer, not {o.Type.Name}"),
        };
        var cp = UnicodeDatabase.Instance.Lookup(name);
        if (cp < 0) throw PyErr.New(BuiltinTypes.KeyError, PyStr.From($"undefined character name '{name}'"));
        return new PyUnicode(char.ConvertFromUtf32(cp));
    }

    private static PyObject Normalize(PyObject[] args, string[]? kw)
    {
        Args.Count("normalize", args, kw, 2, 2);
        var form = args[0] switch
        {
            PyStr s => s.Value,
            PyUnicode u => Codecs.EncodeDefault(u.Value),
            var o => throw PyErr.TypeError($"normalize() argument 1 must be string, not {o.Type.Name}"),
        };
        if (args[1] is not PyUnicode text) throw PyErr.TypeError($"normalize() argument 2 must be unicode, not {args[1].Type.Name}");
        if (form is not ("NFC" or "NFD" or "NFKC" or "NFKD")) throw PyErr.ValueError("invalid normalization form");
        return new PyUnicode(Normalization.Normalize(form, text.Value));
    }
}
