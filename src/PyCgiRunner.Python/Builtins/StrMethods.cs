using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>
/// str and unicode methods (library reference §5.6.1). The algorithms work on .NET strings; whether the result is
/// str or unicode follows CPython 2.7: a str method given a unicode argument decodes itself as ASCII and answers as
/// the unicode method would. Results of methods on subclasses are plain str/unicode.
/// </summary>
public static partial class StrType
{
    private static void SetupMethods()
    {
        foreach (var t in new[] { BuiltinTypes.Str, BuiltinTypes.Unicode })
        {
            Def0(t, "__len__", self => PyInt.Get(((PyBaseString)self).Value.Length));
            Def0(t, "__str__", self => self is PyStr ? PyStr.From(((PyStr)self).Value) : PyStr.From(self.Str()));
            Def0(t, "__repr__", self => PyStr.From(self.Repr()));
            Def0(t, "__hash__", self => PyInt.Get(self.Hash()));
            Def1(t, "__getitem__", (self, k) => self.GetItem(k));
            Def1(t, "__contains__", (self, x) => PyBool.Of(self.Contains(x)));
            Def1(t, "__add__", (self, o) => self.BinaryOp(Ast.BinaryOperator.Add, o));
            Def1(t, "__mod__", (self, o) => self.BinaryOp(Ast.BinaryOperator.Mod, o));
            Def1(t, "__mul__", (self, o) => self.BinaryOp(Ast.BinaryOperator.Mult, o));
            Def1(t, "__rmul__", (self, o) => self.ReflectedBinaryOp(Ast.BinaryOperator.Mult, o));
            Def1(t, "__eq__", (self, o) => self.RichCompare(o, CompareOp.Eq));
            Def1(t, "__ne__", (self, o) => self.RichCompare(o, CompareOp.Ne));
            Def1(t, "__lt__", (self, o) => self.RichCompare(o, CompareOp.Lt));
            Def1(t, "__le__", (self, o) => self.RichCompare(o, CompareOp.Le));
            Def1(t, "__gt__", (self, o) => self.RichCompare(o, CompareOp.Gt));
            Def1(t, "__ge__", (self, o) => self.RichCompare(o, CompareOp.Ge));
            Def(t, "__getslice__", (self, args, kw) => self.GetItem(new PySlice(args[0], args[1], PyNone.Instance)));
            Def(t, "__format__", (self, args, kw) =>
            {
                Check("__format__", args, kw, 1, 1);
                return Formatting.FormatBuiltin(self, StrArg(args[0], "__format__"));
            });
            Def0(t, "__getnewargs__", self => new PyTuple(self is PyUnicode u ? new PyUnicode(u.Value) : PyStr.From(((PyStr)self).Value)));
            Def0(t, "__sizeof__", self => PyInt.Get(37 + ((PyBaseString)self).Value.Length * (self is PyUnicode ? 2 : 1)));
        }
        SetupSearch();
        SetupCase();
        SetupSplit();
        SetupJoin();
        SetupJustify();
        SetupStrip();
        SetupCodec();
        SetupTranslate();
        SetupFormat();
        ByteArrayType.Setup();
    }

    private static void SetupFormat()
    {
        Both("format", (self, args, kw) => Formatting.FormatMethod((PyBaseString)self, args, kw));
        // string.Formatter's hooks into the same parser str.format uses.
        Both("_formatter_parser", (self, args, kw) =>
        {
            Args.Count("_formatter_parser", args, kw, 0, 0);
            var text = Text(self);
            var rows = FormatMarkup.Parse(((PyBaseString)self).Value).Select(c => (PyObject)(c.FieldName is null
                ? new PyTuple(text(c.Literal), PyNone.Instance, PyNone.Instance, PyNone.Instance)
                : new PyTuple(text(c.Literal), text(c.FieldName), text(c.Spec), c.Conversion == '\0' ? PyNone.Instance : text(c.Conversion.ToString()))));
            return Ops.GetIter(new PyList(rows.ToArray()));
        });
        Both("_formatter_field_name_split", (self, args, kw) =>
        {
            Args.Count("_formatter_field_name_split", args, kw, 0, 0);
            var text = Text(self);
            var (first, rest) = FormatMarkup.SplitFieldName(((PyBaseString)self).Value);
            PyObject Part(string p) => FormatMarkup.IsIndex(p) ? new PyLong(System.Numerics.BigInteger.Parse(p)) : text(p);
            var items = rest.Select(r => (PyObject)new PyTuple(PyBool.Of(r.IsAttribute), Part(r.Key))).ToArray();
            return new PyTuple(Part(first), Ops.GetIter(new PyList(items)));
        });
    }

