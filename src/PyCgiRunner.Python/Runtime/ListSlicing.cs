namespace PyCgiRunner.Python.Runtime;

/// <summary>Slice assignment and deletion on lists (Python 2.7 reference §6.2 and §6.5).</summary>
public static class ListSlicing
{
    public static void AssignSlice(PyList list, PySlice slice, PyObject value)
    {
        var items = ReferenceEquals(value, list) ? list.ToArray() : Ops.ToArray(value, "can only assign an iterable");
        var (start, stop, step, count) = slice.Indices(list.Count);
        if (step == 1)
        {
            if (stop < start) stop = start;
            var old = list.ToArray();
            var result = new PyObject[old.Length - (stop - start) + items.Length];
            Array.Copy(old, 0, result, 0, start);
            Array.Copy(items, 0, result, start, items.Length);
            Array.Copy(old, stop, result, start + items.Length, old.Length - stop);
            list.SetContents(result, result.Length);
            return;
        }
        if (items.Length != count)
            throw PyErr.ValueError($"attempt to assign sequence of size {items.Length} to extended slice of size {count}");
        for (int i = 0, j = start; i < count; i++, j += step) list[j] = items[i];
    }

    public static void DeleteSlice(PyList list, PySlice slice)
    {
        var (start, _, step, count) = slice.Indices(list.Count);
        if (count <= 0) return;
        var remove = new bool[list.Count];
        for (int i = 0, j = start; i < count; i++, j += step) remove[j] = true;
        var kept = new List<PyObject>(list.Count - count);
        for (var i = 0; i < list.Count; i++) if (!remove[i]) kept.Add(list[i]);
        var arr = kept.ToArray();
        list.SetContents(arr, arr.Length);
    }
}
