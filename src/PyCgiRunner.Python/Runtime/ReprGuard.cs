namespace PyCgiRunner.Python.Runtime;

/// <summary>Detects recursive containers during repr (a list containing itself prints as [...]).</summary>
public readonly struct ReprGuard : IDisposable
{
    [ThreadStatic] private static HashSet<object>? t_active;
    private readonly object? _obj;

    private ReprGuard(object? obj) { _obj = obj; }

    public bool Entered => _obj is not null;

    public static ReprGuard Enter(object obj)
    {
        t_active ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        return t_active.Add(obj) ? new ReprGuard(obj) : new ReprGuard(null);
    }

    public void Dispose()
    {
        if (_obj is not null) t_active!.Remove(_obj);
    }
}
