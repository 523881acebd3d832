using System.Numerics;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>
/// The __builtin__ namespace (Python 2.7 library reference §2): the template dict copied into each run.
/// Functions that need the running program (open, globals, __import__...) reach it via PyContext.Current.
/// </summary>
public static partial class BuiltinFunctions
{
    private static void Fn(PyDict d, string name, BuiltinFunctionBody body) => d.SetStr(name, new PyBuiltinFunction(name, body));

    public static PyDict CreateDict()
    {
        var d = new PyDict();
        d.SetStr("None", PyNone.Instance);
        d.SetStr("True", PyBool.True);
        d.SetStr("False", PyBool.False);
        d.SetStr("Ellipsis", PyEllipsis.Instance);
        d.SetStr("NotImplemented", PyNotImplemented.Instance);
        d.SetStr("__debug__", PyBool.True);
        d.SetStr("__name__", PyStr.From("__builtin__"));
        d.SetStr("__doc__", PyNone.Instance);
        foreach (var (name, type) in new (string, PyType)[]
        {
            ("object", BuiltinTypes.Object), ("type", BuiltinTypes.Type), ("int", BuiltinTypes.Int), ("long", BuiltinTypes.Long),
            ("float", BuiltinTypes.Float), ("bool", BuiltinTypes.Bool), ("complex", BuiltinTypes.Complex),
            ("str", BuiltinTypes.Str), ("bytes", BuiltinTypes.Str), ("unicode", BuiltinTypes.Unicode), ("basestring", BuiltinTypes.BaseString),
            ("tuple", BuiltinTypes.Tuple), ("list", BuiltinTypes.List), ("dict", BuiltinTypes.Dict), ("set", BuiltinTypes.Set),
            ("frozenset", BuiltinTypes.FrozenSet), ("slice", BuiltinTypes.Slice), ("xrange", BuiltinTypes.XRange),
            ("property", BuiltinTypes.Property), ("staticmethod", BuiltinTypes.StaticMethod), ("classmethod", BuiltinTypes.ClassMethod),
            ("super", BuiltinTypes.Super), ("file", BuiltinTypes.File), ("enumerate", BuiltinTypes.Enumerate),
            ("reversed", BuiltinTypes.Reversed), ("bytearray", BuiltinTypes.ByteArray),
        })
            d.SetStr(name, type);
        foreach (var exc in BuiltinTypes.ExceptionTypes) d.SetStr(exc.Name, exc);

        Fn(d, "len", (a, k) => { Args.Count("len", a, k, 1, 1); return PyInt.Get(Ops.Length(a[0])); });
        Fn(d, "repr", (a, k) => { Args.Count("repr", a, k, 1, 1); return PyStr.From(Ops.Repr(a[0])); });
        Fn(d, "abs", (a, k) => { Args.Count("abs", a, k, 1, 1); return Abs(a[0]); });
        Fn(d, "hash", (a, k) => { Args.Count("hash", a, k, 1, 1); return PyInt.Get(Ops.Hash(a[0])); });
        Fn(d, "id", (a, k) => { Args.Count("id", a, k, 1, 1); return PyInt.Get(a[0].Id); });
        Fn(d, "callable", (a, k) => { Args.Count("callable", a, k, 1, 1); return PyBool.Of(IsCallable(a[0])); });
        Fn(d, "chr", (a, k) => { Args.Count("chr", a, k, 1, 1); return Chr(a[0]); });
        Fn(d, "unichr", (a, k) => { Args.Count("unichr", a, k, 1, 1); return Unichr(a[0]); });
        Fn(d, "ord", (a, k) => { Args.Count("ord", a, k, 1, 1); return Ord(a[0]); });
        Fn(d, "hex", (a, k) => { Args.Count("hex", a, k, 1, 1); return PyStr.From(HexOrOct(a[0], 16)); });
        Fn(d, "oct", (a, k) => { Args.Count("oct", a, k, 1, 1); return PyStr.From(HexOrOct(a[0], 8)); });
        Fn(d, "bin", (a, k) => { Args.Count("bin", a, k, 1, 1); return PyStr.From(Bin(a[0])); });
        Fn(d, "cmp", (a, k) => { Args.Count("cmp", a, k, 2, 2); return PyInt.Get(Ops.Cmp(a[0], a[1])); });
        Fn(d, "divmod", (a, k) => { Args.Count("divmod", a, k, 2, 2); return DivMod(a[0], a[1]); });
        Fn(d, "pow", (a, k) =>
        {
            Args.Count("pow", a, k, 2, 3);
            return a.Length == 3 && a[2] is not PyNone ? Ops.PowMod(a[0], a[1], a[2]) : Ops.Binary(Ast.BinaryOperator.Pow, a[0], a[1]);
        });
        Fn(d, "round", (a, k) =>
        {
            var b = Args.Bind("round", a, k, 1, "number", "ndigits");
            return new PyFloat(Round(Ops.ToDouble(b[0]!), b[1] is null ? 0 : (int)Ops.ToLong(b[1]!)));
        });
        Fn(d, "isinstance", (a, k) => { Args.Count("isinstance", a, k, 2, 2); return PyBool.Of(TypeChecks.IsInstance(a[0], a[1])); });
        Fn(d, "issubclass", (a, k) => { Args.Count("issubclass", a, k, 2, 2); return PyBool.Of(TypeChecks.IsSubclass(a[0], a[1])); });
        Fn(d, "getattr", (a, k) =>
        {
            Args.Count("getattr", a, k, 2, 3);
            var name = AttrName(a[1], "getattr(): attribute name must be string");
            if (a.Length == 2) return Ops.GetAttr(a[0], name);
            return Ops.TryGetAttr(a[0], name, out var v) ? v : a[2];
        });
        Fn(d, "setattr", (a, k) => { Args.Count("setattr", a, k, 3, 3); Ops.SetAttr(a[0], AttrName(a[1], "attribute name must be string"), a[2]); return PyNone.Instance; });
        Fn(d, "delattr", (a, k) => { Args.Count("delattr", a, k, 2, 2); Ops.DelAttr(a[0], AttrName(a[1], "attribute name must be string")); return PyNone.Instance; });
        Fn(d, "hasattr", (a, k) =>
        {
            Args.Count("hasattr", a, k, 2, 2);
            var name = AttrName(a[1], "hasattr(): attribute name must be string");
            // Python 2.7's hasattr swallows any exception (not only AttributeError).
            try { return PyBool.Of(Ops.TryGetAttr(a[0], name, out _)); }
            catch (PythonException e) when (!e.IsInstance(BuiltinTypes.KeyboardInterrupt) && !e.IsInstance(BuiltinTypes.SystemExit)) { return PyBool.False; }
        });
        Fn(d, "iter", (a, k) =>
        {
            Args.Count("iter", a, k, 1, 2);
            return a.Length == 1 ? Ops.GetIter(a[0]) : new CallableIterator(a[0], a[1]);
        });
        Fn(d, "next", (a, k) =>
        {
            Args.Count("next", a, k, 1, 2);
            if (a[0].Type.Lookup("next") is null && a[0] is not PyInstance && !a[0].Type.IsHeapType && a[0] is PyUserObject)
                throw PyErr.TypeError($"{a[0].Type.Name} object is not an iterator");
            if (Ops.Next(a[0], out var v)) return v;
            if (a.Length == 2) return a[1];
            throw PyErr.StopIteration();
        });
        Fn(d, "range", (a, k) => Range(a, k));
        Fn(d, "sum", (a, k) => { Args.Count("sum", a, k, 1, 2); return Sum(a[0], a.Length > 1 ? a[1] : PyInt.Get(0)); });
        Fn(d, "min", (a, k) => MinMax(a, k, "min", CompareOp.Lt));
        Fn(d, "max", (a, k) => MinMax(a, k, "max", CompareOp.Gt));
        Fn(d, "sorted", (a, k) =>
        {
            var b = Args.Bind("sorted", a, k, 1, "iterable", "cmp", "key", "reverse");
            var list = new PyList(Ops.ToArray(b[0]!));
            Sorting.SortList(list, b[1], b[2], b[3] is not null && Ops.IsTrue(b[3]!));
            return list;
        });
        Fn(d, "any", (a, k) => { Args.Count("any", a, k, 1, 1); var it = Ops.GetIter(a[0]); while (Ops.Next(it, out var v)) if (Ops.IsTrue(v)) return PyBool.True; return PyBool.False; });
        Fn(d, "all", (a, k) => { Args.Count("all", a, k, 1, 1); var it = Ops.GetIter(a[0]); while (Ops.Next(it, out var v)) if (!Ops.IsTrue(v)) return PyBool.False; return PyBool.True; });
        Fn(d, "map", (a, k) => Map(a));
        Fn(d, "filter", (a, k) => { Args.Count("filter", a, k, 2, 2); return Filter(a[0], a[1]); });
        Fn(d, "zip", (a, k) => Zip(a));
        Fn(d, "reduce", (a, k) => { Args.Count("reduce", a, k, 2, 3); return Reduce(a); });
        Fn(d, "apply", (a, k) =>
        {
            Args.Count("apply", a, k, 1, 3);
            var args = a.Length > 1 ? Ops.ToArray(a[1]) : [];
            if (a.Length > 2 && a[2] is PyDict kw && kw.Count > 0)
            {
                // PyEval_CallObjectWithKeywords hands the dict itself on: keywords in its table order, and the
                // dict carried for a class or builtin that takes it whole (KeywordDict).
                var names = kw.KeysList().Select(Ops.Str).ToArray();
                var saved = KeywordDict.Carry(names, kw);
                try { return a[0].Call([.. args, .. kw.Items().Select(p => p.Value)], names); }
                finally { KeywordDict.Restore(saved); }
            }
            return a[0].Call(args, null);
        });
        Fn(d, "intern", (a, k) =>
        {
            Args.Count("intern", a, k, 1, 1);
            if (a[0] is not PyStr s || s.Type.IsHeapType) throw PyErr.TypeError("intern() argument 1 must be string, not " + a[0].Type.Name);
            // The table belongs to the run (PyContext): a process-wide one would keep every request's strings forever.
            var table = PyContext.Current.Interned ??= new Dictionary<string, PyStr>(StringComparer.Ordinal);
            if (table.TryGetValue(s.Value, out var interned)) return interned;
            table[s.Value] = s;
            return s;
        });
        Fn(d, "coerce", (a, k) => { Args.Count("coerce", a, k, 2, 2); return Coerce(a[0], a[1]); });
        Fn(d, "format", (a, k) =>
        {
            Args.Count("format", a, k, 1, 2);
            return Formatting.Format(a[0], a.Length > 1 ? a[1] : PyStr.Empty);
        });
        Fn(d, "vars", (a, k) =>
        {
            Args.Count("vars", a, k, 0, 1);
            if (a.Length == 0) return PyContext.Current.CurrentFrame!.LocalsDict();
            return Ops.GetAttrOrNull(a[0], "__dict__") ?? throw PyErr.TypeError("vars() argument must have __dict__ attribute");
        });
        Fn(d, "globals", (a, k) => PyContext.Current.CurrentFrame!.Globals);
        Fn(d, "locals", (a, k) => PyContext.Current.CurrentFrame!.LocalsDict());
        Fn(d, "dir", (a, k) => { Args.Count("dir", a, k, 0, 1); return Dir(a.Length == 0 ? null : a[0]); });
        Fn(d, "open", (a, k) => Open(a, k));
        Fn(d, "raw_input", (a, k) => RawInput(a, k));
        Fn(d, "input", (a, k) =>
        {
            var line = RawInput(a, k);
            var ctx = PyContext.Current;
            return CodeExecution.Eval(ctx, line, ctx.CurrentFrame!.Globals, ctx.CurrentFrame.LocalsDict());
        });
        Fn(d, "eval", (a, k) => EvalOrExec(a, k, isEval: true));
        Fn(d, "execfile", (a, k) => ExecFile(a, k));
        Fn(d, "compile", (a, k) => Compile(a, k));
        Fn(d, "__import__", (a, k) => Import(a, k));
        Fn(d, "reload", (a, k) => { Args.Count("reload", a, k, 1, 1); return Reload(a[0]); });
        Fn(d, "print", (a, k) => PrintFunction(a, k));
        d.SetStr("buffer", PyBuffer.TypeObject);
        d.SetStr("memoryview", PyMemoryView.TypeObject);
        Fn(d, "help", (a, k) => PyNone.Instance);
        return d;
    }

