namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// dict: a hash table that keeps insertion order (entries array + chained buckets). Python 2.7's own order
/// is an accident of hashing that nothing may depend on; insertion order is the sane choice.
/// String keys have a fast path (TryGetStr/SetStr) for attribute and global-name lookups.
/// </summary>
public class PyDict : PyObject
{
    private struct Entry
    {
        public PyObject? Key;   // null marks a deleted entry
        public PyObject Value;
        public long Hash;
        public int Next;        // index of the next entry in the bucket chain, -1 at the end
    }

    private Entry[] _entries = [];
    private int[] _buckets = [];   // entry index + 1; 0 = empty
    private int _used;             // entries written, including deleted ones
    private int _count;
    /// <summary>Bumped on every insertion or deletion, so iterators can detect a size change.</summary>
    public int Version { get; private set; }

    public PyDict() { }
    public PyDict(int capacity) { if (capacity > 0) Resize(capacity); }

    public int Count => _count;
    public override PyType Type => BuiltinTypes.Dict;
    public override bool IsTrue() => _count != 0;
    public override int Length() => _count;
    public override long Hash() => throw PyErr.TypeError("unhashable type: 'dict'");

    private static bool KeysEqual(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb) return sa.Value == sb.Value;
        return Ops.Eq(a, b);
    }

    private int Find(PyObject key, long hash)
    {
        if (_buckets.Length == 0) return -1;
        var i = _buckets[(int)((ulong)hash % (ulong)_buckets.Length)] - 1;
        while (i >= 0)
        {
            ref var e = ref _entries[i];
            if (e.Hash == hash && e.Key is not null && KeysEqual(e.Key, key)) return i;
            i = e.Next;
        }
        return -1;
    }

    private int FindStr(string key, long hash)
    {
        if (_buckets.Length == 0) return -1;
        var i = _buckets[(int)((ulong)hash % (ulong)_buckets.Length)] - 1;
        while (i >= 0)
        {
            ref var e = ref _entries[i];
            if (e.Hash == hash && e.Key is PyBaseString s && s.Value == key && (s is PyStr || IsAscii(key))) return i;
            i = e.Next;
        }
        return -1;
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s) if (c > 127) return false;
        return true;
    }

    public bool TryGetValue(PyObject key, out PyObject value)
    {
        var i = Find(key, Ops.Hash(key));
        if (i < 0) { value = null!; return false; }
        value = _entries[i].Value;
        return true;
    }

    public bool TryGetStr(string key, out PyObject value) => TryGetStr(key, PyBaseString.StringHash(key), out value);

    /// <summary>Lookup by a string key whose hash the caller computed once (compiled attribute names).</summary>
    public bool TryGetStr(string key, long hash, out PyObject value)
    {
        var i = FindStr(key, hash);
        if (i < 0) { value = null!; return false; }
        value = _entries[i].Value;
        return true;
    }

    public PyObject? GetStrOrNull(string key) => TryGetStr(key, out var v) ? v : null;

    public bool ContainsKey(PyObject key) => Find(key, Ops.Hash(key)) >= 0;

    public void SetStr(string key, PyObject value) => Set(PyStr.From(key), value, PyBaseString.StringHash(key));

    public void Set(PyObject key, PyObject value) => Set(key, value, Ops.Hash(key));

    private void Set(PyObject key, PyObject value, long hash)
    {
        var i = Find(key, hash);
        if (i >= 0) { _entries[i].Value = value; return; }
        if (_used == _entries.Length) Resize(_count * 2 + 8);
        var bucket = (int)((ulong)hash % (ulong)_buckets.Length);
        _entries[_used] = new Entry { Key = key, Value = value, Hash = hash, Next = _buckets[bucket] - 1 };
        _buckets[bucket] = _used + 1;
        _used++;
        _count++;
        Version++;
    }

    public bool Remove(PyObject key) => RemoveAt(Find(key, Ops.Hash(key)));

    public bool RemoveStr(string key) => RemoveAt(FindStr(key, PyBaseString.StringHash(key)));

    public bool TryRemove(PyObject key, out PyObject value)
    {
        var i = Find(key, Ops.Hash(key));
        if (i < 0) { value = null!; return false; }
        value = _entries[i].Value;
        return RemoveAt(i);
    }

    private bool RemoveAt(int index)
    {
        if (index < 0) return false;
        ref var e = ref _entries[index];
        var bucket = (int)((ulong)e.Hash % (ulong)_buckets.Length);
        // Unlink from the chain.
        var i = _buckets[bucket] - 1;
        if (i == index) _buckets[bucket] = e.Next + 1;
        else
        {
            while (_entries[i].Next != index) i = _entries[i].Next;
            _entries[i].Next = e.Next;
        }
        e.Key = null;
        e.Value = null!;
        _count--;
        Version++;
        if (_count == 0) { _used = 0; Array.Clear(_buckets); }
        return true;
    }

    public void Clear()
    {
        _entries = [];
        _buckets = [];
        _used = _count = 0;
        Version++;
    }

    private void Resize(int capacity)
    {
        var entries = new Entry[Math.Max(capacity, 8)];
        var n = 0;
        for (var i = 0; i < _used; i++)
            if (_entries[i].Key is not null) entries[n++] = _entries[i];
        var buckets = new int[PrimeAtLeast(entries.Length)];
        for (var i = 0; i < n; i++)
        {
            var b = (int)((ulong)entries[i].Hash % (ulong)buckets.Length);
            entries[i].Next = buckets[b] - 1;
            buckets[b] = i + 1;
        }
        _entries = entries;
        _buckets = buckets;
        _used = n;
    }

    private static int PrimeAtLeast(int n)
    {
        n |= 1;
        while (!IsPrime(n)) n += 2;
        return n;
    }

    private static bool IsPrime(int n)
    {
        for (var d = 3; (long)d * d <= n; d += 2) if (n % d == 0) return false;
        return true;
    }

    /// <summary>The live entries in insertion order (a snapshot is safest when the dict may change).</summary>
    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        for (var i = 0; i < _used; i++)
        {
            var e = _entries[i];
            if (e.Key is not null) yield return new(e.Key, e.Value);
        }
    }

    public List<PyObject> KeysList()
    {
        var list = new List<PyObject>(_count);
        for (var i = 0; i < _used; i++) if (_entries[i].Key is { } k) list.Add(k);
        return list;
    }

    /// <summary>Iteration by position, for iterators that must notice size changes.</summary>
    internal bool TryGetEntryAt(ref int position, out PyObject key, out PyObject value)
    {
        while (position < _used)
        {
            var e = _entries[position++];
            if (e.Key is not null) { key = e.Key; value = e.Value; return true; }
        }
        key = value = null!;
        return false;
    }

    public PyDict Copy()
    {
        var d = new PyDict(_count);
        for (var i = 0; i < _used; i++)
            if (_entries[i].Key is { } k) d.Set(k, _entries[i].Value, _entries[i].Hash);
        return d;
    }

    public void Update(PyDict other)
    {
        for (var i = 0; i < other._used; i++)
            if (other._entries[i].Key is { } k) Set(k, other._entries[i].Value, other._entries[i].Hash);
    }

    public override string Repr()
    {
        // dict_repr checks for recursion before emptiness: an empty dict being shown is "{...}".
        using var guard = ReprGuard.Enter(this);
        if (!guard.Entered) return "{...}";
        if (_count == 0) return "{}";
        var parts = new List<string>(_count);
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
            var equal = _count == d._count && Items().All(kv => d.TryGetValue(kv.Key, out var v) && Ops.Eq(kv.Value, v));
            return PyBool.Of(equal == (op == CompareOp.Eq));
        }
        return PyBool.Of(Ops.CompareResult(_count.CompareTo(d._count), op));
    }
}

