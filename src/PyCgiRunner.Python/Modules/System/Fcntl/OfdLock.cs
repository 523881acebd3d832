using System.Runtime.InteropServices;

namespace PyCgiRunner.Python.Modules.SystemModules.Fcntl;

/// <summary>
/// The operating-system half of a path's locks: one whole-file lock that other processes see (CPython scripts
/// using lockf/fcntl on the same file, another server), held while any run of this process holds a lock on the
/// path, exclusive while any such lock is exclusive. It is an open-file-description lock (Linux F_OFD_SETLK) on
/// a descriptor of its own, so a script closing some other descriptor of the file does not drop it, as it would
/// drop a classic POSIX lock. flock(2) cannot serve: .NET already holds a shared flock on every file it opens.
/// Where it is not possible (not Linux, a path that cannot be opened, a file system without such locks) the
/// locks work between runs of this process only.
/// </summary>
internal sealed class OfdLock : IDisposable
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Flock
    {
        public short Type;
        public short Whence;
        public long Start;
        public long Length;
        public int Pid;
    }

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Fcntl(int fd, int command, ref Flock description);

    private const int SetOfdLock = 37, Again = 11, Access = 13;
    public const short Shared = 0, Exclusive = 1, Unlocked = 2;

    private readonly FileStream _stream;

    public bool Writable { get; }

    private OfdLock(FileStream stream, bool writable)
    {
        _stream = stream;
        Writable = writable;
    }

    /// <summary>A descriptor to lock through (read-write when an exclusive lock may be needed), or null where impossible.</summary>
    public static OfdLock? TryOpen(string path, bool writable)
    {
        if (!OperatingSystem.IsLinux() || !Path.IsPathRooted(path)) return null;
        try
        {
            var stream = new FileStream(path, FileMode.Open, writable ? FileAccess.ReadWrite : FileAccess.Read,
                FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            return new OfdLock(stream, writable);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Sets the lock (Shared, Exclusive, Unlocked); false when another process holds a conflicting one.</summary>
    public bool TrySet(short type)
    {
        var description = new Flock { Type = type, Whence = 0, Start = 0, Length = 0 };
        var fd = (int)_stream.SafeFileHandle.DangerousGetHandle();
        if (Fcntl(fd, SetOfdLock, ref description) == 0) return true;
        var errno = Marshal.GetLastPInvokeError();
        if (errno is Again or Access) return false;
        // A file system or kernel without these locks: the in-process locks still hold.
        throw new NotSupportedException($"fcntl(F_OFD_SETLK) failed with errno {errno}");
    }

    public void Dispose() => _stream.Dispose();
}
