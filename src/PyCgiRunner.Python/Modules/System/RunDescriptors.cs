using System.Runtime.CompilerServices;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// A run's file descriptor numbers (one table per run, as one per process in CPython): what os.open, a file
/// object's fileno() and a socket hold. An entry is a Stream (os.open, os.dup), a PyFile (open() once its fileno()
/// was asked, os.fdopen) or a socket object. Numbers are the lowest free ones from 3, as open(2) chooses them; 0-2
/// are the run's standard streams. A file closed through its object frees its number without telling the table:
/// such an entry counts as free.
/// </summary>
public sealed class RunDescriptors
{
    private static readonly ConditionalWeakTable<PyContext, RunDescriptors> s_tables = new();

    public static RunDescriptors Of(PyContext ctx) => s_tables.GetValue(ctx, _ => new RunDescriptors());

    public static RunDescriptors Current => Of(PyContext.Current);

    private readonly Dictionary<int, object> _open = new();
    private readonly ConditionalWeakTable<PyFile, StrongBox<int>> _fileNumbers = new();

    private static bool IsLive(object target) => target is not PyFile { Closed: true };

    /// <summary>Gives target the lowest free number.</summary>
    public int Add(object target) => AddFrom(target, 3);

    /// <summary>Gives target the lowest free number from a minimum (fcntl F_DUPFD).</summary>
    public int AddFrom(object target, long minimum)
    {
        var fd = (int)Math.Min(minimum, int.MaxValue);
        while (_open.TryGetValue(fd, out var held) && IsLive(held)) fd++;
        _open[fd] = target;
        if (target is PyFile file) _fileNumbers.AddOrUpdate(file, new StrongBox<int>(fd));
        return fd;
    }

    /// <summary>Makes fd name target from now on (os.fdopen: the new file object takes over the descriptor).</summary>
    public void Replace(int fd, object target)
    {
        _open[fd] = target;
        if (target is PyFile file) _fileNumbers.AddOrUpdate(file, new StrongBox<int>(fd));
    }

    public object? Get(long fd) =>
        fd is >= 0 and <= int.MaxValue && _open.TryGetValue((int)fd, out var target) && IsLive(target) ? target : null;

    public bool Remove(long fd, out object? target)
    {
        target = Get(fd);
        return target is not null && _open.Remove((int)fd);
    }

    /// <summary>file.fileno(): the standard streams keep 0-2; any other file gets a number the first time and keeps it.</summary>
    public int NumberOf(PyFile file)
    {
        switch (file.Name)
        {
            case "<stdin>": return 0;
            case "<stdout>": return 1;
            case "<stderr>": return 2;
        }
        if (_fileNumbers.TryGetValue(file, out var box) && Get(box.Value) == file) return box.Value;
        return Add(file);
    }

    /// <summary>The stream under a descriptor's entry, if it has one (sockets have none).</summary>
    public static Stream? StreamOf(object? target) => target switch
    {
        Stream s => s,
        PyFile f => f.BaseStream,
        _ => null,
    };
}
