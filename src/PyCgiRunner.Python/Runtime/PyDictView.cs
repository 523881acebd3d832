using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// dict.viewkeys(), viewvalues(), viewitems() (Python 2.7 library reference §5.8.1): live views that iterate the
/// dict in its table order. Keys and items views are set-like: &amp;, |, ^ and - give a set made from the left
/// operand and updated with the right one (CPython's dictviews_and and friends), and they compare as sets.
/// </summary>
public sealed class PyDictView : PyObject
{
    private readonly PyDict _dict;
    private readonly DictIterator.Kind _kind;

    public PyDictView(PyDict dict, DictIterator.Kind kind) { _dict = dict; _kind = kind; }

    private bool IsSetLike => _kind != DictIterator.Kind.Values;

    public override PyType Type => _kind switch
    {
        DictIterator.Kind.Keys => BuiltinTypes.DictKeys,
        DictIterator.Kind.Values => BuiltinTypes.DictValues,
        _ => BuiltinTypes.DictItems,
    };

    public override int Length() => _dict.Count;

    public override PyObject GetIter() => new DictIterator(_dict, _kind);

    public override bool Contains(PyObject item)
    {
        switch (_kind)
        {
            case DictIterator.Kind.Keys:
                return _dict.ContainsKey(item);
            case DictIterator.Kind.Items:
                return item is PyTuple { Count: 2 } t && _dict.TryGetValue(t.Items[0], out var v) && Ops.Eq(v, t.Items[1]);
            default:
                return base.Contains(item);
        }
    }

    public override long Hash() => IsSetLike ? throw PyErr.TypeError($"unhashable type: '{Type.Name}'") : base.Hash();

    public override string Repr()
    {
        using var guard = ReprGuard.Enter(this);
        if (!guard.Entered) return "...";
        return Type.Name + "(" + new PyList(Ops.ToArray(this)).Repr() + ")";
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other) => SetOp(op, this, other);

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) => SetOp(op, other, this);

    private PyObject SetOp(BinaryOperator op, PyObject left, PyObject right)
    {
        if (!IsSetLike) return PyNotImplemented.Instance;
        if (op is not (BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor or BinaryOperator.Sub))
            return PyNotImplemented.Instance;
        var result = PySet.FromIterable(left, frozen: false);
        switch (op)
        {
            case BinaryOperator.BitAnd: result.IntersectionUpdate(right); break;
            case BinaryOperator.BitOr: result.UpdateFrom(right); break;
            case BinaryOperator.BitXor: result.SymmetricDifferenceUpdate(right); break;
            default: result.DifferenceUpdate(right); break;
        }
        return result;
    }

    /// <summary>dictview_richcompare: against a set or another set-like view, by size and containment.</summary>
    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (!IsSetLike || other is not (PySet or PyDictView { IsSetLike: true })) return PyNotImplemented.Instance;
        var mine = Length();
        var theirs = Ops.Length(other);
        var ok = op switch
        {
            CompareOp.Eq or CompareOp.Ne => mine == theirs && AllContainedIn(this, other),
            CompareOp.Lt => mine < theirs && AllContainedIn(this, other),
            CompareOp.Le => mine <= theirs && AllContainedIn(this, other),
            CompareOp.Gt => mine > theirs && AllContainedIn(other, this),
            _ => mine >= theirs && AllContainedIn(other, this),
        };
        return PyBool.Of(op == CompareOp.Ne ? !ok : ok);
    }

    private static bool AllContainedIn(PyObject self, PyObject other)
    {
        var it = Ops.GetIter(self);
        while (Ops.Next(it, out var v))
            if (!Ops.Contains(other, v)) return false;
        return true;
    }
}
