namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// The suspended state of a generator's frame: its statements are resumable in place, with no second
/// implementation and no thread. When a yield suspends, it returns Completion.Yield, and each statement on the
/// way out to the body pushes what it needs to continue (a block's child index, a loop's iterator, a pending
/// finally), innermost first. On resume the body pops first and re-enters the child it was in, and so on down
/// to the yield, which then delivers the sent value or raises the thrown exception (PEP 342).
/// </summary>
public sealed class ResumeStack
{
    /// <summary>One suspended statement: where it was (a child index, a loop counter or a phase) and its state.</summary>
    public readonly record struct Entry(long Index, object? State);

    private Entry[] _entries = new Entry[8];
    private int _count;

    /// <summary>The value the suspending yield hands to next()/send().</summary>
    public PyObject Yielded = PyNone.Instance;

    /// <summary>What send() delivers to the yield when the generator resumes (None for next()).</summary>
    public PyObject Sent = PyNone.Instance;

    /// <summary>What throw() or close() raises at the yield when the generator resumes.</summary>
    public PythonException? Thrown;

    public void Push(long index, object? state)
    {
        if (_count == _entries.Length) Array.Resize(ref _entries, _count * 2);
        _entries[_count++] = new Entry(index, state);
    }

    public Entry Pop()
    {
        var e = _entries[--_count];
        _entries[_count] = default;
        return e;
    }

    /// <summary>Forgets every entry (the generator finished or failed while entries were pending).</summary>
    public void Clear()
    {
        Array.Clear(_entries, 0, _count);
        _count = 0;
    }
}
