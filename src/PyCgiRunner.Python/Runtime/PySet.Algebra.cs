namespace PyCgiRunner.Python.Runtime;

// Set algebra as CPython 2.7's setobject.c does it: which operand is iterated, in which order results are
// filled, and when a table is merged whole, because that decides the order of the result.
public partial class PySet
{
    /// <summary>
    /// set_update_internal: another set is merged table to table (set_merge), an exact dict adds its keys in
    /// table order after one resize up front, anything else is iterated and added one by one.
    /// </summary>
    public void UpdateFrom(PyObject other)
    {
        if (other is PySet s) { Table.Update(s.Table); return; }
        if (other is PyDict d && d.Type == BuiltinTypes.Dict) { Table.AddKeysOf(d, Member); return; }
        var it = Ops.GetIter(other);
        while (Ops.Next(it, out var v)) Add(v);
    }

    /// <summary>set_copy: a new set of the same kind merged from this one.</summary>
    public PySet Copy()
    {
        var copy = NewOfSameKind();
        copy.UpdateFrom(this);
        return copy;
    }

    /// <summary>set_or / set.union: a copy of this set, then each other operand merged in turn.</summary>
    public PySet Union(params PyObject[] others)
    {
        var result = Copy();
        foreach (var o in others)
            if (!ReferenceEquals(o, this)) result.UpdateFrom(o);
        return result;
    }

    /// <summary>
    /// set_intersection: with another set, the smaller one is iterated (the argument when sizes are equal) and
    /// its members found in the larger are added in that order; any other iterable is iterated as given.
    /// </summary>
    public PySet Intersection(PyObject other)
    {
        if (ReferenceEquals(other, this)) return Copy();
        var result = NewOfSameKind();
        if (other is PySet o)
        {
            var (small, large) = o.Count > Count ? (this, o) : (o, this);
            var position = 0;
            while (small.Table.TryGetKeyAt(ref position, out var k, out var h))
                if (large.Table.ContainsKey(k, h)) result.AddEntry(k, h);
            return result;
        }
        var it = Ops.GetIter(other);
        while (Ops.Next(it, out var v))
        {
            var h = Ops.Hash(v);
            if (Table.ContainsKey(v, h)) result.AddEntry(v, h);
        }
        return result;
    }

    /// <summary>set.intersection(*others): each step intersects the previous result (a copy when none).</summary>
    public PySet IntersectionMulti(PyObject[] others)
    {
        if (others.Length == 0) return Copy();
        var result = this;
        foreach (var o in others) result = result.Intersection(o);
        return result;
    }

    /// <summary>set_intersection_update: this set takes the intersection's table as it is (set_swap_bodies).</summary>
    public void IntersectionUpdate(params PyObject[] others)
    {
        var result = IntersectionMulti(others);
        if (!ReferenceEquals(result, this)) Table.TakeTableOf(result.Table);
    }

    /// <summary>
    /// set_difference: this set's members in its table order that the other lacks; for an operand that is neither
    /// a set nor an exact dict, a copy of this set with the operand's items discarded.
    /// </summary>
    public PySet Difference(PyObject other)
    {
        PyDict? lookup = other switch
        {
            PySet s => s.Table,
            PyDict d when d.Type == BuiltinTypes.Dict => d,
            _ => null,
        };
        if (lookup is null)
        {
            var copy = Copy();
            copy.DifferenceUpdate(other);
            return copy;
        }
        var result = NewOfSameKind();
        var position = 0;
        while (Table.TryGetKeyAt(ref position, out var k, out var h))
            if (!lookup.ContainsKey(k, h)) result.AddEntry(k, h);
        return result;
    }

    /// <summary>set.difference(*others): the first difference, then the rest removed in place.</summary>
    public PySet DifferenceMulti(PyObject[] others)
    {
        if (others.Length == 0) return Copy();
        var result = Difference(others[0]);
        for (var i = 1; i < others.Length; i++) result.DifferenceUpdate(others[i]);
        return result;
    }

    /// <summary>
    /// set_difference_update_internal: discard the other's members (a set's in its table order), then rebuild
    /// the table when more than a fifth of it is dummies.
    /// </summary>
    public void DifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this)) { Clear(); return; }
        if (other is PySet s)
        {
            var position = 0;
            while (s.Table.TryGetKeyAt(ref position, out var k, out var h)) Table.Remove(k, h);
        }
        else
        {
            var it = Ops.GetIter(other);
            while (Ops.Next(it, out var v)) Table.Remove(v);
        }
        Table.PurgeDummiesIfMany();
    }

    /// <summary>set_symmetric_difference: a new set built from the other operand, then updated with this one.</summary>
    public PySet SymmetricDifference(PyObject other)
    {
        var result = NewOfSameKind();
        result.UpdateFrom(other);
        result.SymmetricDifferenceUpdate(this);
        return result;
    }

    /// <summary>
    /// set_symmetric_difference_update: for each member of the other operand (an exact dict's or a set's keys in
    /// table order, else a set made from it), discard it here, or add it when it was not here.
    /// </summary>
    public void SymmetricDifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this)) { Clear(); return; }
        PyDict source;
        if (other is PyDict d && d.Type == BuiltinTypes.Dict) source = d;
        else if (other is PySet s) source = s.Table;
        else
        {
            var made = NewOfSameKind();
            made.UpdateFrom(other);
            source = made.Table;
        }
        var position = 0;
        while (source.TryGetKeyAt(ref position, out var k, out var h))
            if (!Table.Remove(k, h)) AddEntry(k, h);
    }
}