    private static string AttrName(PyObject name, string error) => name switch
    {
        PyStr s => s.Value,
        PyUnicode u => Codecs.EncodeDefault(u.Value),
        _ => throw PyErr.TypeError(error),
    };

    public static bool IsCallable(PyObject o) => o switch
    {
        PyFunction or PyMethod or PyBuiltinFunction or PyType or PyClassic or PyBuiltinMethodDescriptor => true,
        PyInstance i => i.Class.LookupOrNull("__call__") is not null,
        _ => o.Type.Lookup("__call__") is not null,
    };

    public static PyObject Abs(PyObject o) => o switch
    {
        PyBool b => PyInt.Get(b.Value),
        PyInt i when !o.Type.IsHeapType => i.Value >= 0 ? o : i.Value == long.MinValue ? new PyLong(-(BigInteger)i.Value) : PyInt.Get(-i.Value),
        PyLong l when !o.Type.IsHeapType => l.Value.Sign >= 0 ? o : new PyLong(-l.Value),
        PyFloat f when !o.Type.IsHeapType => new PyFloat(Math.Abs(f.Value)),
        PyComplex c => new PyFloat(Math.Sqrt(c.Real * c.Real + c.Imag * c.Imag)),
        _ => (o is PyInstance inst ? inst.Class.LookupOrNull("__abs__") : o.Type.Lookup("__abs__")) is { } f2
            ? TypeCalls.CallBound(f2, o, [], null)
            : throw PyErr.TypeError($"bad operand type for abs(): '{o.Type.Name}'"),
    };

