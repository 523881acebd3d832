using System.Runtime.CompilerServices;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Locale;

/// <summary>
/// _locale (CPython 2.7's Modules/_localemodule.c) for a sandboxed program, which always runs in the C locale:
/// setlocale accepts "C", "POSIX" and "" (the environment's default, which is C here), localeconv, strcoll,
/// strxfrm and nl_langinfo answer as the C locale does, and the gettext functions find no catalogs, so they
/// return the message itself.
/// </summary>
[PythonModule("_locale", Doc = "The C library's locale functions, for the C locale programs run in here.")]
internal static partial class PosixLocaleModule
{
    [PythonConstant] public const long LC_CTYPE = 0;
    [PythonConstant] public const long LC_NUMERIC = 1;
    [PythonConstant] public const long LC_TIME = 2;
    [PythonConstant] public const long LC_COLLATE = 3;
    [PythonConstant] public const long LC_MONETARY = 4;
    [PythonConstant] public const long LC_MESSAGES = 5;
    [PythonConstant] public const long LC_ALL = 6;
    [PythonConstant] public const long CHAR_MAX = 127;

    // locale.Error is a Python class (PyErr_NewException), so each program gets its own.
    private static readonly ConditionalWeakTable<PyContext, PyType> s_errors = new();

    private static PyType Error => s_errors.GetValue(PyContext.Current, static _ =>
    {
        var dict = new PyDict();
        dict.SetStr("__module__", PyStr.From("locale"));
        return (PyType)Ops.Call(BuiltinTypes.Type, [PyStr.From("Error"), new PyTuple(BuiltinTypes.Exception), dict], null);
    });

    private sealed class TextDomains
    {
        public string Current = "messages";
        public readonly Dictionary<string, string> Folders = new();
        public readonly Dictionary<string, string?> Codesets = new();
    }

