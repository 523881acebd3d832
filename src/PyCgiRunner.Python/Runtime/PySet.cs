using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Runtime;

/// <summary>set and frozenset, sharing one implementation over an insertion-ordered table of keys.</summary>
public class PySet : PyObject
{
    internal readonly PyDict Table = new();
    private readonly bool _frozen;

    public PySet(bool frozen = false) { _frozen = frozen; }

    public PySet(IEnumerable<PyObject> items, bool frozen = false) : this(frozen)
    {
        foreach (var item in items) Table.Set(item, PyNone.Instance);
    }

    public bool IsFrozen => _frozen;
    public int Count => Table.Count;
    public IEnumerable<PyObject> Keys => Table.KeysList();

    public override PyType Type => _frozen ? BuiltinTypes.FrozenSet : BuiltinTypes.Set;
    public override bool IsTrue() => Table.Count != 0;
    public override int Length() => Table.Count;

    public void Add(PyObject item) => Table.Set(item, PyNone.Instance);
    public bool Discard(PyObject item) => Table.Remove(item);
    public override bool Contains(PyObject item) => Table.ContainsKey(SetKey(item));

    /// <summary>A set used as a key of another set counts as the frozenset with the same members.</summary>
    public static PyObject SetKey(PyObject item) => item is PySet { IsFrozen: false } s ? new PySet(s.Keys, frozen: true) : item;

    public static PySet FromIterable(PyObject iterable, bool frozen)
    {
        var set = new PySet(frozen);
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it, out var v)) set.Add(v);
        return set;
    }

    public override long Hash()
    {
        if (!_frozen) throw PyErr.TypeError("unhashable type: 'set'");
        long h = 1927868237L * (Table.Count + 1);
        foreach (var k in Keys)
        {
            var kh = Ops.Hash(k);
            h ^= (kh ^ (kh << 16) ^ 89869747L) * 3644798167L;
        }
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713 : h;
    }

    public override string Repr()
    {
        var name = Type.Name;
        if (Table.Count == 0) return name + "([])";
        using var guard = ReprGuard.Enter(this);
        if (!guard.Entered) return name + "(...)";
        return name + "([" + string.Join(", ", Keys.Select(Ops.Repr)) + "])";
    }

    public override PyObject GetIter() => new DictIterator(Table, DictIterator.Kind.Keys, ownerIsSet: true);

    public PySet NewOfSameKind(IEnumerable<PyObject> items) => new(items, _frozen);

    public bool IsSubsetOf(PySet other) => Count <= other.Count && Keys.All(other.Table.ContainsKey);

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is not PySet o) return PyNotImplemented.Instance;
        return op switch
        {
            BinaryOperator.BitOr => NewOfSameKind(Keys.Concat(o.Keys)),
            BinaryOperator.BitAnd => NewOfSameKind(Keys.Where(o.Table.ContainsKey)),
            BinaryOperator.Sub => NewOfSameKind(Keys.Where(k => !o.Table.ContainsKey(k))),
            BinaryOperator.BitXor => NewOfSameKind(Keys.Where(k => !o.Table.ContainsKey(k)).Concat(o.Keys.Where(k => !Table.ContainsKey(k)))),
            _ => PyNotImplemented.Instance,
        };
    }

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (_frozen || other is not PySet o) return PyNotImplemented.Instance;
        switch (op)
        {
            case BinaryOperator.BitOr: foreach (var k in o.Keys) Add(k); return this;
            case BinaryOperator.BitAnd: foreach (var k in Keys) if (!o.Table.ContainsKey(k)) Discard(k); return this;
            case BinaryOperator.Sub: foreach (var k in o.Keys) Discard(k); return this;
            case BinaryOperator.BitXor:
                foreach (var k in o.Keys) if (!Discard(k)) Add(k);
                return this;
        }
        return PyNotImplemented.Instance;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PySet o)
        {
            if (op == CompareOp.Eq) return PyBool.False;
            if (op == CompareOp.Ne) return PyBool.True;
            throw PyErr.TypeError("can only compare to a set");
        }
        return PyBool.Of(op switch
        {
            CompareOp.Eq => Count == o.Count && IsSubsetOf(o),
            CompareOp.Ne => !(Count == o.Count && IsSubsetOf(o)),
            CompareOp.Le => IsSubsetOf(o),
            CompareOp.Lt => Count < o.Count && IsSubsetOf(o),
            CompareOp.Ge => o.IsSubsetOf(this),
            _ => Count > o.Count && o.IsSubsetOf(this),
        });
    }
}

public sealed class PySetSub : PySet
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();
    public PySetSub(PyType type, bool frozen) : base(frozen) { _type = type; }
    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;
}
