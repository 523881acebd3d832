using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>str and unicode: constructors; the methods live in StrMethods*.cs.</summary>
public static partial class StrType
{
    public static void Setup()
    {
        BuiltinTypes.Str.NewFunc = (cls, args, kw) =>
        {
            Args.Count("str", args, kw, 0, 1);
            var value = args.Length == 0 ? PyStr.Empty : args[0] is PyUnicode u ? PyStr.From(Codecs.EncodeDefault(u.Value)) : Ops.StrObject(args[0]);
            var text = value is PyUnicode uu ? Codecs.EncodeDefault(uu.Value) : ((PyBaseString)value).Value;
            return cls == BuiltinTypes.Str ? PyStr.From(text) : new PyStrSub(cls, text);
        };
        BuiltinTypes.Unicode.NewFunc = (cls, args, kw) =>
        {
            var a = Args.Bind("unicode", args, kw, 0, "string", "encoding", "errors");
            var text = a[0] is null ? "" : ToUnicode(a[0]!, a[1], a[2]);
            return cls == BuiltinTypes.Unicode ? new PyUnicode(text) : new PyUnicodeSub(cls, text);
        };
        SetupMethods();
    }

    /// <summary>unicode(obj[, encoding[, errors]]).</summary>
    public static string ToUnicode(PyObject o, PyObject? encoding, PyObject? errors)
    {
        var enc = encoding is null ? null : Args.Str(encoding, "encoding");
        var err = errors is null ? "strict" : Args.Str(errors, "errors");
        switch (o)
        {
            case PyUnicode u:
                if (enc is not null) throw PyErr.TypeError("decoding Unicode is not supported");
                return u.Value;
            case PyStr s:
                return Codecs.Decode(s.Value, enc ?? "ascii", err);
        }
        if (enc is not null) throw PyErr.TypeError($"coercing to Unicode: need string or buffer, {o.Type.Name} found");
        var f = o is PyInstance inst ? inst.Class.LookupOrNull("__unicode__") : o.Type.Lookup("__unicode__");
        if (f is not null)
        {
            var r = TypeCalls.CallBound(f, o, [], null);
            if (r is PyUnicode ru) return ru.Value;
            if (r is PyStr rs) return Codecs.DecodeDefault(rs.Value);
            throw PyErr.TypeError("coercing to Unicode: need string or buffer, " + r.Type.Name + " found");
        }
        var str = Ops.StrObject(o);
        return str is PyUnicode su ? su.Value : Codecs.DecodeDefault(((PyStr)str).Value);
    }
}