public sealed class PyDictSub : PyDict
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();
    public PyDictSub(PyType type) { _type = type; }
    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;
}

/// <summary>Iterates a dict's keys, values or items; raises RuntimeError if the dict changes size meanwhile.</summary>
public sealed class DictIterator : PyObject
{
    public enum Kind { Keys, Values, Items }
    private readonly PyDict _dict;
    private readonly Kind _kind;
    private readonly int _count;
    private int _position;

    public DictIterator(PyDict dict, Kind kind) { _dict = dict; _kind = kind; _count = dict.Count; }
    public override PyType Type => _kind switch
    {
        Kind.Keys => _dict is { } && _ownerIsSet ? BuiltinTypes.SetIterator : BuiltinTypes.DictKeyIterator,
        Kind.Values => BuiltinTypes.DictValueIterator,
        _ => BuiltinTypes.DictItemIterator,
    };
    private readonly bool _ownerIsSet;
    public DictIterator(PyDict dict, Kind kind, bool ownerIsSet) : this(dict, kind) { _ownerIsSet = ownerIsSet; }
    public override PyObject GetIter() => this;

    public override bool Next(out PyObject value)
    {
        if (_dict.Count != _count)
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        if (!_dict.TryGetEntryAt(ref _position, out var k, out var v)) { value = null!; return false; }
        value = _kind switch { Kind.Keys => k, Kind.Values => v, _ => new PyTuple(k, v) };
        return true;
    }
}
