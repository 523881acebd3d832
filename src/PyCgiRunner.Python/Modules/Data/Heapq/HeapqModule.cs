using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Heapq;

/// <summary>
/// _heapq (CPython 2.7's Modules/_heapqmodule.c): the heap primitives on lists and the plain nlargest and
/// nsmallest that the library's heapq.py wraps with its key= versions. Items are ordered by
/// <see cref="HeapOrder.Less"/> (__lt__ when the item has one, else "not y &lt;= x"), and the comparisons happen
/// in CPython's order, so objects that count or print their comparisons see the same ones.
/// </summary>
[PythonModule("_heapq", Doc = "Heap queue primitives on lists: heap[0] is the smallest item, and heap[k] <= heap[2*k+1],\nheap[2*k+2] for every k.")]
internal static partial class HeapqModule
{
    private static PyList Heap(PyObject heap) => heap as PyList ?? throw PyErr.TypeError("heap argument must be a list");

    private static void Pair(string name, PyObject[] args)
    {
        if (args.Length != 2) throw PyErr.TypeError($"{name} expected 2 arguments, got {args.Length}");
    }

    [PythonFunction(Doc = "heappush(heap, item) -> None. Adds item, keeping the list a heap.")]
    public static void heappush(params PyObject[] args)
    {
        Pair("heappush", args);
        var heap = Heap(args[0]);
        heap.Append(args[1]);
        HeapOrder.SiftDown(heap, 0, heap.Count - 1);
    }

    [PythonFunction(Doc = "heappop(heap) -> the smallest item, taken out; the list stays a heap.")]
    public static PyObject heappop(PyObject heap)
    {
        var list = Heap(heap);
        if (list.Count == 0) throw PyErr.IndexError("index out of range");
        var last = list.PopAt(list.Count - 1);
        if (list.Count == 0) return last;
        var result = list[0];
        list[0] = last;
        HeapOrder.SiftUp(list, 0);
        return result;
    }

    [PythonFunction(Doc = "heapreplace(heap, item) -> value. Pops the smallest item and pushes item in one step;\nthe item returned may be larger than the one pushed.")]
    public static PyObject heapreplace(params PyObject[] args)
    {
        Pair("heapreplace", args);
        var heap = Heap(args[0]);
        if (heap.Count == 0) throw PyErr.IndexError("index out of range");
        var result = heap[0];
        heap[0] = args[1];
        HeapOrder.SiftUp(heap, 0);
        return result;
    }

    [PythonFunction(Doc = "heappushpop(heap, item) -> value. Pushes item, then pops and returns the smallest item,\nfaster than the two calls.")]
    public static PyObject heappushpop(params PyObject[] args)
    {
        Pair("heappushpop", args);
        var heap = Heap(args[0]);
        if (heap.Count == 0 || !HeapOrder.Less(heap[0], args[1])) return args[1];
        if (heap.Count == 0) throw PyErr.IndexError("index out of range");
        var result = heap[0];
        heap[0] = args[1];
        HeapOrder.SiftUp(heap, 0);
        return result;
    }

    [PythonFunction(Doc = "heapify(list): reorders the list into a heap, in linear time.")]
    public static void heapify(PyObject heap)
    {
        var list = Heap(heap);
        for (var i = list.Count / 2 - 1; i >= 0; i--) HeapOrder.SiftUp(list, i);
    }

    /// <summary>A min-heap of the first n items; a later item bigger than the smallest kept replaces it.</summary>
    [PythonFunction(Doc = "nlargest(n, iterable) -> the n largest items, largest first\n(what sorted(iterable, reverse=True)[:n] gives).\n")]
    public static PyList nlargest(long n, PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        var heap = First(it, n, out var more);
        if (more && heap.Count > 0)
        {
            for (var i = heap.Count / 2 - 1; i >= 0; i--) HeapOrder.SiftUp(heap, i);
            while (Ops.Next(it, out var item))
            {
                if (!HeapOrder.Less(heap[0], item)) continue;
                heap[0] = item;
                HeapOrder.SiftUp(heap, 0);
            }
        }
        Sorting.SortList(heap, null, null, false);
        heap.Reverse();
        return heap;
    }

    /// <summary>A max-heap of the first n items; a later item smaller than the largest kept replaces it.</summary>
    [PythonFunction(Doc = "nsmallest(n, iterable) -> the n smallest items, smallest first\n(what sorted(iterable)[:n] gives).\n")]
    public static PyList nsmallest(long n, PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        var heap = First(it, n, out var more);
        if (more && heap.Count > 0)
        {
            for (var i = heap.Count / 2 - 1; i >= 0; i--) HeapOrder.SiftUpMax(heap, i);
            while (Ops.Next(it, out var item))
            {
                if (!HeapOrder.Less(item, heap[0])) continue;
                heap[0] = item;
                HeapOrder.SiftUpMax(heap, 0);
            }
        }
        Sorting.SortList(heap, null, null, false);
        return heap;
    }

    /// <summary>Up to n items from the iterator; more is false when it ran out first.</summary>
    private static PyList First(PyObject it, long n, out bool more)
    {
        var heap = new PyList();
        for (long i = 0; i < n; i++)
        {
            if (!Ops.Next(it, out var item)) { more = false; return heap; }
            heap.Append(item);
        }
        more = true;
        return heap;
    }
}
