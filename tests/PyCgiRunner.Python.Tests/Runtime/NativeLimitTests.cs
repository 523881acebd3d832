using System.Diagnostics;
using PyCgiRunner.Python.Hosting;
using PyCgiRunner.Python.Tests.Support;

namespace PyCgiRunner.Python.Tests.Runtime;

/// <summary>
/// The memory and time limits hold inside native code (issue 7 items 6 and 7): a builtin asked for more than the
/// run's budget raises MemoryError before it allocates, and native loops stop at the deadline.
/// </summary>
public sealed class NativeLimitTests
{
    private static ExecutionLimits Budget(long bytes = 256L * 1024 * 1024, double seconds = 20)
        => new() { MaxAllocatedBytes = bytes, Deadline = DateTime.UtcNow.AddSeconds(seconds) };

    [Theory]
    [InlineData("x = '%*d' % (10**9, 1)")]
    [InlineData("x = '{:>1000000000}'.format(1)")]
    [InlineData("x = 'a'.center(10**9)")]
    [InlineData("x = u'a'.ljust(10**9)")]
    [InlineData("x = 'a'.zfill(10**9)")]
    [InlineData("x = '\\t'.expandtabs(10**9)")]
    [InlineData("import array\nx = array.array('d', [0.0]) * 10**9")]
    [InlineData("x = [[0] * 10**8 for i in range(20)]")]
    [InlineData("raise ValueError('x' * 10**9)")]
    [InlineData("x = 'ab' * 10**9")]
    [InlineData("x = [0] * 10**9")]
    [InlineData("x = (0,) * 10**9")]
    [InlineData("x = bytearray(10) * 10**8")]
    [InlineData("x = ','.join(['a' * 10**6] * 1000)")]
    [InlineData("x = 1 << 10**10")]
    [InlineData("x = (2**10**6)**10000")]
    [InlineData("x = 'x' * 10**6\nwhile True:\n    x = x + x")]
    public void LargeNativeAllocation_PastTheBudget_IsACatchableMemoryError(string statement)
    {
        var source = "try:\n" + string.Join("\n", statement.Split('\n').Select(l => "    " + l)) + "\nexcept MemoryError:\n    print 'MemoryError'\n";
        var o = Py.Run(source, Budget());
        Assert.Equal("MemoryError\n", o.Stdout);
        Assert.Null(o.Result.StoppedBy);
    }

    [Theory]
    [InlineData("import itertools\nlist(itertools.repeat(0))")]
    [InlineData("import itertools\nx = tuple(itertools.count())")]
    public void EndlessIteratorIntoAContainer_IsStoppedByTheBudget(string source)
    {
        var o = Py.Run(source, Budget(64L * 1024 * 1024));
        Assert.NotNull(o.Result.StoppedBy);
    }

    [Theory]
    [InlineData("import itertools\nany(itertools.repeat(0))")]
    [InlineData("import itertools\nsum(itertools.repeat(0))")]
    [InlineData("import itertools\nmax(itertools.cycle([1, 2]))")]
    [InlineData("import itertools\nall(itertools.count(1))")]
    [InlineData("for x in iter(int, 1):\n    pass")]
    [InlineData("x = 10**10**8")]
    [InlineData("x = pow(3**200000, 7**200000, 11**200000 + 1)")]
    [InlineData("x = int('9' * 10**7)")]
    [InlineData("x = str(10**10**7)")]
    [InlineData("import re\nre.match('(a+)+b', 'a' * 40)")]
    public void NativeLoop_PastTheDeadline_StopsTheScriptThread(string source)
    {
        var clock = Stopwatch.StartNew();
        var o = Py.Run(source, new ExecutionLimits { Deadline = DateTime.UtcNow.AddMilliseconds(500) });
        Assert.Equal(ScriptStopReason.TimeLimit, o.Result.StoppedBy);
        // The script thread itself has ended (Py.Run joins it): no CPU is spent after the stop. The bound is
        // generous, for a loaded machine; it only tells a stopped run from one that ran to its end.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Fact]
    public void ServerHeapBound_RefusesALargeAllocation()
    {
        var limits = new ExecutionLimits { MaxProcessHeapBytes = GC.GetTotalMemory(false) + 50_000_000, Deadline = DateTime.UtcNow.AddSeconds(20) };
        var o = Py.Run("try:\n    x = 'a' * 10**8\nexcept MemoryError:\n    print 'refused'\n", limits);
        Assert.Equal("refused\n", o.Stdout);
    }

    [Fact]
    public void ServerHeapBound_DoesNotCountGarbage()
    {
        // An idle server after a burst of memory hogs: its heap reads hundreds of MB of dead arrays until the next
        // full collection. A run that looks then (an upload, an endless loop that allocates nothing) is not stopped.
        var bound = GC.GetTotalMemory(true) + 100_000_000;
        for (var i = 0; i < 400 && GC.GetTotalMemory(false) <= bound + 50_000_000; i++)
            GC.KeepAlive(new byte[4_000_000]);
        var o = Py.Run("x = 'a' * 10**7\nprint 'ran'\n", new ExecutionLimits { MaxProcessHeapBytes = bound, Deadline = DateTime.UtcNow.AddSeconds(20) });
        Assert.Equal("ran\n", o.Stdout);
        Assert.Null(o.Result.StoppedBy);
    }

    [Fact]
    public void HeavyAllocation_IsReportedOnceOnTheRunsThread()
    {
        var calls = 0;
        var runThread = -1;
        var limits = new ExecutionLimits
        {
            Deadline = DateTime.UtcNow.AddSeconds(20),
            HeavyAllocationBytes = 20_000_000,
            OnHeavyAllocation = () => { calls++; runThread = Environment.CurrentManagedThreadId; },
        };
        var o = Py.Run("x = []\nfor i in range(50):\n    x.append('a' * 10**6)\nprint len(x)\n", limits);
        Assert.Equal("50\n", o.Stdout);
        Assert.Equal(1, calls);
        Assert.NotEqual(Environment.CurrentManagedThreadId, runThread);
    }

    [Fact]
    public void LightRun_IsNotReportedHeavy()
    {
        var calls = 0;
        var limits = new ExecutionLimits { HeavyAllocationBytes = 20_000_000, OnHeavyAllocation = () => calls++ };
        Py.Run("x = [str(i) for i in range(1000)]\n", limits);
        Assert.Equal(0, calls);
    }
}
