using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>list.sort and sorted(): a stable sort with cmp, key and reverse (Python 2.7 semantics).</summary>
public static class Sorting
{
    public static void SortList(PyList list, PyObject? cmp, PyObject? key, bool reverse)
    {
        if (cmp is PyNone) cmp = null;
        if (key is PyNone) key = null;
        var items = list.ToArray();
        var keys = key is null ? items : items.Select(i => key.Call([i], null)).ToArray();
        var index = Enumerable.Range(0, items.Length).ToArray();
        Comparison<int> compare = cmp is null
            ? (a, b) => Less(keys[a], keys[b]) ? -1 : Less(keys[b], keys[a]) ? 1 : 0
            : (a, b) => Math.Sign(Ops.ToLong(cmp.Call([keys[a], keys[b]], null)));
        if (reverse)
        {
            var forward = compare;
            compare = (a, b) => forward(b, a);
        }
        // Stable: ties keep their original order (also under reverse, as in CPython).
        var sorted = index.OrderBy(i => i, Comparer<int>.Create((a, b) =>
        {
            var c = compare(a, b);
            return c != 0 ? c : a.CompareTo(b);
        })).ToArray();
        var result = sorted.Select(i => items[i]).ToArray();
        list.SetContents(result, result.Length);
    }

    private static bool Less(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && !a.Type.IsHeapType && !b.Type.IsHeapType) return x.Value < y.Value;
        if (a is PyStr s && b is PyStr t && !a.Type.IsHeapType && !b.Type.IsHeapType) return string.CompareOrdinal(s.Value, t.Value) < 0;
        return Ops.CompareBool(a, b, CompareOp.Lt);
    }
}
