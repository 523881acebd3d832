namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// Long-lived threads with the engine's large stack that run scripts (issue 10, "no thread per request"): a request
/// takes an idle worker, and a new one is started only when none is idle, so a busy server keeps about as many
/// workers as it runs scripts at once (the gateway's admission bounds that, <see cref="CgiServerLimits"/>) and pays
/// for a thread (a 256 MB stack reservation, clone, TLS set-up) once, not per request. Never a queue of its own: a
/// run never waits behind another that blocks on its client.
/// A worker idle for <see cref="IdleLifetime"/> ends. One whose priority a demotion left lowered
/// (<see cref="LongRunDemotion"/>; an unprivileged process may not raise it back) ends after its run, so the next
/// request never starts at the weakest priority. The stack a deep run touched is given back after it
/// (<see cref="ThreadStack"/>), so kept workers do not keep it resident.
/// </summary>
internal sealed class ScriptWorkerPool
{
    public static ScriptWorkerPool Shared { get; } = new(Python.Hosting.ProgramRunner.StackSize, TimeSpan.FromSeconds(60));

    private readonly int _stackSize;
    private readonly object _lock = new();
    private readonly Stack<Worker> _idle = new();
    private int _started;

    public ScriptWorkerPool(int stackSize, TimeSpan idleLifetime)
    {
        _stackSize = stackSize;
        IdleLifetime = idleLifetime;
    }

    public TimeSpan IdleLifetime { get; }

    /// <summary>Threads started so far (for tests and diagnostics).</summary>
    public int ThreadsStarted => Volatile.Read(ref _started);

    /// <summary>Workers waiting for a run now.</summary>
    public int IdleWorkers { get { lock (_lock) return _idle.Count; } }

    /// <summary>Runs <paramref name="work"/> on an idle worker or a new one; <paramref name="work"/> must not throw.</summary>
    public void Run(Action work)
    {
        Worker? worker = null;
        lock (_lock)
        {
            if (_idle.Count > 0)
            {
                worker = _idle.Pop();
                worker.Assign(work);
            }
        }
        if (worker is null)
            new Worker(this, work).Start(_stackSize);
    }

    private void Started() => Interlocked.Increment(ref _started);

    private sealed class Worker(ScriptWorkerPool pool, Action first)
    {
        private readonly SemaphoreSlim _assigned = new(0);
        private Action? _next = first;
        private bool _taken; // popped from the idle stack (under the pool's lock)

        public void Start(int stackSize)
        {
            var thread = new Thread(Loop, stackSize) { Name = "pycgi-script", IsBackground = true };
            pool.Started();
            thread.Start();
        }

        /// <summary>Under the pool's lock, for a worker just popped from the idle stack.</summary>
        public void Assign(Action work)
        {
            _taken = true;
            _next = work;
            _assigned.Release();
        }

        private void Loop()
        {
            var priorityAtStart = LongRunDemotion.CurrentThreadPriority();
            while (true)
            {
                var work = _next!;
                _next = null;
                work();
                if (LongRunDemotion.CurrentThreadPriority() != priorityAtStart)
                    return; // retired: a fresh thread starts at the priority this one had
                ThreadStack.ReleaseBelowCurrentFrame();
                lock (pool._lock)
                {
                    _taken = false;
                    pool._idle.Push(this);
                }
                if (!_assigned.Wait(pool.IdleLifetime))
                {
                    lock (pool._lock)
                    {
                        if (!_taken)
                        {
                            // Still idle: leave the stack and end. (Removing from the middle is rare and small.)
                            var others = pool._idle.Where(w => w != this).Reverse().ToArray();
                            pool._idle.Clear();
                            foreach (var w in others) pool._idle.Push(w);
                            return;
                        }
                    }
                    _assigned.Wait(); // assigned as the wait timed out: the release is there or coming
                }
            }
        }
    }
}
