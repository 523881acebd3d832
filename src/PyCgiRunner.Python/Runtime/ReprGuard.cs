namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Detects recursive containers during repr (a list containing itself prints as [...]), and counts each level
/// as CPython's Py_EnterRecursiveCall does, so repr of deeply nested data is a RuntimeError, not a stack overflow.
/// </summary>
public readonly struct ReprGuard : IDisposable
{
    [ThreadStatic] private static HashSet<object>? t_active;
    private readonly object? _obj;
    private readonly RecursionGuard _depth;

    private ReprGuard(object? obj, RecursionGuard depth) { _obj = obj; _depth = depth; }

    public bool Entered => _obj is not null;

    public static ReprGuard Enter(object obj)
    {
        var depth = RecursionGuard.Enter(" while getting the repr of an object");
        t_active ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        return new ReprGuard(t_active.Add(obj) ? obj : null, depth);
    }

    public void Dispose()
    {
        if (_obj is not null) t_active!.Remove(_obj);
        _depth.Dispose();
    }
}
