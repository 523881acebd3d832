namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Checks, before a builtin makes a large allocation, that the running request may have it (issue 7 item 6):
/// the run's allocation budget (ExecutionLimits.MaxAllocatedBytes) and the server-wide bound on the managed
/// heap (ExecutionLimits.MaxProcessHeapBytes). A refused request is CPython's MemoryError, raised before
/// anything is allocated, so the script can even catch it and go on. Small requests cost one comparison.
/// </summary>
public static class MemoryBudget
{
    /// <summary>Below this a request is not checked: the periodic limit check sees what small ones add up to.</summary>
    private const long CheckFrom = 1 << 20;

    /// <summary>The largest .NET string or array we make (the framework's own limit is near 2**31 elements).</summary>
    public const long MaxElements = int.MaxValue - 1024;

    public static void Reserve(long bytes)
    {
        if (bytes < CheckFrom) return;
        PyContext.CurrentOrNull?.ReserveMemory(bytes);
    }

    /// <summary>A string of <paramref name="length"/> characters (two bytes each).</summary>
    public static void ReserveChars(long length)
    {
        if (length < 0 || length > MaxElements) throw PyErr.MemoryError();
        Reserve(length * 2);
    }

    /// <summary>An array of object references.</summary>
    public static void ReserveItems(long count)
    {
        if (count < 0 || count > MaxElements) throw PyErr.MemoryError();
        Reserve(count * 8);
    }

    /// <summary>Multiplies two non-negative sizes, MemoryError when the product cannot be an allocation.</summary>
    public static long Product(long a, long b)
    {
        if (a == 0 || b == 0) return 0;
        if (a > MaxElements / b) throw PyErr.MemoryError();
        return a * b;
    }
}
