using PyCgiRunner.Cgi.Options;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// Who may start a script now (issue 7, item 9): at most <see cref="CgiServerLimits.MaxConcurrentScripts"/> run at
/// once and at most <see cref="CgiServerLimits.MaxConcurrentScriptsPerClient"/> of one client address; the rest wait
/// in one bounded queue, first come first served except that a waiter whose own client is at its share is passed
/// over, so one client's burst never holds up another's requests. A full queue, a client's full share of the queue
/// or a wait longer than the queue timeout is a refusal (the gateway answers 503).
/// </summary>
public sealed class ScriptAdmission(CgiServerLimits limits)
{
    private readonly object _lock = new();
    private readonly Dictionary<string, Client> _clients = new(StringComparer.Ordinal);
    private readonly LinkedList<Waiter> _queue = new();
    private int _running;

    public enum Refusal { None, QueueFull, ClientQueueFull, Timeout }

    /// <summary>Scripts holding a slot now.</summary>
    public int Running { get { lock (_lock) return _running; } }

    /// <summary>Requests waiting for a slot now.</summary>
    public int Queued { get { lock (_lock) return _queue.Count; } }

    /// <summary>A slot (dispose it when the run ends), or null with the reason it was refused.</summary>
    public async Task<(IDisposable? Slot, Refusal Why)> EnterAsync(string client, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_lock)
        {
            var state = ClientState(client);
            // Whatever still waits is blocked (the queue is drained at every release), so a free slot is this one's.
            if (_running < limits.MaxConcurrentScripts && state.Running < limits.MaxConcurrentScriptsPerClient)
                return (Grant(client, state), Refusal.None);
            if (state.Queued >= limits.MaxQueuedScriptsPerClient)
                return (Forget(client, state), Refusal.ClientQueueFull);
            if (_queue.Count >= limits.MaxQueuedScripts)
                return (Forget(client, state), Refusal.QueueFull);
            waiter = new Waiter(client);
            waiter.Node = _queue.AddLast(waiter);
            state.Queued++;
        }

        try
        {
            return (await waiter.Granted.Task.WaitAsync(limits.QueueTimeout, cancellationToken), Refusal.None);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            lock (_lock)
            {
                if (waiter.Node?.List is not null)
                {
                    _queue.Remove(waiter.Node);
                    var state = _clients[client];
                    state.Queued--;
                    Forget(client, state);
                    if (e is OperationCanceledException)
                        throw;
                    return (null, Refusal.Timeout);
                }
            }
            // Granted while giving up: hand the slot back.
            (await waiter.Granted.Task).Dispose();
            if (e is OperationCanceledException)
                throw;
            return (null, Refusal.Timeout);
        }
    }

    private Client ClientState(string client)
    {
        if (!_clients.TryGetValue(client, out var state))
            _clients[client] = state = new Client();
        return state;
    }

    private IDisposable? Forget(string client, Client state)
    {
        if (state.Running == 0 && state.Queued == 0)
            _clients.Remove(client);
        return null;
    }

    private Slot Grant(string client, Client state)
    {
        _running++;
        state.Running++;
        return new Slot(this, client);
    }

    private void Release(string client)
    {
        lock (_lock)
        {
            _running--;
            var state = _clients[client];
            state.Running--;
            Forget(client, state);
            for (var node = _queue.First; node is not null && _running < limits.MaxConcurrentScripts;)
            {
                var next = node.Next;
                var waiting = _clients[node.Value.Client];
                if (waiting.Running < limits.MaxConcurrentScriptsPerClient)
                {
                    _queue.Remove(node);
                    waiting.Queued--;
                    node.Value.Granted.SetResult(Grant(node.Value.Client, waiting));
                }
                node = next;
            }
        }
    }

    private sealed class Client
    {
        public int Running;
        public int Queued;
    }

    private sealed class Waiter(string client)
    {
        public string Client => client;
        public LinkedListNode<Waiter>? Node;
        public TaskCompletionSource<IDisposable> Granted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Slot(ScriptAdmission owner, string client) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                owner.Release(client);
        }
    }
}
