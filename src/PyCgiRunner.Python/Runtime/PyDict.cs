namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// dict: CPython 2.7's open-addressing hash table (see DEVELOPERS.md, "The dict table"), so that iteration,
/// keys(), repr and everything built on them (os.environ dumps, form keys, json.dumps) come out in CPython's
/// order. The table itself is in PyDict.Table.cs, whole-dict operations (copy, merge, popitem) in PyDict.Bulk.cs.
/// String keys have a fast path (TryGetStr/SetStr) for attribute and global-name lookups.
/// </summary>
/// <remarks>
/// Builtin objects (type dicts, builtin modules) are read by many request threads at once after start-up:
/// lookups never write, and a resize builds the new table completely before publishing it in one reference
/// write, so a reader sees the old table or the new one, never a half-built one.
/// </remarks>
public partial class PyDict : PyObject
{
    public PyDict() { _slots = s_emptyTable; }

    /// <summary>
    /// A dict display of n items (CPython's BUILD_MAP n, _PyDict_NewPresized): more than five items get the
    /// table that n needs up front; the growth rule still applies as the items go in.
    /// </summary>
    public static PyDict Presized(int n)
    {
        var d = new PyDict();
        if (n > 5) d.Resize(Math.Min(n, 0xFFFF));
        return d;
    }

    public int Count => _used;
    public override PyType Type => BuiltinTypes.Dict;
    public override bool IsTrue() => _used != 0;
    public override int Length() => _used;
    public override long Hash() => throw PyErr.TypeError("unhashable type: 'dict'");

    public bool TryGetValue(PyObject key, out PyObject value)
    {
        var i = Lookup(key, Ops.Hash(key));
        if (i < 0) { value = null!; return false; }
        value = _slots[i].Value!;
        return true;
    }

    public bool TryGetStr(string key, out PyObject value) => TryGetStr(key, PyBaseString.StringHash(key), out value);

    /// <summary>Lookup by a string key whose hash the caller computed once (compiled attribute names).</summary>
    public bool TryGetStr(string key, long hash, out PyObject value)
    {
        var i = FindStr(key, hash);
        if (i < 0) { value = null!; return false; }
        value = _slots[i].Value!;
        return true;
    }

    public PyObject? GetStrOrNull(string key) => TryGetStr(key, out var v) ? v : null;

    public bool ContainsKey(PyObject key) => ContainsKey(key, Ops.Hash(key));

    internal bool ContainsKey(PyObject key, long hash) => Lookup(key, hash) >= 0;

    public void SetStr(string key, PyObject value) => Set(PyStr.From(key), value, PyBaseString.StringHash(key));

    public void Set(PyObject key, PyObject value) => Set(key, value, Ops.Hash(key));

    /// <summary>PyDict_SetItem: insert, then grow if a new key made the table two-thirds full.</summary>
    internal void Set(PyObject key, PyObject value, long hash)
    {
        var before = _used;
        Insert(key, hash, value);
        if (_used > before && _fill * 3 >= _slots.Length * 2) Grow();
    }

    public bool Remove(PyObject key) => Remove(key, Ops.Hash(key));

    public bool RemoveStr(string key) => Remove(PyStr.From(key), PyBaseString.StringHash(key));

    internal bool Remove(PyObject key, long hash) => TryRemove(key, hash, out _);

    public bool TryRemove(PyObject key, out PyObject value) => TryRemove(key, Ops.Hash(key), out value);

    private bool TryRemove(PyObject key, long hash, out PyObject value)
    {
        var i = Lookup(key, hash);
        if (i < 0) { value = null!; return false; }
        ref var slot = ref _slots[i];
        value = slot.Value!;
        // The slot becomes a dummy: it keeps its hash (popitem reads slot 0's) and goes on marking the probe chain.
        slot.Key = Dummy;
        slot.Value = null;
        _used--;
        return true;
    }

    /// <summary>The live entries in table order (a snapshot is safest when the dict may change).</summary>
    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        var position = 0;
        while (TryGetEntryAt(ref position, out var k, out var v)) yield return new(k, v);
    }

    public List<PyObject> KeysList()
    {
        var list = new List<PyObject>(_used);
        var slots = _slots;
        for (var i = 0; i < slots.Length; i++) if (slots[i].Value is not null) list.Add(slots[i].Key!);
        return list;
    }

    public List<PyObject> ValuesList()
    {
        var list = new List<PyObject>(_used);
        var slots = _slots;
        for (var i = 0; i < slots.Length; i++) if (slots[i].Value is { } v) list.Add(v);
        return list;
    }

    /// <summary>Iteration by slot position, for iterators that must notice size changes (dictiter).</summary>
    internal bool TryGetEntryAt(ref int position, out PyObject key, out PyObject value)
    {
        var slots = _slots;
        while (position < slots.Length)
        {
            ref var s = ref slots[position++];
            if (s.Value is { } v) { key = s.Key!; value = v; return true; }
        }
        key = value = null!;
        return false;
    }

    public override string Repr()
    {
        // dict_repr checks for recursion before emptiness: an empty dict being shown is "{...}".
        using var guard = ReprGuard.Enter(this);
        if (!guard.Entered) return "{...}";
        if (_used == 0) return "{}";
        var parts = new List<string>(_used);
        foreach (var (k, v) in Items().ToList()) parts.Add(Ops.Repr(k) + ": " + Ops.Repr(v));
        return "{" + string.Join(", ", parts) + "}";
    }

    public override PyObject GetItem(PyObject key)
    {
        if (TryGetValue(key, out var v)) return v;
        if (Type.IsHeapType && Type.Lookup("__missing__") is { } missing)
            return Ops.CallFunction(missing, this, key);
        throw PyErr.KeyError(key);
    }

    public override void SetItem(PyObject key, PyObject value) => Set(key, value);

    public override void DelItem(PyObject key)
    {
        if (!Remove(key)) throw PyErr.KeyError(key);
    }

    public override bool Contains(PyObject item) => ContainsKey(item);

    public override PyObject GetIter() => new DictIterator(this, DictIterator.Kind.Keys);

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyDict d) return PyNotImplemented.Instance;
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            var equal = _used == d._used && Items().ToList().All(kv => d.TryGetValue(kv.Key, out var v) && Ops.Eq(kv.Value, v));
            return PyBool.Of(equal == (op == CompareOp.Eq));
        }
        return PyBool.Of(Ops.CompareResult(_used.CompareTo(d._used), op));
    }
}
