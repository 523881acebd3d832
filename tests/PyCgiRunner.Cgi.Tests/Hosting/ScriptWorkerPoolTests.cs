using PyCgiRunner.Cgi.Hosting;

namespace PyCgiRunner.Cgi.Tests.Hosting;

/// <summary>
/// The pool of big-stack workers that run scripts (issue 10, "no thread per request"): an idle worker is reused,
/// a busy pool grows instead of queueing, idle workers end, a worker left demoted retires, and the stack a deep
/// run touched is given back.
/// </summary>
public sealed class ScriptWorkerPoolTests
{
    private static ScriptWorkerPool Pool(double idleSeconds = 30) => new(16 * 1024 * 1024, TimeSpan.FromSeconds(idleSeconds));

    private static int RunAndWait(ScriptWorkerPool pool, Action? inside = null)
    {
        var done = new TaskCompletionSource<int>();
        pool.Run(() =>
        {
            inside?.Invoke();
            done.SetResult(System.Environment.CurrentManagedThreadId);
        });
        Assert.True(done.Task.Wait(TimeSpan.FromSeconds(30)));
        return done.Task.Result;
    }

    private static void WaitFor(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < until) Thread.Sleep(10);
        Assert.True(condition());
    }

    [Fact]
    public void SequentialRuns_ReuseOneWorker()
    {
        var pool = Pool();
        var first = RunAndWait(pool);
        WaitFor(() => pool.IdleWorkers == 1);
        var second = RunAndWait(pool);
        Assert.Equal(first, second);
        Assert.Equal(1, pool.ThreadsStarted);
    }

    [Fact]
    public void ConcurrentRuns_EachGetAWorker_NoneWaitsBehindABlockedOne()
    {
        var pool = Pool();
        using var allIn = new CountdownEvent(3);
        using var release = new ManualResetEventSlim();
        var ended = new CountdownEvent(3);
        for (var i = 0; i < 3; i++)
            pool.Run(() => { allIn.Signal(); release.Wait(); ended.Signal(); });
        Assert.True(allIn.Wait(TimeSpan.FromSeconds(30)), "three runs were running at once");
        release.Set();
        Assert.True(ended.Wait(TimeSpan.FromSeconds(30)));
        Assert.Equal(3, pool.ThreadsStarted);
    }

    [Fact]
    public void IdleWorker_EndsAfterItsLifetime()
    {
        var pool = Pool(idleSeconds: 0.2);
        RunAndWait(pool);
        WaitFor(() => pool.IdleWorkers == 0);
        RunAndWait(pool);
        Assert.Equal(2, pool.ThreadsStarted);
    }

    [Fact]
    public void WorkerLeftDemoted_RetiresInsteadOfServingTheNextRun()
    {
        if (LongRunDemotion.CurrentThreadPriority() is null) return; // no demotion on this platform
        var pool = Pool();
        // The demotion is never disposed: as if raising the priority back had been refused.
        var first = RunAndWait(pool, () => LongRunDemotion.Schedule(TimeSpan.FromHours(1)).DemoteNow());
        Thread.Sleep(200);
        Assert.Equal(0, pool.IdleWorkers);
        var second = RunAndWait(pool, () => Assert.Equal(0, LongRunDemotion.CurrentThreadPriority()!.Value.Nice));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void DeepRun_GivesItsStackPagesBack()
    {
        if (!OperatingSystem.IsLinux()) return;
        var pool = new ScriptWorkerPool(256 * 1024 * 1024, TimeSpan.FromSeconds(30));
        long deep = 0;
        RunAndWait(pool, () => deep = TouchStack(96, () => ResidentBytes()));
        WaitFor(() => pool.IdleWorkers == 1);
        var after = ResidentBytes();
        Assert.True(after < deep - 48L * 1024 * 1024, $"resident {deep >> 20} MB at the deepest point, {after >> 20} MB after");
    }

    /// <summary>Recurses through <paramref name="megabytes"/> of stack (1 MB a frame) and measures at the bottom.</summary>
    private static long TouchStack(int megabytes, Func<long> atBottom)
    {
        Span<byte> frame = stackalloc byte[1024 * 1024];
        frame.Fill(1);
        var result = megabytes <= 1 ? atBottom() : TouchStack(megabytes - 1, atBottom);
        GC.KeepAlive(frame[frame.Length - 1]);
        return result;
    }

    private static long ResidentBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmRSS:"))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        return 0;
    }
}
