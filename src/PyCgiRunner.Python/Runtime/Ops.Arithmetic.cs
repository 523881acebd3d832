using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// The operations compiled code performs on values. Each first gives a Python class's special method its
/// chance (heap types), then the builtin behaviour of the C# class. Python 2.7 reference §3.4.7 (emulating
/// numeric types): try x.__op__(y); if NotImplemented try y.__rop__(x), the subclass's reflected method first.
/// </summary>
public static partial class Ops
{
    private static readonly string[] s_binaryNames =
        ["add", "sub", "mul", "div", "floordiv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "truediv"];
    private static readonly string[] s_binarySymbols =
        ["+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "|", "^", "&", "/"];
    private static readonly string[] s_left = s_binaryNames.Select(n => $"__{n}__").ToArray();
    private static readonly string[] s_right = s_binaryNames.Select(n => $"__r{n}__").ToArray();
    private static readonly string[] s_inplace = s_binaryNames.Select(n => $"__i{n}__").ToArray();

    public static string LeftName(BinaryOperator op) => s_left[(int)op];
    public static string RightName(BinaryOperator op) => s_right[(int)op];
    public static string InPlaceName(BinaryOperator op) => s_inplace[(int)op];
    public static string Symbol(BinaryOperator op) => s_binarySymbols[(int)op];

    public static PyObject Binary(BinaryOperator op, PyObject a, PyObject b)
    {
        var r = TryBinary(op, a, b);
        if (r is not PyNotImplemented) return r;
        throw BinaryTypeError(op, a, b);
    }

    public static PyObject Add(PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && a is PyInt x && b is PyInt y)
        {
            var r = x.Value + y.Value;
            if (((x.Value ^ r) & (y.Value ^ r)) >= 0) return PyInt.Get(r);
        }
        return Binary(BinaryOperator.Add, a, b);
    }

    public static PyObject TryBinary(BinaryOperator op, PyObject a, PyObject b)
    {
        var ta = a.Type;
        var tb = b.Type;
        if (!ta.IsHeapType && !tb.IsHeapType)
        {
            var r = a.BinaryOp(op, b);
            if (r is not PyNotImplemented) return r;
            if (ta != tb) return b.ReflectedBinaryOp(op, a);
            return r;
        }
        return HeapBinary(op, a, b, ta, tb);
    }

    private static PyObject HeapBinary(BinaryOperator op, PyObject a, PyObject b, PyType ta, PyType tb)
    {
        var right = ta != tb ? tb.LookupOverride(RightName(op)) : null;
        var bFirst = right is not null && tb.IsSubtypeOf(ta);
        if (bFirst)
        {
            var r = CallFunction(right!, b, a);
            if (r is not PyNotImplemented) return r;
        }
        var left = ta.LookupOverride(LeftName(op));
        var res = left is not null ? CallFunction(left, a, b) : a.BinaryOp(op, b);
        if (res is not PyNotImplemented) return res;
        if (ta == tb && left is not null)
        {
            // Same class: Python does not try the reflected method of the same type.
            return PyNotImplemented.Instance;
        }
        if (bFirst) return PyNotImplemented.Instance;
        return right is not null ? CallFunction(right, b, a) : b.ReflectedBinaryOp(op, a);
    }

    public static PyObject InPlace(BinaryOperator op, PyObject a, PyObject b)
    {
        if (a.Type.IsHeapType && a.Type.LookupOverride(InPlaceName(op)) is { } m)
        {
            var r = CallFunction(m, a, b);
            if (r is not PyNotImplemented) return r;
        }
        else
        {
            var r = a.InPlaceOp(op, b);
            if (r is not PyNotImplemented) return r;
        }
        return Binary(op, a, b);
    }

    public static PythonException BinaryTypeError(BinaryOperator op, PyObject a, PyObject b)
    {
        var na = a.Type.Name;
        var nb = b.Type.Name;
        if (op == BinaryOperator.Add)
        {
            // unicode + x goes through PyUnicode_Concat, which reports the failed coercion.
            if (a is PyUnicode && b is not PyBaseString) return PyErr.TypeError($"coercing to Unicode: need string or buffer, {nb} found");
            if (a is PyStr && b is not PyBaseString) return PyErr.TypeError($"cannot concatenate '{na}' and '{nb}' objects");
            if (a is PyList) return PyErr.TypeError($"can only concatenate list (not \"{nb}\") to list");
            if (a is PyTuple) return PyErr.TypeError($"can only concatenate tuple (not \"{nb}\") to tuple");
        }
        if (op == BinaryOperator.Mult && (a is PyBaseString or PyList or PyTuple || b is PyBaseString or PyList or PyTuple))
        {
            var other = a is PyBaseString or PyList or PyTuple ? b : a;
            return PyErr.TypeError($"can't multiply sequence by non-int of type '{other.Type.Name}'");
        }
        if (op == BinaryOperator.Mod && a is PyBaseString)
            return PyErr.TypeError("not all arguments converted during string formatting");
        return PyErr.TypeError($"unsupported operand type(s) for {Symbol(op)}: '{na}' and '{nb}'");
    }

    public static PyObject Unary(UnaryOperator op, PyObject a)
    {
        if (op == UnaryOperator.Not) return PyBool.Of(!IsTrue(a));
        if (a.Type.IsHeapType)
        {
            var name = op switch { UnaryOperator.USub => "__neg__", UnaryOperator.UAdd => "__pos__", _ => "__invert__" };
            if (a.Type.LookupOverride(name) is { } m) return CallFunction(m, a);
        }
        return a.UnaryOp(op);
    }

    public static string UnaryName(UnaryOperator op) => op switch
    {
        UnaryOperator.USub => "unary -",
        UnaryOperator.UAdd => "unary +",
        UnaryOperator.Invert => "unary ~",
        _ => "not",
    };

    /// <summary>pow(a, b, mod) with three arguments (integers only).</summary>
    public static PyObject PowMod(PyObject a, PyObject b, PyObject mod)
    {
        if (a is PyInt or PyLong && b is PyInt or PyLong && mod is PyInt or PyLong)
        {
            var x = LongArith.ToBig(a); var y = LongArith.ToBig(b); var m = LongArith.ToBig(mod);
            if (y.Sign < 0) throw PyErr.TypeError("pow() 2nd argument cannot be negative when 3rd argument specified");
            if (m.IsZero) throw PyErr.ValueError("pow() 3rd argument cannot be 0");
            var r = BigArith.ModPow(x, y, m);
            if (!r.IsZero && (r.Sign < 0) != (m.Sign < 0)) r += m;
            return a is PyLong || b is PyLong || mod is PyLong ? new PyLong(r) : PyInt.FromBig(r);
        }
        if (a.Type.IsHeapType && a.Type.LookupOverride("__pow__") is { } f) return CallFunction(f, a, b, mod);
        throw PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
}
