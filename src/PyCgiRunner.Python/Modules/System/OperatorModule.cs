using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// operator (library reference §9.9): every operator as a function through Ops (so Python classes' special
/// methods apply), the __name__ aliases, the in-place forms, and itemgetter/attrgetter/methodcaller.
/// </summary>
public static class OperatorModule
{
    private static readonly (string Name, BinaryOperator Op)[] s_binary =
    [
        ("add", BinaryOperator.Add), ("sub", BinaryOperator.Sub), ("mul", BinaryOperator.Mult), ("div", BinaryOperator.Div),
        ("floordiv", BinaryOperator.FloorDiv), ("truediv", BinaryOperator.TrueDiv), ("mod", BinaryOperator.Mod),
        ("pow", BinaryOperator.Pow), ("lshift", BinaryOperator.LShift), ("rshift", BinaryOperator.RShift),
        ("and_", BinaryOperator.BitAnd), ("or_", BinaryOperator.BitOr), ("xor", BinaryOperator.BitXor),
    ];

    private static readonly (string Name, CompareOp Op)[] s_compare =
    [
        ("lt", CompareOp.Lt), ("le", CompareOp.Le), ("eq", CompareOp.Eq), ("ne", CompareOp.Ne), ("ge", CompareOp.Ge), ("gt", CompareOp.Gt),
    ];

    private static void Fn(ModuleBuilder b, string name, int nargs, Func<PyObject[], PyObject> body, bool dunder = true)
    {
        BuiltinFunctionBody f = (a, k) => { Args.Count(name, a, k, nargs, nargs); return body(a); };
        b.Fn(name, f);
        if (dunder) b.Module.Dict.SetStr("__" + name.TrimEnd('_') + "__", new PyBuiltinFunction(name, f));
    }

    private static bool IsSequence(PyObject o) => o is PyList or PyTuple or PyBaseString or PyXRange or PyInstance
        || (o is not PyDict && o.Type.IsHeapType && o.Type.Lookup("__getitem__") is not null);

    public static PyModule Create()
    {
        var b = new ModuleBuilder("operator");
        foreach (var (name, op) in s_binary)
        {
            Fn(b, name, 2, a => Ops.Binary(op, a[0], a[1]));
            Fn(b, "i" + name.TrimEnd('_'), 2, a => Ops.InPlace(op, a[0], a[1]));
        }
        foreach (var (name, op) in s_compare) Fn(b, name, 2, a => Ops.Compare(a[0], a[1], op));
        Fn(b, "neg", 1, a => Ops.Unary(UnaryOperator.USub, a[0]));
        Fn(b, "pos", 1, a => Ops.Unary(UnaryOperator.UAdd, a[0]));
        Fn(b, "inv", 1, a => Ops.Unary(UnaryOperator.Invert, a[0]));
        Fn(b, "invert", 1, a => Ops.Unary(UnaryOperator.Invert, a[0]));
        Fn(b, "not_", 1, a => PyBool.Of(!Ops.IsTrue(a[0])));
        Fn(b, "truth", 1, a => PyBool.Of(Ops.IsTrue(a[0])), dunder: false);
        Fn(b, "abs", 1, a => Ops.Call(PyContext.Current.Builtins.GetStrOrNull("abs")!, [a[0]], null));
        Fn(b, "index", 1, a => a[0] is PyInt or PyLong ? a[0] : Ops.CallMethod(a[0], "__index__"));
        Fn(b, "is_", 2, a => PyBool.Of(ReferenceEquals(a[0], a[1])), dunder: false);
        Fn(b, "is_not", 2, a => PyBool.Of(!ReferenceEquals(a[0], a[1])), dunder: false);
        Fn(b, "concat", 2, a => Concat(a[0], a[1], inPlace: false));
        Fn(b, "iconcat", 2, a => Concat(a[0], a[1], inPlace: true));
        Fn(b, "repeat", 2, a => Repeat(a[0], a[1], false));
        Fn(b, "irepeat", 2, a => Repeat(a[0], a[1], true));
        Fn(b, "contains", 2, a => PyBool.Of(Ops.Contains(a[0], a[1])));
        Fn(b, "sequenceIncludes", 2, a => PyBool.Of(Ops.Contains(a[0], a[1])), dunder: false);
        Fn(b, "countOf", 2, a => PyInt.Get(Ops.ToArray(a[0]).Count(x => Ops.Eq(x, a[1]))), dunder: false);
        Fn(b, "indexOf", 2, a =>
        {
            var items = Ops.ToArray(a[0]);
            for (var i = 0; i < items.Length; i++) if (Ops.Eq(items[i], a[1])) return PyInt.Get(i);
            throw PyErr.ValueError("sequence.index(x): x not in sequence");
        }, dunder: false);
        Fn(b, "getitem", 2, a => Ops.GetItem(a[0], a[1]));
        Fn(b, "setitem", 3, a => { Ops.SetItem(a[0], a[1], a[2]); return PyNone.Instance; });
        Fn(b, "delitem", 2, a => { Ops.DelItem(a[0], a[1]); return PyNone.Instance; });
        Fn(b, "getslice", 3, a => Ops.GetItem(a[0], new PySlice(a[1], a[2], PyNone.Instance)));
        Fn(b, "setslice", 4, a => { Ops.SetItem(a[0], new PySlice(a[1], a[2], PyNone.Instance), a[3]); return PyNone.Instance; });
        Fn(b, "delslice", 3, a => { Ops.DelItem(a[0], new PySlice(a[1], a[2], PyNone.Instance)); return PyNone.Instance; });
        Fn(b, "isCallable", 1, a => PyBool.Of(a[0] is PyFunction or PyBuiltinFunction or PyType or PyClassic || Ops.TryGetAttr(a[0], "__call__", out _)), dunder: false);
        Fn(b, "isSequenceType", 1, a => PyBool.Of(IsSequence(a[0])), dunder: false);
        Fn(b, "isMappingType", 1, a => PyBool.Of(a[0] is PyDict or PyInstance || (a[0].Type.IsHeapType && a[0] is not PyList and not PyTuple and not PyBaseString && a[0].Type.Lookup("__getitem__") is not null)), dunder: false);
        Fn(b, "isNumberType", 1, a => PyBool.Of(Ops.IsNumber(a[0]) || a[0] is PyInstance || (a[0].Type.IsHeapType && (a[0].Type.Lookup("__int__") ?? a[0].Type.Lookup("__float__")) is not null)), dunder: false);
        b.Fn("_compare_digest", (a, k) =>
        {
            Args.Count("compare_digest", a, k, 2, 2);
            return PyBool.Of(DigestComparison.Equal(a[0], a[1]));
        });
        b.Value("itemgetter", Getters.ItemGetter).Value("attrgetter", Getters.AttrGetter).Value("methodcaller", Getters.MethodCaller);
        return b;
    }

