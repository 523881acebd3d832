using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// set and frozenset over CPython 2.7's set table (setobject.c), which in 2.7 follows the dict table's rules
/// exactly (same probes, growth, dummies, pop finger), so the keys live in a PyDict whose values are a marker.
/// The algebra, with CPython's iteration and insertion order, is in PySet.Algebra.cs.
/// </summary>
public partial class PySet : PyObject
{
    /// <summary>The value every key of the table maps to.</summary>
    private static readonly PyObject Member = PyBool.True;

    internal readonly PyDict Table = new();
    private readonly bool _frozen;
    private long _hash = -1;

    public PySet(bool frozen = false) { _frozen = frozen; }

    /// <summary>A set of the items in iteration order, each added as set.add does.</summary>
    public PySet(IEnumerable<PyObject> items, bool frozen = false) : this(frozen)
    {
        foreach (var item in items) Add(item);
    }

    public bool IsFrozen => _frozen;
    public int Count => Table.Count;

    /// <summary>The members in table order (a snapshot).</summary>
    public IEnumerable<PyObject> Keys => Table.KeysList();

    public override PyType Type => _frozen ? BuiltinTypes.FrozenSet : BuiltinTypes.Set;
    public override bool IsTrue() => Table.Count != 0;
    public override int Length() => Table.Count;

    /// <summary>set_add_key: insert, growing as dict insertion does.</summary>
    public void Add(PyObject item) => Table.Set(item, Member);

    private void AddEntry(PyObject item, long hash) => Table.Set(item, Member, hash);

    public bool Discard(PyObject item) => Table.Remove(item);

    public override bool Contains(PyObject item) => Table.ContainsKey(SetKey(item));

    /// <summary>A set used as a key of another set counts as the frozenset with the same members.</summary>
    public static PyObject SetKey(PyObject item) => item is PySet { IsFrozen: false } s ? s.FrozenCopy() : item;

    private PySet FrozenCopy()
    {
        var f = new PySet(frozen: true);
        f.UpdateFrom(this);
        return f;
    }

    public static PySet FromIterable(PyObject iterable, bool frozen)
    {
        var set = new PySet(frozen);
        set.UpdateFrom(iterable);
        return set;
    }

    /// <summary>set.pop: the first live slot from the search finger (set_pop), KeyError when empty.</summary>
    public PyObject Pop()
    {
        if (!Table.TryPopFirst(out var key, out _)) throw PyErr.New(BuiltinTypes.KeyError, "pop from an empty set");
        return key;
    }

    public void Clear() => Table.Clear();

    /// <summary>frozenset_hash: an order-independent mix of the members' hashes, computed once.</summary>
    public override long Hash()
    {
        if (!_frozen) throw PyErr.TypeError("unhashable type: 'set'");
        if (_hash != -1) return _hash;
        unchecked
        {
            long h = 1927868237L * (Table.Count + 1);
            var position = 0;
            while (Table.TryGetKeyAt(ref position, out _, out var kh))
                h ^= (kh ^ (kh << 16) ^ 89869747L) * 3644798167L;
            h = h * 69069L + 907133923L;
            if (h == -1) h = 590923713L;
            _hash = h;
            return h;
        }
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

    /// <summary>An empty set of this one's class, as operations return (make_new_set(Py_TYPE(so)) in 2.7).</summary>
    public PySet NewOfSameKind() => Type.IsHeapType ? new PySetSub(Type, _frozen) : new PySet(_frozen);

    public bool IsSubsetOf(PySet other)
    {
        if (Count > other.Count) return false;
        var position = 0;
        while (Table.TryGetKeyAt(ref position, out var k, out var h))
            if (!other.Table.ContainsKey(k, h)) return false;
        return true;
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is not PySet o) return PyNotImplemented.Instance;
        return op switch
        {
            BinaryOperator.BitOr => Union(o),
            BinaryOperator.BitAnd => Intersection(o),
            BinaryOperator.Sub => Difference(o),
            BinaryOperator.BitXor => SymmetricDifference(o),
            _ => PyNotImplemented.Instance,
        };
    }

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (_frozen || other is not PySet o) return PyNotImplemented.Instance;
        switch (op)
        {
            case BinaryOperator.BitOr: UpdateFrom(o); return this;
            case BinaryOperator.BitAnd: IntersectionUpdate(o); return this;
            case BinaryOperator.Sub: DifferenceUpdate(o); return this;
            case BinaryOperator.BitXor: SymmetricDifferenceUpdate(o); return this;
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
