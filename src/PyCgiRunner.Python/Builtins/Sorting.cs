using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>
/// list.sort and sorted(): a stable sort with cmp, key and reverse (Python 2.7 semantics). Our own merge sort
/// (binary insertion for short runs, then bottom-up merges) rather than the framework's, so that an exception a
/// comparison raises reaches the script as itself (Array.Sort would wrap it) and an inconsistent cmp cannot make
/// the sort fail or loop.
/// </summary>
public static class Sorting
{
    private const int RunLength = 32;

    public static void SortList(PyList list, PyObject? cmp, PyObject? key, bool reverse)
    {
        if (cmp is PyNone) cmp = null;
        if (key is PyNone) key = null;
        var items = list.ToArray();
        var keys = key is null ? items : items.Select(i => key.Call([i], null)).ToArray();
        Func<PyObject, PyObject, bool> less = cmp is null
            ? Less
            : (a, b) => Ops.ToLong(cmp.Call([a, b], null)) < 0;
        // Reverse keeps ties in their original order, as CPython does (it reverses, sorts, reverses back).
        if (reverse) { Array.Reverse(items); Array.Reverse(keys); }
        var order = Enumerable.Range(0, items.Length).ToArray();
        MergeSort(order, keys, less);
        var result = new PyObject[items.Length];
        for (var i = 0; i < order.Length; i++) result[i] = items[order[i]];
        if (reverse) Array.Reverse(result);
        list.SetContents(result, result.Length);
    }

    private static void MergeSort(int[] order, PyObject[] keys, Func<PyObject, PyObject, bool> less)
    {
        var n = order.Length;
        for (var start = 0; start < n; start += RunLength)
            InsertionSort(order, start, Math.Min(start + RunLength, n), keys, less);
        var ctx = PyContext.CurrentOrNull;
        var buffer = new int[n];
        for (var width = RunLength; width < n; width *= 2)
        {
            ctx?.CheckLimits();
            for (var lo = 0; lo < n - width; lo += 2 * width)
                Merge(order, buffer, lo, lo + width, Math.Min(lo + 2 * width, n), keys, less);
        }
    }

    // Binary insertion: a new element goes after every equal one, which keeps the sort stable.
    private static void InsertionSort(int[] order, int lo, int hi, PyObject[] keys, Func<PyObject, PyObject, bool> less)
    {
        for (var i = lo + 1; i < hi; i++)
        {
            var x = order[i];
            int left = lo, right = i;
            while (left < right)
            {
                var mid = (left + right) >> 1;
                if (less(keys[x], keys[order[mid]])) right = mid; else left = mid + 1;
            }
            Array.Copy(order, left, order, left + 1, i - left);
            order[left] = x;
        }
    }

    private static void Merge(int[] order, int[] buffer, int lo, int mid, int hi, PyObject[] keys, Func<PyObject, PyObject, bool> less)
    {
        Array.Copy(order, lo, buffer, lo, mid - lo);
        int a = lo, b = mid, o = lo;
        while (a < mid && b < hi)
            order[o++] = less(keys[order[b]], keys[buffer[a]]) ? order[b++] : buffer[a++];
        while (a < mid) order[o++] = buffer[a++];
    }

    private static bool Less(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && !a.Type.IsHeapType && !b.Type.IsHeapType) return x.Value < y.Value;
        if (a is PyStr s && b is PyStr t && !a.Type.IsHeapType && !b.Type.IsHeapType) return string.CompareOrdinal(s.Value, t.Value) < 0;
        return Ops.CompareBool(a, b, CompareOp.Lt);
    }
}
