namespace PyCgiRunner.Python.Hosting;

/// <summary>
/// The one seam between a running script and the outside world: every file, directory, environment,
/// clock and process operation a script can reach goes through it, so the policy (which folders may be read
/// or written, what /tmp means) lives in one place and tests can substitute it. Paths given to it are as
/// the script wrote them; the platform resolves them against the script's current directory.
/// Failures are reported as .NET IOException/UnauthorizedAccessException subclasses that the os and file
/// layers turn into Python's IOError/OSError with errno.
/// </summary>
public interface IPlatform
{
    /// <summary>The script's working directory (os.getcwd()); relative paths resolve against it.</summary>
    string CurrentDirectory { get; set; }

    /// <summary>Absolute form of a script path (no policy check).</summary>
    string ResolvePath(string path);

    Stream OpenFile(string path, FileMode mode, FileAccess access);
    bool FileExists(string path);
    bool DirectoryExists(string path);
    IReadOnlyList<string> ListDirectory(string path);
    FileSystemInfo Stat(string path);
    void DeleteFile(string path);
    void CreateDirectory(string path);
    void DeleteDirectory(string path);
    void Rename(string from, string to);

    /// <summary>True when the policy lets the script write (create, change, delete) at path (os.access W_OK, chmod).</summary>
    bool CanWrite(string path);

    /// <summary>Sets a file's or directory's access and modification times (os.utime); needs write permission.</summary>
    void SetTimes(string path, DateTime accessUtc, DateTime modifiedUtc);

    /// <summary>The folder the script sees as the temporary directory (tempfile.gettempdir()).</summary>
    string TempDirectory { get; }

    DateTimeOffset Now { get; }
    int ProcessId { get; }
    void Sleep(TimeSpan duration, CancellationToken cancellation);
    byte[] RandomBytes(int count);
}
