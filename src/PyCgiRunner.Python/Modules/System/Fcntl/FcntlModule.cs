using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Fcntl;

/// <summary>
/// fcntl (CPython 2.7 Modules/fcntlmodule.c) on the run's descriptors: flock and lockf locks that really exclude
/// between runs working on the same file at the same time (<see cref="FileLockTable"/>, with an operating-system
/// lock where possible), fcntl's descriptor flags and record locks, and ioctl for what regular files answer.
/// Library reference §36.8.
/// </summary>
[PythonModule("fcntl", Doc = "The fcntl() and ioctl() calls on file descriptors, and the flock() and lockf() locks.\nA descriptor is an int or an object with a fileno() method.")]
internal static partial class FcntlModule
{
    [PythonConstant] public const long LOCK_SH = 1;
    [PythonConstant] public const long LOCK_EX = 2;
    [PythonConstant] public const long LOCK_NB = 4;
    [PythonConstant] public const long LOCK_UN = 8;
    [PythonConstant] public const long LOCK_MAND = 32;
    [PythonConstant] public const long LOCK_READ = 64;
    [PythonConstant] public const long LOCK_WRITE = 128;
    [PythonConstant] public const long LOCK_RW = 192;
    [PythonConstant] public const long F_DUPFD = 0;
    [PythonConstant] public const long F_GETFD = 1;
    [PythonConstant] public const long F_SETFD = 2;
    [PythonConstant] public const long F_GETFL = 3;
    [PythonConstant] public const long F_SETFL = 4;
    [PythonConstant] public const long F_GETLK = 5;
    [PythonConstant] public const long F_SETLK = 6;
    [PythonConstant] public const long F_SETLKW = 7;
    [PythonConstant] public const long F_GETLK64 = 5;
    [PythonConstant] public const long F_SETLK64 = 6;
    [PythonConstant] public const long F_SETLKW64 = 7;
    [PythonConstant] public const long F_SETOWN = 8;
    [PythonConstant] public const long F_GETOWN = 9;
    [PythonConstant] public const long F_SETSIG = 10;
    [PythonConstant] public const long F_GETSIG = 11;
    [PythonConstant] public const long F_SETLEASE = 1024;
    [PythonConstant] public const long F_GETLEASE = 1025;
    [PythonConstant] public const long F_NOTIFY = 1026;
    [PythonConstant] public const long F_RDLCK = 0;
    [PythonConstant] public const long F_WRLCK = 1;
    [PythonConstant] public const long F_UNLCK = 2;
    [PythonConstant] public const long F_EXLCK = 4;
    [PythonConstant] public const long F_SHLCK = 8;
    [PythonConstant] public const long FD_CLOEXEC = 1;
    [PythonConstant] public const long FASYNC = 8192;
    [PythonConstant] public const long DN_ACCESS = 1;
    [PythonConstant] public const long DN_MODIFY = 2;
    [PythonConstant] public const long DN_CREATE = 4;
    [PythonConstant] public const long DN_DELETE = 8;
    [PythonConstant] public const long DN_RENAME = 16;
    [PythonConstant] public const long DN_ATTRIB = 32;
    [PythonConstant] public const long DN_MULTISHOT = 0x80000000;

    private static PythonException Invalid() => PyErr.IOError(22, "Invalid argument");

    [PythonFunction(Doc = "flock(fd, operation)\n\nLocks the whole open file: LOCK_SH (shared), LOCK_EX (exclusive) or LOCK_UN, with\nLOCK_NB not to wait. The lock belongs to the open file; closing it releases the lock.")]
    public static void flock(PyObject fd, int operation)
    {
        var target = LockTarget.Of(fd);
        // flock(2): LOCK_MAND requests are accepted and do nothing; otherwise exactly one of SH, EX, UN.
        if ((operation & LOCK_MAND) != 0) return;
        bool? exclusive = (operation & ~LOCK_NB) switch
        {
            LOCK_SH => false,
            LOCK_EX => true,
            LOCK_UN => null,
            _ => throw Invalid(),
        };
        if (target.Stream is null) return;
        FileLockTable.Flock(target, exclusive, (operation & LOCK_NB) == 0);
    }

    [PythonFunction(Doc = "lockf(fd, operation, length=0, start=0, whence=0)\n\nA record lock (fcntl F_SETLK/F_SETLKW) over length bytes from start (0: to the end):\nLOCK_UN, LOCK_SH or LOCK_EX, with LOCK_NB not to wait. The lock belongs to the run.")]
    public static void lockf(PyObject fd, int operation, long length = 0, long start = 0, int whence = 0)
    {
        var target = LockTarget.Of(fd);
        bool? exclusive = operation == LOCK_UN ? null
            : (operation & LOCK_SH) != 0 ? false
            : (operation & LOCK_EX) != 0 ? true
            : throw PyErr.ValueError("unrecognized flock argument");
        SetRecordLock(target, exclusive, whence, start, length, (operation & LOCK_NB) == 0);
    }

    /// <summary>F_SETLK(W): the range after whence and the access checks of fcntl(2) (a read lock needs a readable descriptor).</summary>
    private static void SetRecordLock(LockTarget target, bool? exclusive, long whence, long start, long length, bool wait)
    {
        if (exclusive == false && !target.CanRead || exclusive == true && !target.CanWrite) throw PyErr.IOError(9, "Bad file descriptor");
        var range = Range(target, whence, start, length);
        if (target.Stream is null) return;
        FileLockTable.Record(target, range, exclusive, wait);
    }

    private static LockRange Range(LockTarget target, long whence, long start, long length)
    {
        var origin = whence switch
        {
            0 => 0L,
            1 => target.Stream?.CanSeek == true ? target.Stream.Position : 0,
            2 => target.Stream?.CanSeek == true ? target.Stream.Length : 0,
            _ => throw Invalid(),
        };
        var from = origin + start;
        if (length < 0) { from += length; length = -length; }
        if (from < 0) throw Invalid();
        return length == 0 ? new LockRange(from, long.MaxValue) : new LockRange(from, from + length);
    }
}
