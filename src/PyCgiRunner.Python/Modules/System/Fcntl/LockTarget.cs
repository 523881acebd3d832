using System.Runtime.CompilerServices;
using PyCgiRunner.Python.Modules.SystemModules.Select;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Fcntl;

/// <summary>
/// What an fcntl call acts on: the descriptor (an int or an object's fileno(), as CPython's
/// PyObject_AsFileDescriptor finds it), the open file behind it (its stream: the "open file description" flock
/// locks belong to) and the file's resolved path, which is what locks of different opens share.
/// </summary>
internal sealed class LockTarget
{
    public long Fd { get; private init; }
    public object? Entry { get; private init; }
    public Stream? Stream { get; private init; }
    public string Key { get; private init; } = "";

    public bool CanRead => Stream?.CanRead ?? Fd == 0;
    public bool CanWrite => Stream?.CanWrite ?? Fd is 1 or 2;

    public static LockTarget Of(PyObject fd)
    {
        var ctx = PyContext.Current;
        var n = SelectModule.Descriptor(fd);
        var entry = n <= 2 ? null : RunDescriptors.Of(ctx).Get(n) ?? throw PyErr.IOError(9, "Bad file descriptor");
        var stream = RunDescriptors.StreamOf(entry);
        return new LockTarget { Fd = n, Entry = entry, Stream = stream, Key = KeyOf(ctx, entry, stream) };
    }

    /// <summary>The resolved path of the file, so that locks taken through different opens of it meet.</summary>
    private static string KeyOf(PyContext ctx, object? entry, Stream? stream)
    {
        if (stream is FileStream fs) return Path.GetFullPath(fs.Name);
        if (entry is PyFile file && !file.Name.StartsWith('<')) return ctx.Platform.ResolvePath(file.Name);
        // A stream with no path (the platform's own kind) can only be shared through its descriptors.
        return stream is null ? "" : "stream:" + RuntimeHelpers.GetHashCode(stream);
    }

    /// <summary>F_GETFL's answer: the access mode, O_APPEND for files opened to append, and O_LARGEFILE as Linux x86-64 reports it.</summary>
    public long StatusFlags()
    {
        const long largeFile = 0x8000, append = 0x400;
        var access = CanRead && CanWrite ? 2 : CanWrite ? 1 : 0;
        var appending = Entry is PyFile { Mode: var mode } && mode.Contains('a');
        return largeFile | access | (appending ? append : 0);
    }
}
