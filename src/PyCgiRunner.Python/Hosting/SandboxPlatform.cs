using System.Security.Cryptography;

namespace PyCgiRunner.Python.Hosting;

/// <summary>The real file system, filtered through a <see cref="SandboxPolicy"/>.</summary>
public sealed class SandboxPlatform : IPlatform
{
    private readonly SandboxPolicy _policy;
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

    private string CheckRead(string full, string original)
    {
        if (!_policy.CanRead(full)) throw new UnauthorizedAccessException($"sandbox policy: reading '{original}' is not allowed");
        return full;
    }

    private string CheckWrite(string full, string original)
    {
        if (!_policy.CanWrite(full)) throw new UnauthorizedAccessException($"sandbox policy: writing '{original}' is not allowed");
        return full;
    }

    private string Readable(string path) => CheckRead(ResolvePath(path), path);
    private string Writable(string path) => CheckWrite(ResolvePath(path), path);

    public Stream OpenFile(string path, FileMode mode, FileAccess access)
    {
        var full = access == FileAccess.Read && mode == FileMode.Open ? Readable(path) : Writable(path);
        return new FileStream(full, mode, access, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
    }

    public bool FileExists(string path) { var f = ResolvePath(path); return _policy.CanRead(f) && File.Exists(f); }
    public bool DirectoryExists(string path) { var f = ResolvePath(path); return _policy.CanRead(f) && Directory.Exists(f); }

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
        var full = Writable(path);
        if (!File.Exists(full)) throw new FileNotFoundException(path);
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

    public void DeleteDirectory(string path) => Directory.Delete(Writable(path));

    public void Rename(string from, string to)
    {
        var src = Writable(from);
        var dst = Writable(to);
        if (Directory.Exists(src)) Directory.Move(src, dst);
        else File.Move(src, dst, overwrite: true);
    }

    public bool CanWrite(string path) => _policy.CanWrite(ResolvePath(path));

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