    private static PyObject Concat(PyObject a, PyObject b, bool inPlace)
    {
        if (!IsSequence(a)) throw PyErr.TypeError($"'{a.Type.Name}' object can't be concatenated");
        return inPlace ? Ops.InPlace(BinaryOperator.Add, a, b) : Ops.Binary(BinaryOperator.Add, a, b);
    }

    private static PyObject Repeat(PyObject a, PyObject n, bool inPlace)
    {
        if (!IsSequence(a)) throw PyErr.TypeError($"'{a.Type.Name}' object can't be repeated");
        if (n is not PyInt and not PyLong) throw PyErr.TypeError("an integer is required");
        return inPlace ? Ops.InPlace(BinaryOperator.Mult, a, n) : Ops.Binary(BinaryOperator.Mult, a, n);
    }
}

/// <summary>operator.itemgetter / attrgetter / methodcaller: callable objects of their own types.</summary>
public static class Getters
{
    public static readonly PyType ItemGetter = Create("itemgetter", (a, k) =>
    {
        if (k is { Length: > 0 }) throw PyErr.TypeError("itemgetter() does not take keyword arguments");
        if (a.Length == 0) throw PyErr.TypeError("itemgetter expected 1 arguments, got 0");
        var items = a;
        return obj => items.Length == 1 ? Ops.GetItem(obj, items[0]) : new PyTuple(items.Select(i => Ops.GetItem(obj, i)).ToArray());
    });

    public static readonly PyType AttrGetter = Create("attrgetter", (a, k) =>
    {
        if (k is { Length: > 0 }) throw PyErr.TypeError("attrgetter() does not take keyword arguments");
        if (a.Length == 0) throw PyErr.TypeError("attrgetter expected 1 arguments, got 0");
        var paths = a.Select(n => n is PyStr s ? s.Value.Split('.') : throw PyErr.TypeError("attribute name must be a string")).ToArray();
        PyObject Resolve(PyObject obj, string[] path) => path.Aggregate(obj, Ops.GetAttr);
        return obj => paths.Length == 1 ? Resolve(obj, paths[0]) : new PyTuple(paths.Select(p => Resolve(obj, p)).ToArray());
    });

    public static readonly PyType MethodCaller = Create("methodcaller", (a, k) =>
    {
        var nKw = k?.Length ?? 0;
        if (a.Length - nKw < 1) throw PyErr.TypeError("methodcaller needs at least one argument, the method name");
        var name = a[0] is PyStr s ? s.Value : throw PyErr.TypeError("method name must be a string");
        var rest = a[1..];
        return obj => Ops.Call(Ops.GetAttr(obj, name), rest, k);
    });

    private sealed class Getter(PyType type, Func<PyObject, PyObject> body) : PyObject
    {
        public override PyType Type => type;

        public override PyObject Call(PyObject[] args, string[]? kwNames)
        {
            if (kwNames is { Length: > 0 }) throw PyErr.TypeError($"{type.Name}() takes no keyword arguments");
            if (args.Length != 1) throw PyErr.TypeError($"{type.Name} expected 1 arguments, got {args.Length}");
            return body(args[0]);
        }
    }

    private static PyType Create(string name, Func<PyObject[], string[]?, Func<PyObject, PyObject>> factory)
    {
        var t = SystemSupport.NewType(name, "operator");
        t.NewFunc = (cls, args, kw) => new Getter(t, factory(args, kw));
        return t;
    }
}
