using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.SystemModules.SystemSupport;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// locale: every run is in the C locale (the corpora run with LC_ALL=C), so formatting and conversions are the
/// plain ones and setlocale accepts only "C"/"POSIX"/"" (library reference §23.2).
/// </summary>
public static class LocaleModule
{
    public static PyModule Create(PyContext ctx)
    {
        var b = new ModuleBuilder("locale");
        (string, long)[] categories = [("LC_CTYPE", 0), ("LC_NUMERIC", 1), ("LC_TIME", 2), ("LC_COLLATE", 3), ("LC_MONETARY", 4), ("LC_MESSAGES", 5), ("LC_ALL", 6), ("CHAR_MAX", 127)];
        foreach (var (name, value) in categories) b.Value(name, value);
        var dict = new PyDict();
        dict.SetStr("__module__", Str("locale"));
        var error = (PyType)Ops.Call(BuiltinTypes.Type, [Str("Error"), new PyTuple(BuiltinTypes.ValueError), dict], null);
        b.Value("Error", error);
        b.Fn("setlocale", (a, k) =>
        {
            var args = Args.Bind("setlocale", a, k, 1, "category", "locale");
            var category = Args.Int(args[0]!, "category");
            if (category < 0 || category > 6) throw PyErr.New(error, "invalid locale category");
            if (args[1] is null or PyNone) return Str("C");
            var name = args[1] is PyBaseString s ? s.Value : Ops.Str(args[1]!);
            if (name is "" or "C" or "POSIX") return Str("C");
            throw PyErr.New(error, "unsupported locale setting");
        });
        b.Fn("getlocale", (a, k) => new PyTuple(None, None));
        b.Fn("getdefaultlocale", (a, k) => new PyTuple(None, None));
        b.Fn("getpreferredencoding", (a, k) => Str("ANSI_X3.4-1968"));
        b.Fn("localeconv", (a, k) => LocaleConv());
        b.Fn("normalize", (a, k) => a[0]);
        b.Fn("resetlocale", (a, k) => None);
        BuiltinFunctionBody format = (a, k) =>
        {
            var args = Args.Bind("format", a, k, 2, "percent", "value", "grouping", "monetary");
            return Ops.Binary(Ast.BinaryOperator.Mod, args[0]!, args[1]!);
        };
        b.Fn("format", format).Fn("format_string", format);
        b.Fn("str", (a, k) => { Args.Count("str", a, k, 1, 1); return Ops.Binary(Ast.BinaryOperator.Mod, Str("%.12g"), a[0]); });
        b.Fn("atof", (a, k) => Ops.Call(BuiltinTypes.Float, [a[0]], null));
        b.Fn("atoi", (a, k) => Ops.Call(BuiltinTypes.Int, [a[0]], null));
        b.Fn("currency", (a, k) => throw PyErr.ValueError("Currency formatting is not possible using the 'C' locale."));
        b.Fn("strcoll", (a, k) => PyInt.Get(Ops.Cmp(a[0], a[1])));
        b.Fn("strxfrm", (a, k) => a[0]);
        return b;
    }

    private static PyDict LocaleConv()
    {
        var d = new PyDict();
        foreach (var key in new[] { "mon_decimal_point", "thousands_sep", "int_curr_symbol", "mon_thousands_sep", "negative_sign", "currency_symbol", "positive_sign" })
            d.SetStr(key, PyStr.Empty);
        foreach (var key in new[] { "int_frac_digits", "p_sep_by_space", "frac_digits", "n_sign_posn", "n_cs_precedes", "p_sign_posn", "n_sep_by_space", "p_cs_precedes" })
            d.SetStr(key, PyInt.Get(127));
        d.SetStr("decimal_point", Str("."));
        d.SetStr("mon_grouping", new PyList());
        d.SetStr("grouping", new PyList());
        return d;
    }
}
