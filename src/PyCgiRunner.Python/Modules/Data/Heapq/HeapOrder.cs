using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Heapq;

/// <summary>
/// The sift operations of _heapq on a list, comparing as cmp_lt does and refusing to go on when a comparison
/// changed the heap's size (CPython's "list changed size during iteration").
/// </summary>
internal static class HeapOrder
{
    /// <summary>cmp_lt: x &lt; y when x has an __lt__ attribute, else not (y &lt;= x) (issue 3051).</summary>
    public static bool Less(PyObject x, PyObject y)
        => Ops.TryGetAttr(x, "__lt__", out _) ? Ops.CompareBool(x, y, CompareOp.Lt) : !Ops.CompareBool(y, x, CompareOp.Le);

    private static void CheckSize(PyList heap, int size)
    {
        if (heap.Count != size) throw PyErr.RuntimeError("list changed size during iteration");
    }

    /// <summary>Moves the item at pos up towards startpos while it is smaller than its parent (swapping).</summary>
    public static void SiftDown(PyList heap, int startpos, int pos)
    {
        var size = heap.Count;
        if (pos >= size) throw PyErr.IndexError("index out of range");
        while (pos > startpos)
        {
            var parentpos = (pos - 1) >> 1;
            var smaller = Less(heap[pos], heap[parentpos]);
            CheckSize(heap, size);
            if (!smaller) break;
            (heap[parentpos], heap[pos]) = (heap[pos], heap[parentpos]);
            pos = parentpos;
        }
    }

    /// <summary>Bubbles the smaller child up from pos to a leaf, then sifts the moved item back down.</summary>
    public static void SiftUp(PyList heap, int pos)
    {
        var endpos = heap.Count;
        var startpos = pos;
        if (pos >= endpos) throw PyErr.IndexError("index out of range");
        var limit = endpos / 2;
        while (pos < limit)
        {
            var childpos = 2 * pos + 1;
            var rightpos = childpos + 1;
            if (rightpos < endpos)
            {
                if (!Less(heap[childpos], heap[rightpos])) childpos = rightpos;
                CheckSize(heap, endpos);
            }
            (heap[childpos], heap[pos]) = (heap[pos], heap[childpos]);
            pos = childpos;
        }
        SiftDown(heap, startpos, pos);
    }

    /// <summary>The max-heap of nsmallest: holds the item and moves bigger parents down.</summary>
    private static void SiftDownMax(PyList heap, int startpos, int pos)
    {
        var item = heap[pos];
        while (pos > startpos)
        {
            var parentpos = (pos - 1) >> 1;
            var parent = heap[parentpos];
            if (!Less(parent, item)) break;
            heap[pos] = parent;
            pos = parentpos;
        }
        heap[pos] = item;
    }

    public static void SiftUpMax(PyList heap, int pos)
    {
        var endpos = heap.Count;
        var startpos = pos;
        var item = heap[pos];
        var childpos = 2 * pos + 1;
        while (childpos < endpos)
        {
            var rightpos = childpos + 1;
            if (rightpos < endpos && !Less(heap[rightpos], heap[childpos])) childpos = rightpos;
            heap[pos] = heap[childpos];
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        heap[pos] = item;
        SiftDownMax(heap, startpos, pos);
    }
}
