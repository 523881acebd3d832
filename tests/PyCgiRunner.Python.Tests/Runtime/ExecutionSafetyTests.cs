using PyCgiRunner.Python.Hosting;
using PyCgiRunner.Python.Tests.Support;

namespace PyCgiRunner.Python.Tests.Runtime;

/// <summary>A script can neither crash the host nor run forever.</summary>
public sealed class ExecutionSafetyTests
{
    [Fact]
    public void UnboundedRecursion_RaisesRuntimeError()
    {
        var o = Py.Run("def f(n):\n    return f(n + 1)\nf(0)\n");
        Assert.Equal(1, o.Result.ExitCode);
        Assert.Equal("RuntimeError: maximum recursion depth exceeded", o.LastErrorLine);
    }

    [Fact]
    public void UnboundedRecursion_OnSmallStackThread_RaisesRuntimeErrorInsteadOfCrashing()
    {
        Py.Outcome? outcome = null;
        // 512 KB is smaller than the default thread-pool stack: the stack probe must stop the recursion.
        var thread = new Thread(() => outcome = Py.Run("import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return [f(n + 1)]\nf(0)\n", onCurrentThread: true), 512 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("RuntimeError: maximum recursion depth exceeded", outcome!.LastErrorLine);
    }

    [Fact]
    public void RecursionError_CanBeCaughtAndTheProgramContinues()
    {
        Assert.Equal("caught\nafter 5\n", Py.Out("def f():\n    f()\ntry:\n    f()\nexcept RuntimeError:\n    print 'caught'\ndef g(n):\n    return n if n == 0 else g(n - 1) + 1\nprint 'after', g(5)\n"));
    }

    [Fact]
    public void InfiniteLoop_IsStoppedAtTheDeadline()
    {
        var o = Py.Run("while True:\n    pass\n", new ExecutionLimits { Deadline = DateTime.UtcNow.AddMilliseconds(300) });
        Assert.Equal(ScriptStopReason.TimeLimit, o.Result.StoppedBy);
    }

    [Fact]
    public void InfiniteLoop_CannotCatchTheStop()
    {
        var o = Py.Run("while True:\n    try:\n        while True: pass\n    except:\n        pass\n", new ExecutionLimits { Deadline = DateTime.UtcNow.AddMilliseconds(300) });
        Assert.Equal(ScriptStopReason.TimeLimit, o.Result.StoppedBy);
    }

    [Fact]
    public void Cancellation_StopsARunningScript()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var o = Py.Run("n = 0\nwhile True:\n    n += 1\n", new ExecutionLimits { Cancellation = cts.Token });
        Assert.NotNull(o.Result.StoppedBy);
    }

    [Fact]
    public void AllocationBudget_StopsAMemoryHog()
    {
        var o = Py.Run("data = []\nwhile True:\n    data.append('x' * 100000)\n", new ExecutionLimits { MaxAllocatedBytes = 50_000_000, Deadline = DateTime.UtcNow.AddSeconds(20) });
        Assert.Equal(ScriptStopReason.MemoryLimit, o.Result.StoppedBy);
    }
}