    private static readonly ConditionalWeakTable<PyContext, TextDomains> s_domains = new();

    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx)
    {
        module.Dict.SetStr("Error", Error);
        foreach (var (name, item, _) in LangInfo.Items) module.Dict.SetStr(name, PyInt.Get(item));
    }

    [PythonFunction(Doc = "setlocale(category[, locale]) -> the locale now in effect (C).")]
    public static string setlocale(int category, PyObject? locale = null)
    {
        if (locale is not (null or PyNone or PyStr)) throw PyErr.TypeError($"setlocale() argument 2 must be string or None, not {locale.Type.Name}");
        var known = category is >= 0 and <= 6;
        if (locale is PyStr { Value: "" or "C" or "POSIX" } && known) return "C";
        if (locale is PyStr) throw PyErr.New(Error, "unsupported locale setting");
        return known ? "C" : throw PyErr.New(Error, "locale query failed");
    }

    [PythonFunction(Doc = "localeconv() -> the C locale's number and currency conventions, as a dict.")]
    public static PyDict localeconv()
    {
        var d = new PyDict();
        foreach (var key in new[] { "mon_decimal_point", "thousands_sep", "int_curr_symbol", "mon_thousands_sep", "negative_sign", "currency_symbol", "positive_sign" })
            d.SetStr(key, PyStr.Empty);
        foreach (var key in new[] { "int_frac_digits", "p_sep_by_space", "frac_digits", "n_sign_posn", "n_cs_precedes", "p_sign_posn", "n_sep_by_space", "p_cs_precedes" })
            d.SetStr(key, PyInt.Get(CHAR_MAX));
        d.SetStr("decimal_point", PyStr.From("."));
        d.SetStr("grouping", new PyList());
        d.SetStr("mon_grouping", new PyList());
        return d;
    }

    /// <summary>
    /// In the C locale collation is code point order: for two str, glibc's strcmp, which answers with the
    /// difference of the first differing bytes (the end counting as 0); with a unicode, wcscmp's sign.
    /// </summary>
    [PythonFunction(Doc = "strcoll(a, b) -> negative, 0 or positive as a sorts before, with or after b.")]
    public static long strcoll(PyObject os1, PyObject os2)
    {
        if (os1 is PyStr a && os2 is PyStr b)
        {
            var n = Math.Min(a.Value.Length, b.Value.Length);
            for (var i = 0; i < n; i++)
                if (a.Value[i] != b.Value[i]) return a.Value[i] - b.Value[i];
            return (a.Value.Length > n ? a.Value[n] : 0) - (b.Value.Length > n ? b.Value[n] : 0);
        }
        return Math.Sign(string.CompareOrdinal(Unicode(os1), Unicode(os2)));
    }

    /// <summary>PyUnicode_FromObject: a unicode as is, a str decoded with the default encoding.</summary>
    private static string Unicode(PyObject o) => o switch
    {
        PyUnicode u => u.Value,
        PyStr s => Codecs.DecodeDefault(s.Value),
        _ => throw PyErr.TypeError($"coercing to Unicode: need string or buffer, {o.Type.Name} found"),
    };

    [PythonFunction(Doc = "strxfrm(s) -> a string whose plain comparison follows the locale (s itself in C).")]
    public static PyObject strxfrm(PyObject @string) => @string switch
    {
        PyStr s => s,
        PyUnicode u => PyStr.From(Codecs.EncodeDefault(u.Value)),
        _ => throw PyErr.TypeError($"strxfrm() argument 1 must be string, not {@string.Type.Name}"),
    };

    [PythonFunction(Doc = "nl_langinfo(item) -> the locale's text for a CODESET, D_T_FMT, DAY_1... item.")]
    public static string nl_langinfo(int key)
    {
        foreach (var (_, item, value) in LangInfo.Items)
            if (item == key) return value;
        throw PyErr.ValueError("unsupported langinfo constant");
    }

    [PythonFunction(Doc = "gettext(msg) -> msg (there are no message catalogs).")]
    public static PyObject gettext(PyObject msg) => msg;

    [PythonFunction(Doc = "dgettext(domain, msg) -> msg (there are no message catalogs).")]
    public static PyObject dgettext(PyObject domain, PyObject msg) => msg;

    [PythonFunction(Doc = "dcgettext(domain, msg, category) -> msg (there are no message catalogs).")]
    public static PyObject dcgettext(PyObject domain, PyObject msg, int category) => msg;

    [PythonFunction(Doc = "textdomain(domain) -> the current domain, after setting it unless domain is None.")]
    public static string textdomain(PyContext ctx, PyObject domain)
    {
        var domains = s_domains.GetValue(ctx, _ => new TextDomains());
        if (domain is not PyNone) domains.Current = ArgBinding.ToStr(domain, "textdomain", 1);
        return domains.Current;
    }

    [PythonFunction(Doc = "bindtextdomain(domain, dir) -> the folder for the domain, after setting it unless dir is None.")]
    public static string bindtextdomain(PyContext ctx, string domain, PyObject dir)
    {
        var domains = s_domains.GetValue(ctx, _ => new TextDomains());
        if (dir is not PyNone) domains.Folders[domain] = ArgBinding.ToStr(dir, "bindtextdomain", 2);
        return domains.Folders.TryGetValue(domain, out var folder) ? folder : "/usr/share/locale";
    }

    [PythonFunction(Doc = "bind_textdomain_codeset(domain, codeset) -> the domain's codeset (None when not set).")]
    public static PyObject bind_textdomain_codeset(PyContext ctx, string domain, PyObject codeset)
    {
        var domains = s_domains.GetValue(ctx, _ => new TextDomains());
        if (codeset is not PyNone) domains.Codesets[domain] = ArgBinding.ToStr(codeset, "bind_textdomain_codeset", 2);
        return domains.Codesets.TryGetValue(domain, out var set) && set is not null ? PyStr.From(set) : PyNone.Instance;
    }
}