    private static PyObject Chr(PyObject o)
    {
        var v = Args.Int(o, "chr");
        if (v < 0 || v > 255) throw PyErr.ValueError("chr() arg not in range(256)");
        return PyStr.Char((int)v);
    }

    private static PyObject Unichr(PyObject o)
    {
        var v = Args.Int(o, "unichr");
        if (v < 0 || v > 0x10FFFF) throw PyErr.ValueError("unichr() arg not in range(0x10000) (narrow Python build)");
        if (v > 0xFFFF) throw PyErr.ValueError("unichr() arg not in range(0x10000) (narrow Python build)");
        return new PyUnicode(((char)v).ToString());
    }

    private static PyObject Ord(PyObject o)
    {
        if (o is PyBaseString s)
        {
            if (s.Value.Length == 1) return PyInt.Get(s.Value[0]);
            throw PyErr.TypeError($"ord() expected a character, but string of length {s.Value.Length} found");
        }
        throw PyErr.TypeError($"ord() expected string of length 1, but {o.Type.Name} found");
    }

    public static string HexOrOct(PyObject o, int radix)
    {
        if (o is not (PyInt or PyLong))
        {
            var name = radix == 16 ? "__hex__" : "__oct__";
            var f = o is PyInstance inst ? inst.Class.LookupOrNull(name) : o.Type.Lookup(name);
            if (f is null) throw PyErr.TypeError($"{(radix == 16 ? "hex" : "oct")}() argument can't be converted to {(radix == 16 ? "hex" : "oct")}");
            return Ops.Str(TypeCalls.CallBound(f, o, [], null));
        }
        var v = LongArith.ToBig(o);
        var neg = v.Sign < 0;
        var digits = FormatSpec.ToRadix(BigInteger.Abs(v), radix);
        var prefix = radix == 16 ? "0x" : v.IsZero ? "" : "0";
        return (neg ? "-" : "") + prefix + digits + (o is PyLong ? "L" : "");
    }

