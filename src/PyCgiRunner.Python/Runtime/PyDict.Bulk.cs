namespace PyCgiRunner.Python.Runtime;

// Whole-table operations, each following the CPython 2.7 function named in its comment, because where and when
// the table is resized decides the order the keys come out in. PySet uses the same table and calls these too
// (setobject.c's rules are the same as dictobject.c's for everything here).
public partial class PyDict
{
    /// <summary>PyDict_Copy: a new dict merged from this one (so a copy may have a smaller table than its source).</summary>
    public PyDict Copy()
    {
        var d = new PyDict();
        d.Update(this);
        return d;
    }

    /// <summary>
    /// PyDict_Merge(this, other, override=1) for a dict source, also set_merge for sets: one resize up front
    /// when the source's entries would push the table past two-thirds, then every live entry of the source in
    /// its table order, with no growth check in between.
    /// </summary>
    public void Update(PyDict other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((_fill + other._used) * 3 >= _slots.Length * 2) Resize((_used + other._used) * 2);
        // By position over the source's live table, as CPython does (a key's __eq__ may change either dict).
        for (var i = 0; i < other._slots.Length; i++)
        {
            var e = other._slots[i];
            if (e.Value is not null) InsertPresized(e.Key!, e.Hash, e.Value);
        }
    }

    /// <summary>
    /// dict.fromkeys(d_or_set, value) when both the result and the source are exact builtins: the table sized
    /// for len(source) / 2 * 3 entries, then the source's keys in its table order without growth checks.
    /// </summary>
    internal void FillFromKeysOf(PyDict source, PyObject value)
    {
        Resize(source._used / 2 * 3);
        for (var i = 0; i < source._slots.Length; i++)
        {
            var e = source._slots[i];
            if (e.Value is not null) InsertPresized(e.Key!, e.Hash, value);
        }
    }

    /// <summary>
    /// set_update_internal from an exact dict: one resize up front as in Update, then each key of the dict in
    /// table order added with the usual growth check (set_add_entry).
    /// </summary>
    internal void AddKeysOf(PyDict source, PyObject value)
    {
        if ((_fill + source._used) * 3 >= _slots.Length * 2) Resize((_used + source._used) * 2);
        for (var i = 0; i < source._slots.Length; i++)
        {
            var e = source._slots[i];
            if (e.Value is not null) Set(e.Key!, value, e.Hash);
        }
    }

    /// <summary>
    /// set_difference_update's clean-up: when more than a fifth of the table is dummies, rebuild it at the
    /// growth size so later probes stay short.
    /// </summary>
    internal void PurgeDummiesIfMany()
    {
        if ((_fill - _used) * 5 < _slots.Length - 1) return;
        Grow();
    }

    /// <summary>
    /// dict.popitem and set.pop: slot 0 if it is live, else a scan from the search finger that the hash field of
    /// slot 0 holds (1 when that is out of range); the finger is left one past the slot taken.
    /// </summary>
    internal bool TryPopFirst(out PyObject key, out PyObject value)
    {
        key = value = null!;
        if (_used == 0) return false;
        var slots = _slots;
        var i = 0;
        if (slots[0].Value is null)
        {
            var finger = slots[0].Hash;
            i = finger > slots.Length - 1 || finger < 1 ? 1 : (int)finger;
            while (slots[i].Value is null)
            {
                i++;
                if (i > slots.Length - 1) i = 1;
            }
        }
        ref var s = ref slots[i];
        key = s.Key!;
        value = s.Value!;
        s.Key = Dummy;
        s.Value = null;
        _used--;
        slots[0].Hash = i + 1;
        return true;
    }

    /// <summary>PyDict_Clear / set_clear_internal: back to an empty 8-slot table (search finger included).</summary>
    public void Clear()
    {
        _slots = s_emptyTable;
        _fill = _used = 0;
    }

    /// <summary>Key and stored hash of each live slot from position on (set_next), for set algebra.</summary>
    internal bool TryGetKeyAt(ref int position, out PyObject key, out long hash)
    {
        var slots = _slots;
        while (position < slots.Length)
        {
            ref var s = ref slots[position++];
            if (s.Value is not null) { key = s.Key!; hash = s.Hash; return true; }
        }
        key = null!;
        hash = 0;
        return false;
    }

    /// <summary>set_swap_bodies, one way: this dict takes other's table as it is (intersection_update).</summary>
    internal void TakeTableOf(PyDict other)
    {
        _slots = other._slots;
        _fill = other._fill;
        _used = other._used;
        other.Clear();
    }
}
