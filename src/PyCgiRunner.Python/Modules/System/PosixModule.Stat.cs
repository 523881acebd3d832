using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.SystemModules.SystemSupport;

namespace PyCgiRunner.Python.Modules.SystemModules;

public static partial class PosixModule
{
    /// <summary>posix.stat_result: the 10 classic fields by index, times as floats by attribute (stat_float_times() is True).</summary>
    public static readonly StructSeqKind StatResult = CreateStatKind();

    /// <summary>The identity stat reports for every file: the server's account (see getuid) and one device.</summary>
    public const int FixedUid = 33, FixedDevice = 2049;

    private static StructSeqKind CreateStatKind()
    {
        var kind = new StructSeqKind("posix", "stat_result",
            ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"],
            ["st_blksize", "st_blocks", "st_rdev"]);
        // Indexing gives whole seconds (as in 2.7); the attributes carry the fractional times.
        foreach (var (name, index) in new[] { ("st_atime", 7), ("st_mtime", 8), ("st_ctime", 9) })
        {
            var key = name;
            var i = index;
            Builtins.TypeSetup.Attr(kind.Type, name, self => self is StructSeq s && s.GetExtra("_" + key) is PyFloat f ? f : new PyFloat(Ops.ToDouble(((PyTuple)self).Items[i])));
        }
        return kind;
    }

    public static PyObject Stat(string path, bool lstat)
    {
        var info = Os(path, () => PyContext.Current.Platform.Stat(path));
        return StatOf(info, lstat, path);
    }

    public static StructSeq StatOf(FileSystemInfo info, bool lstat, string path)
    {
        var isDir = info is DirectoryInfo;
        var kindBits = lstat && info.LinkTarget is not null ? 0xA000 : isDir ? 0x4000 : 0x8000;
        var mode = kindBits | (int)info.UnixFileMode;
        long size = isDir ? 4096 : ((FileInfo)info).Length;
        var atime = ToUnix(info.LastAccessTimeUtc);
        var mtime = ToUnix(info.LastWriteTimeUtc);
        // Linux's ctime is the inode change time; the last write is the closest the platform exposes.
        var ctime = mtime;
        var seq = StatResult.Create(
            PyInt.Get(mode), PyInt.Get(InodeOf(info.FullName)), PyInt.Get(FixedDevice), PyInt.Get(isDir ? 2 : 1),
            PyInt.Get(FixedUid), PyInt.Get(FixedUid), PyInt.Get(size),
            PyInt.Get((long)Math.Floor(atime)), PyInt.Get((long)Math.Floor(mtime)), PyInt.Get((long)Math.Floor(ctime)));
        seq.SetExtra("_st_atime", new PyFloat(atime)).SetExtra("_st_mtime", new PyFloat(mtime)).SetExtra("_st_ctime", new PyFloat(ctime));
        seq.SetExtra("st_blksize", PyInt.Get(4096)).SetExtra("st_blocks", PyInt.Get((size + 511) / 512)).SetExtra("st_rdev", PyInt.Get(0));
        return seq;
    }

    /// <summary>
    /// fstat of an open file whose name no longer leads to it (tempfile.TemporaryFile unlinks at once) or that has
    /// no name on disk: a regular file of the stream's length, private to the owner, with the current time.
    /// </summary>
    public static StructSeq StatOfOpen(Stream stream)
    {
        long size = stream.CanSeek ? stream.Length : 0;
        var now = ToUnix(PyContext.Current.Platform.Now.UtcDateTime);
        var seconds = PyInt.Get((long)Math.Floor(now));
        var seq = StatResult.Create(PyInt.Get(0x8000 | 0x180), PyInt.Get(InodeOf(stream.GetHashCode().ToString())), PyInt.Get(FixedDevice),
            PyInt.Get(0), PyInt.Get(FixedUid), PyInt.Get(FixedUid), PyInt.Get(size), seconds, seconds, seconds);
        seq.SetExtra("_st_atime", new PyFloat(now)).SetExtra("_st_mtime", new PyFloat(now)).SetExtra("_st_ctime", new PyFloat(now));
        seq.SetExtra("st_blksize", PyInt.Get(4096)).SetExtra("st_blocks", PyInt.Get((size + 511) / 512)).SetExtra("st_rdev", PyInt.Get(0));
        return seq;
    }

    public static double ToUnix(DateTime utc) => Math.Round((utc - DateTime.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond, 6);

    /// <summary>A stable stand-in inode (the platform does not expose one): equal for the same path, so samefile and st_ino comparisons work.</summary>
    private static long InodeOf(string fullPath)
    {
        ulong h = 14695981039346656037;
        foreach (var c in fullPath) { h ^= c; h *= 1099511628211; }
        return (long)(h % 100_000_000) + 1000;
    }
}
