using System.Runtime.CompilerServices;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Fcntl;

/// <summary>Per run: the descriptor flags (FD_CLOEXEC) and status flags (O_NONBLOCK) scripts set with fcntl.</summary>
internal sealed class FcntlState
{
    private static readonly ConditionalWeakTable<PyContext, FcntlState> s_states = new();

    public static FcntlState Current => s_states.GetValue(PyContext.Current, _ => new FcntlState());

    private readonly Dictionary<long, long> _descriptorFlags = new();
    private readonly Dictionary<long, long> _statusFlags = new();

    public long DescriptorFlags(long fd) => _descriptorFlags.GetValueOrDefault(fd);

    public void SetDescriptorFlags(long fd, long flags) => _descriptorFlags[fd] = flags;

    public long StatusFlags(long fd) => _statusFlags.GetValueOrDefault(fd);

    public void SetStatusFlags(long fd, long flags) => _statusFlags[fd] = flags;
}