    private static string Bin(PyObject o)
    {
        if (!Ops.TryIndex(o, out _) && o is not PyLong) throw PyErr.TypeError($"'{o.Type.Name}' object cannot be interpreted as an index");
        var v = Ops.ToBigInteger(o is PyInt or PyLong ? o : PyInt.Get(Ops.ToLong(o)));
        return (v.Sign < 0 ? "-" : "") + "0b" + FormatSpec.ToRadix(BigInteger.Abs(v), 2);
    }

    private static PyObject DivMod(PyObject a, PyObject b)
    {
        if (a is PyFloat || b is PyFloat)
        {
            if (PyFloat.AsDouble(a) is { } x && PyFloat.AsDouble(b) is { } y)
            {
                if (y == 0) throw PyErr.ZeroDivisionError("float divmod()");
                var (div, mod) = PyFloat.DivMod(x, y);
                return new PyTuple(new PyFloat(div), new PyFloat(mod));
            }
        }
        if (a.Type.IsHeapType && a.Type.LookupOverride("__divmod__") is { } f) return Ops.CallFunction(f, a, b);
        if (a is PyInstance ia && ia.Class.LookupOrNull("__divmod__") is { } g) return TypeCalls.CallBound(g, a, [b], null);
        return new PyTuple(Ops.Binary(Ast.BinaryOperator.FloorDiv, a, b), Ops.Binary(Ast.BinaryOperator.Mod, a, b));
    }

    /// <summary>Python 2 round(): half away from zero, computed on the decimal value like CPython 2.7.</summary>
    public static double Round(double x, int ndigits)
    {
        if (!double.IsFinite(x) || x == 0) return x;
        if (ndigits > 22) return x;
        var text = Math.Abs(x).ToString("F" + Math.Max(0, ndigits + 1 + 17), System.Globalization.CultureInfo.InvariantCulture);
        var dec = decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : (decimal?)null;
        if (dec is not null && ndigits >= 0 && ndigits <= 15)
        {
            var rounded = Math.Round(dec.Value, ndigits, MidpointRounding.AwayFromZero);
            var r = (double)rounded;
            return x < 0 ? -r : r;
        }
        var pow = Math.Pow(10, ndigits);
        var y = Math.Abs(x) * pow;
        var z = Math.Floor(y + 0.5);
        if (double.IsInfinity(y)) return x;
        var result = ndigits >= 0 ? z / pow : z * Math.Pow(10, -ndigits) / Math.Pow(10, -ndigits) / pow;
        return x < 0 ? -result : result;
    }
}
