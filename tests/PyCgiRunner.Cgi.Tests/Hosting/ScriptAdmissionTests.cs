using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Cgi.Options;

namespace PyCgiRunner.Cgi.Tests.Hosting;

/// <summary>
/// The cap on running scripts, the bounded queue and the per-client share (issue 7, item 9): one client's burst
/// waits behind its own share and is refused past its queue, while another client's request is let through.
/// </summary>
public sealed class ScriptAdmissionTests
{
    private static ScriptAdmission Gate(int total = 4, int perClient = 2, int queued = 8, int queuedPerClient = 3, double timeoutSeconds = 30) =>
        new(new CgiServerLimits
        {
            MaxConcurrentScripts = total,
            MaxConcurrentScriptsPerClient = perClient,
            MaxQueuedScripts = queued,
            MaxQueuedScriptsPerClient = queuedPerClient,
            QueueTimeout = TimeSpan.FromSeconds(timeoutSeconds),
        });

    private static async Task<IDisposable> Enter(ScriptAdmission gate, string client)
    {
        var (slot, why) = await gate.EnterAsync(client, CancellationToken.None);
        Assert.Equal(ScriptAdmission.Refusal.None, why);
        return slot!;
    }

    [Fact]
    public async Task OneClientsBurst_WaitsBehindItsShare_OtherClientGoesFirst()
    {
        var gate = Gate();
        await Enter(gate, "hostile");
        await Enter(gate, "hostile");
        var waiting = gate.EnterAsync("hostile", CancellationToken.None);

        var other = await gate.EnterAsync("student", CancellationToken.None);

        Assert.NotNull(other.Slot);
        Assert.False(waiting.IsCompleted);
        Assert.Equal((3, 1), (gate.Running, gate.Queued));
    }

    [Fact]
    public async Task ClientQueuePastItsShare_Refused()
    {
        var gate = Gate();
        await Enter(gate, "hostile");
        await Enter(gate, "hostile");
        var waiters = Enumerable.Range(0, 3).Select(_ => gate.EnterAsync("hostile", CancellationToken.None)).ToList();

        var refused = await gate.EnterAsync("hostile", CancellationToken.None);

        Assert.Equal((null, ScriptAdmission.Refusal.ClientQueueFull), refused);
        Assert.All(waiters, w => Assert.False(w.IsCompleted));
    }

    [Fact]
    public async Task FullServerAndFullQueue_Refused()
    {
        var gate = Gate(total: 2, perClient: 2, queued: 1);
        await Enter(gate, "a");
        await Enter(gate, "b");
        var queued = gate.EnterAsync("c", CancellationToken.None);

        var refused = await gate.EnterAsync("d", CancellationToken.None);

        Assert.Equal(ScriptAdmission.Refusal.QueueFull, refused.Why);
        Assert.False(queued.IsCompleted);
    }

    [Fact]
    public async Task Release_GrantsFirstWaiterWhoseClientHasRoom()
    {
        var gate = Gate(total: 3, perClient: 2);
        var h1 = await Enter(gate, "hostile");
        await Enter(gate, "hostile");
        var s1 = await Enter(gate, "student");
        var hostileWaits = gate.EnterAsync("hostile", CancellationToken.None);
        var studentWaits = gate.EnterAsync("student", CancellationToken.None);

        s1.Dispose();
        var granted = await studentWaits;

        Assert.NotNull(granted.Slot);
        Assert.False(hostileWaits.IsCompleted);
        h1.Dispose();
        Assert.NotNull((await hostileWaits).Slot);
        Assert.Equal((3, 0), (gate.Running, gate.Queued));
    }

    [Fact]
    public async Task WaitPastQueueTimeout_RefusedAndDequeued()
    {
        var gate = Gate(total: 1, timeoutSeconds: 0.2);
        await Enter(gate, "a");

        var refused = await gate.EnterAsync("b", CancellationToken.None);

        Assert.Equal(ScriptAdmission.Refusal.Timeout, refused.Why);
        Assert.Equal(0, gate.Queued);
    }

    [Fact]
    public async Task ClientGoneWhileQueued_Dequeued()
    {
        var gate = Gate(total: 1);
        var first = await Enter(gate, "a");
        using var gone = new CancellationTokenSource();
        var waiting = gate.EnterAsync("b", gone.Token);

        await gone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(0, gate.Queued);
        first.Dispose();
        Assert.Equal(0, gate.Running);
    }

    [Fact]
    public async Task SlotDisposedTwice_ReleasedOnce()
    {
        var gate = Gate(total: 2);
        var slot = await Enter(gate, "a");
        await Enter(gate, "b");

        slot.Dispose();
        slot.Dispose();

        Assert.Equal(1, gate.Running);
    }
}