    private static Func<string, PyObject> Text(PyObject self)
        => self is PyUnicode ? v => new PyUnicode(v) : v => PyStr.From(v);

    /// <summary>Defines a method on both str and unicode.</summary>
    private static void Both(string name, BuiltinMethodBody body)
    {
        Def(BuiltinTypes.Str, name, body);
        Def(BuiltinTypes.Unicode, name, body);
    }

    /// <summary>PyArg_ParseTuple's arity messages ("split() takes at most 2 arguments (3 given)").</summary>
    internal static void Check(string name, PyObject[] args, string[]? kw, int min, int max)
    {
        if (kw is { Length: > 0 }) throw PyErr.TypeError($"{name}() takes no keyword arguments");
        var n = args.Length;
        if (n >= min && n <= max) return;
        if (min == max)
        {
            if (min == 0) throw PyErr.TypeError($"{name}() takes no arguments ({n} given)");
            throw PyErr.TypeError($"{name}() takes exactly {min} argument{(min == 1 ? "" : "s")} ({n} given)");
        }
        if (n < min) throw PyErr.TypeError($"{name}() takes at least {min} argument{(min == 1 ? "" : "s")} ({n} given)");
        throw PyErr.TypeError($"{name}() takes at most {max} argument{(max == 1 ? "" : "s")} ({n} given)");
    }

    internal static string V(PyObject self) => ((PyBaseString)self).Value;

    internal static PyObject Make(string s, bool unicode) => unicode ? new PyUnicode(s) : PyStr.From(s);

    /// <summary>True when the call must be answered as unicode: self or any string argument is unicode.</summary>
    internal static bool IsUnicode(PyObject self, PyObject? a = null, PyObject? b = null)
        => self is PyUnicode || a is PyUnicode || b is PyUnicode;

    /// <summary>The text of self in the answer's kind (a str self is decoded as ASCII for a unicode answer).</summary>
    internal static string SelfText(PyObject self, bool unicode)
        => unicode && self is PyStr s ? Codecs.DecodeDefault(s.Value) : V(self);

    /// <summary>A string argument: "expected a string or other character buffer object" for str, coercion for unicode.</summary>
    internal static string TextArg(PyObject o, bool unicode)
    {
        switch (o)
        {
            case PyUnicode u: return u.Value;
            case PyStr s: return unicode ? Codecs.DecodeDefault(s.Value) : s.Value;
            case PyByteArray ba: return unicode ? Codecs.DecodeDefault(ba.AsString()) : ba.AsString();
        }
        if (unicode) throw PyErr.TypeError($"coercing to Unicode: need string or buffer, {o.Type.Name} found");
        throw PyErr.TypeError("expected a string or other character buffer object");
    }

    /// <summary>An argument parsed with "s" (encoding names, format specs).</summary>
    internal static string StrArg(PyObject o, string method, int position = 1) => o switch
    {
        PyStr s => s.Value,
        PyUnicode u => Codecs.EncodeDefault(u.Value),
        _ => throw PyErr.TypeError($"{method}() argument {position} must be string, not {o.Type.Name}"),
    };

    /// <summary>An integer argument parsed with "n"/"i" (widths, counts).</summary>
    internal static int IntArg(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("integer argument expected, got float");
        if (o is PyInt i) return (int)Math.Clamp(i.Value, int.MinValue, int.MaxValue);
        if (o is PyLong l)
        {
            if (l.Value > int.MaxValue || l.Value < int.MinValue) throw PyErr.OverflowError("Python int too large to convert to C long");
            return (int)l.Value;
        }
        if (Ops.TryIndex(o, out var v)) return (int)Math.Clamp(v, int.MinValue, int.MaxValue);
        throw PyErr.TypeError("an integer is required");
    }

    /// <summary>A start/end argument of find and friends (_PyEval_SliceIndex: None means the default).</summary>
    internal static long SliceIndex(PyObject? o, long dflt)
    {
        if (o is null || o is PyNone) return dflt;
        if (o is PyLong l) return l.Value > long.MaxValue / 2 ? long.MaxValue / 2 : l.Value < long.MinValue / 2 ? long.MinValue / 2 : (long)l.Value;
        if (Ops.TryIndex(o, out var v)) return v;
        throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    /// <summary>ADJUST_INDICES of stringlib: negative indices count from the end, both clipped to [0, len].</summary>
    internal static (int start, int end) Adjust(PyObject? start, PyObject? end, int length)
    {
        var s = SliceIndex(start, 0);
        var e = SliceIndex(end, long.MaxValue / 2);
        if (e > length) e = length;
        else if (e < 0) { e += length; if (e < 0) e = 0; }
        if (s < 0) { s += length; if (s < 0) s = 0; }
        return ((int)Math.Min(s, int.MaxValue), (int)e);
    }
}
