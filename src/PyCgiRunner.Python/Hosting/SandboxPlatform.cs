using System.Security.Cryptography;

namespace PyCgiRunner.Python.Hosting;

/// <summary>
/// The real file system, filtered through a <see cref="SandboxPolicy"/>. Disposing it (the run's end) closes every
/// file the script left open, so no handle of one request outlives it (finalizers may never run).
/// </summary>
public sealed class SandboxPlatform : IPlatform, IDisposable
{
    private readonly SandboxPolicy _policy;
    private readonly List<WeakReference<Stream>> _opened = [];
    private int _pruneAt = 64;
    private string _cwd;

    public SandboxPlatform(SandboxPolicy policy, string currentDirectory)
    {
        _policy = policy;
        _cwd = Path.GetFullPath(currentDirectory);
    }

    public string CurrentDirectory
    {
        get => _cwd;
        set
        {
            var full = ResolvePath(value);
            if (!Directory.Exists(full)) throw new DirectoryNotFoundException(value);
            CheckRead(full, value);
            _cwd = full;
        }
    }

    public string TempDirectory => _policy.TempRoot ?? Path.GetTempPath().TrimEnd('/');

    public string ResolvePath(string path)
    {
        if (_policy.TempRoot is { } tmp && (path == "/tmp" || path.StartsWith("/tmp/", StringComparison.Ordinal)) && !IsOwnFolder(path, tmp))
        {
            Directory.CreateDirectory(tmp);
            path = tmp + path[4..];
        }
        return Path.GetFullPath(path, _cwd);
    }

    /// <summary>
    /// A /tmp path that already names the site's own folders (the temp root itself, the current directory, a policy
    /// root — a site may live under /tmp) is not remapped: the importer and tempfile build such absolute paths.
    /// </summary>
    private bool IsOwnFolder(string path, string tmp)
    {
        static bool Under(string p, string root)
        {
            var r = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            return p == r || p.StartsWith(r + "/", StringComparison.Ordinal);
        }
        return Under(path, tmp) || Under(path, _cwd) || _policy.ReadRoots.Any(r => Under(path, r)) || _policy.WriteRoots.Any(r => Under(path, r));
    }

    private string CheckRead(string full, string original) =>
        _policy.Authorize(full, write: false) ?? throw Refused("reading", original);

    private string CheckWrite(string full, string original) =>
        _policy.Authorize(full, write: true) ?? throw Refused("writing", original);

    private static UnauthorizedAccessException Refused(string what, string original) =>
        new($"sandbox policy: {what} '{original}' is not allowed");

    /// <summary>The real path to read (or write): every link resolved, so the file checked is the file opened.</summary>
    private string Readable(string path) => CheckRead(ResolvePath(path), path);
    private string Writable(string path) => CheckWrite(ResolvePath(path), path);

    /// <summary>unlink, rename and rmdir act on the directory entry (a link itself), never on what it points to.</summary>
    private string WritableEntry(string path) => _policy.AuthorizeEntry(ResolvePath(path)) ?? throw Refused("writing", path);

    public Stream OpenFile(string path, FileMode mode, FileAccess access)
    {
        var full = access == FileAccess.Read && mode == FileMode.Open ? Readable(path) : Writable(path);
        var stream = new FileStream(full, mode, access, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
        Track(stream);
        return stream;
    }

    private void Track(Stream stream)
    {
        if (_opened.Count >= _pruneAt)
        {
            // A disposed FileStream can neither read, write nor seek.
            _opened.RemoveAll(w => !w.TryGetTarget(out var s) || !(s.CanRead || s.CanWrite || s.CanSeek));
            _pruneAt = Math.Max(64, _opened.Count * 2);
        }
        _opened.Add(new WeakReference<Stream>(stream));
    }

    /// <summary>Closes the files the run still holds open (CPython closes them at exit too).</summary>
    public void Dispose()
    {
        foreach (var weak in _opened)
        {
            if (!weak.TryGetTarget(out var stream))
                continue;
            try
            {
                stream.Dispose();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
            {
                // A buffered write that cannot be flushed any more is lost, as at a process exit on a full disk.
            }
        }
        _opened.Clear();
    }

    public bool FileExists(string path) => _policy.Authorize(ResolvePath(path), write: false) is { } f && File.Exists(f);
    public bool DirectoryExists(string path) => _policy.Authorize(ResolvePath(path), write: false) is { } f && Directory.Exists(f);

    public IReadOnlyList<string> ListDirectory(string path)
        => Directory.EnumerateFileSystemEntries(Readable(path)).Select(p => Path.GetFileName(p)).ToList();

    public FileSystemInfo Stat(string path)
    {
        var full = Readable(path);
        if (Directory.Exists(full)) return new DirectoryInfo(full);
        var info = new FileInfo(full);
        if (!info.Exists) throw new FileNotFoundException(path);
        return info;
    }

    public void DeleteFile(string path)
    {
        var full = WritableEntry(path);
        if (!File.Exists(full) && new FileInfo(full).LinkTarget is null) throw new FileNotFoundException(path);
        File.Delete(full);
    }

    public void CreateDirectory(string path)
    {
        var full = Writable(path);
        if (Directory.Exists(full) || File.Exists(full)) throw new IOException("File exists", 17);
        var parent = Path.GetDirectoryName(full);
        if (parent is not null && !Directory.Exists(parent)) throw new DirectoryNotFoundException(path);
        Directory.CreateDirectory(full);
    }

    public void DeleteDirectory(string path) => Directory.Delete(WritableEntry(path));

    public void Rename(string from, string to)
    {
        var src = WritableEntry(from);
        var dst = WritableEntry(to);
        if (Directory.Exists(src)) Directory.Move(src, dst);
        else File.Move(src, dst, overwrite: true);
    }

    public bool CanWrite(string path) => _policy.Authorize(ResolvePath(path), write: true) is not null;

    public void SetTimes(string path, DateTime accessUtc, DateTime modifiedUtc)
    {
        var full = Writable(path);
        if (Directory.Exists(full))
        {
            Directory.SetLastAccessTimeUtc(full, accessUtc);
            Directory.SetLastWriteTimeUtc(full, modifiedUtc);
        }
        else if (File.Exists(full))
        {
            File.SetLastAccessTimeUtc(full, accessUtc);
            File.SetLastWriteTimeUtc(full, modifiedUtc);
        }
        else throw new FileNotFoundException(path);
    }

    public DateTimeOffset Now => DateTimeOffset.UtcNow;
    public int ProcessId => Environment.ProcessId;

    public void Sleep(TimeSpan duration, CancellationToken cancellation)
    {
        if (duration > TimeSpan.Zero) cancellation.WaitHandle.WaitOne(duration);
    }

    public byte[] RandomBytes(int count) => RandomNumberGenerator.GetBytes(count);
}
