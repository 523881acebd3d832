namespace PyCgiRunner.Python.Runtime;

// The table: CPython 2.7's rules (Objects/dictobject.c, dictnotes.txt), written for this engine.
// A slot is empty (Key null), active (Value set) or a dummy (Key == Dummy, Value null: a deleted entry that
// must go on marking the probe chain). The size is a power of two, at least 8; _fill counts active + dummy
// slots, _used the active ones.
public partial class PyDict
{
    /// <summary>One slot of the table (CPython's PyDictEntry).</summary>
    internal struct Slot
    {
        public PyObject? Key;
        public PyObject? Value;
        public long Hash;
    }

    internal const int MinSize = 8;
    private const int PerturbShift = 5;

    /// <summary>Marks a deleted slot (an object of its own, never handed out).</summary>
    internal static readonly PyObject Dummy = new PyTuple();

    /// <summary>The table of every empty dict: never written (Insert swaps in a table of its own first).</summary>
    private static readonly Slot[] s_emptyTable = new Slot[MinSize];

    private Slot[] _slots;
    private int _fill;
    private int _used;

    /// <summary>
    /// lookdict: the slot holding key, or else the slot an insertion of key must use (the first dummy seen on
    /// the probe chain, else the empty slot that ended it). Probes visit i = 5*i + perturb + 1 (mod the size),
    /// perturb starting at the hash and shifted right by five each step. When a key's __eq__ changes the dict,
    /// the search starts over, as CPython's does.
    /// </summary>
    private int FindSlot(PyObject key, long hash)
    {
        while (true)
        {
            var slots = _slots;
            var mask = (ulong)slots.Length - 1;
            var i = (ulong)hash;
            var perturb = (ulong)hash;
            var free = -1;
            var index = (int)(i & mask);
            while (true)
            {
                ref var s = ref slots[index];
                var k = s.Key;
                if (k is null) return free >= 0 ? free : index;
                if (ReferenceEquals(k, key)) return index;
                if (ReferenceEquals(k, Dummy))
                {
                    if (free < 0) free = index;
                }
                else if (s.Hash == hash)
                {
                    // Two exact strs compare without Python code (lookdict_string's shortcut).
                    if (k.GetType() == typeof(PyStr) && key.GetType() == typeof(PyStr))
                    {
                        if (((PyStr)k).Value == ((PyStr)key).Value) return index;
                    }
                    else
                    {
                        // PyObject_RichCompareBool(stored key, key): may run Python code that changes the dict.
                        var equal = Ops.Eq(k, key);
                        if (!ReferenceEquals(slots, _slots) || !ReferenceEquals(slots[index].Key, k)) break;
                        if (equal) return index;
                    }
                }
                i = (i << 2) + i + perturb + 1;
                perturb >>= PerturbShift;
                index = (int)(i & mask);
            }
        }
    }

    /// <summary>
    /// A lookup that only reads: the slot holding key, or -1. Same probes and comparisons as FindSlot, without
    /// the bookkeeping of a free slot, because misses (a global name looked up before the builtins) are common.
    /// </summary>
    private int Lookup(PyObject key, long hash)
    {
        while (true)
        {
            var slots = _slots;
            var mask = (ulong)slots.Length - 1;
            var i = (ulong)hash;
            var perturb = (ulong)hash;
            var index = (int)(i & mask);
            while (true)
            {
                ref var s = ref slots[index];
                var k = s.Key;
                if (k is null) return -1;
                if (ReferenceEquals(k, key)) return index;
                if (s.Hash == hash && s.Value is not null)
                {
                    if (k.GetType() == typeof(PyStr) && key.GetType() == typeof(PyStr))
                    {
                        if (((PyStr)k).Value == ((PyStr)key).Value) return index;
                    }
                    else
                    {
                        var equal = Ops.Eq(k, key);
                        if (!ReferenceEquals(slots, _slots) || !ReferenceEquals(slots[index].Key, k)) break;
                        if (equal) return index;
                    }
                }
                i = (i << 2) + i + perturb + 1;
                perturb >>= PerturbShift;
                index = (int)(i & mask);
            }
        }
    }

    /// <summary>
    /// The lookdict_string fast path for a .NET string key: the slot of an equal str (or ASCII unicode) key, or -1.
    /// Same probe sequence as FindSlot; never runs Python code.
    /// </summary>
    private int FindStr(string key, long hash)
    {
        var slots = _slots;
        var mask = (ulong)slots.Length - 1;
        var i = (ulong)hash;
        var perturb = (ulong)hash;
        var index = (int)(i & mask);
        while (true)
        {
            ref var s = ref slots[index];
            var k = s.Key;
            if (k is null) return -1;
            if (s.Hash == hash && k is PyBaseString ks && s.Value is not null && ks.Value == key && (ks is PyStr || IsAscii(key)))
                return index;
            i = (i << 2) + i + perturb + 1;
            perturb >>= PerturbShift;
            index = (int)(i & mask);
        }
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s) if (c > 127) return false;
        return true;
    }

    /// <summary>insertdict: store key → value (an existing key keeps its key object), without the growth check.</summary>
    private void Insert(PyObject key, long hash, PyObject value)
    {
        int i;
        do
        {
            if (ReferenceEquals(_slots, s_emptyTable)) _slots = new Slot[MinSize];
            i = FindSlot(key, hash);
            // A key's __eq__ may have cleared this dict during the search: never write the shared empty table.
        } while (ReferenceEquals(_slots, s_emptyTable));
        ref var s = ref _slots[i];
        if (s.Value is not null) { s.Value = value; return; }
        if (s.Key is null) _fill++;
        s.Hash = hash;
        s.Value = value;
        s.Key = key;
        _used++;
    }

    /// <summary>
    /// insertdict for callers that skip the growth check because they sized the table first (merge, fromkeys).
    /// Only a key whose __eq__ inserts into this very dict could fill it; grow then rather than loop forever.
    /// </summary>
    private void InsertPresized(PyObject key, long hash, PyObject value)
    {
        Insert(key, hash, value);
        if (_fill >= _slots.Length - 1) Grow();
    }

    /// <summary>PyDict_SetItem's growth: four times the live entries (twice past 50000).</summary>
    private void Grow() => Resize(_used > 50000 ? _used * 2 : _used * 4);

    /// <summary>
    /// dictresize: a new table of the smallest size above minUsed, the live entries reinserted in old table
    /// order (dummies dropped). An 8-slot table without dummies is left alone.
    /// </summary>
    private void Resize(int minUsed)
    {
        var size = MinSize;
        while (size <= minUsed && size > 0) size <<= 1;
        if (size <= 0) throw PyErr.New(BuiltinTypes.MemoryError, "");
        var old = _slots;
        if (size == MinSize && old.Length == MinSize && _fill == _used) return;
        var fresh = new Slot[size];
        var mask = (ulong)size - 1;
        var count = 0;
        for (var j = 0; j < old.Length; j++)
        {
            ref var e = ref old[j];
            if (e.Value is null) continue;
            // insertdict_clean: the new table has no dummies and no equal keys, so the first empty slot wins.
            var i = (ulong)e.Hash;
            var perturb = (ulong)e.Hash;
            var index = (int)(i & mask);
            while (fresh[index].Key is not null)
            {
                i = (i << 2) + i + perturb + 1;
                perturb >>= PerturbShift;
                index = (int)(i & mask);
            }
            fresh[index] = e;
            count++;
        }
        _fill = _used = count;
        _slots = fresh;
    }
}
