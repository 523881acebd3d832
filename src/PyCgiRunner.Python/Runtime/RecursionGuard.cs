using System.Runtime.CompilerServices;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// CPython's Py_EnterRecursiveCall for the runtime's own recursive paths (compare, repr, hash, isinstance, calls
/// of callable objects, pickling, copying): one more level of the run's recursion depth, and a probe of the real
/// .NET stack, so deep or self-referencing data ends in RuntimeError whatever the recursion limit, never in a
/// stack overflow that would take the host down. Use as <c>using var g = RecursionGuard.Enter(" in cmp");</c>.
/// </summary>
public readonly struct RecursionGuard : IDisposable
{
    private readonly PyContext? _ctx;

    private RecursionGuard(PyContext ctx) { _ctx = ctx; }

    public static RecursionGuard Enter(string where)
    {
        var ctx = PyContext.CurrentOrNull;
        if (ctx is null)
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw PyErr.RuntimeError("maximum recursion depth exceeded" + where);
            return default;
        }
        if (++ctx.Depth > ctx.RecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ctx.Depth--;
            throw PyErr.RuntimeError("maximum recursion depth exceeded" + where);
        }
        return new RecursionGuard(ctx);
    }

    /// <summary>A bare stack probe, for recursive walks that keep no Python depth (compiler passes).</summary>
    public static bool StackIsLow => !RuntimeHelpers.TryEnsureSufficientExecutionStack();

    public void Dispose()
    {
        if (_ctx is not null) _ctx.Depth--;
    }
}
