using System.IO.Compression;

namespace PyCgiRunner.Python.Hosting.Library;

/// <summary>
/// Modules inside a zip or jar archive, under a folder of it (Debian's jython.jar keeps CPython's library under
/// Lib/). The archive's directory is read once; entries are read under a lock (ZipArchive is not thread-safe).
/// When the archive file itself changes (a package upgrade), it is opened again and every version changes.
/// </summary>
public sealed class ZipModuleSource : ModuleSource, IDisposable
{
    private readonly string _archive;
    private readonly string _prefix;
    private readonly bool _inMemory;
    private readonly object _lock = new();
    private ZipArchive _zip = null!;
    private Dictionary<string, ZipArchiveEntry> _files = null!;
    private HashSet<string> _directories = null!;
    private DateTime _archiveModified;
    private long _lastCheck;

    /// <param name="archive">the .jar or .zip file</param>
    /// <param name="folder">the folder inside it that holds the modules ("Lib"), or "" for its root</param>
    public ZipModuleSource(string archive, string folder, string description)
    {
        _archive = Path.GetFullPath(archive);
        _prefix = folder.Trim('/').Length == 0 ? "" : folder.Trim('/') + "/";
        Description = description;
        Open();
    }

    /// <summary>An archive already read into memory (a script's own zip file, read through its sandbox).</summary>
    public ZipModuleSource(Stream archive, string archivePath, string folder, string description)
    {
        _archive = archivePath;
        _prefix = folder.Trim('/').Length == 0 ? "" : folder.Trim('/') + "/";
        Description = description;
        _inMemory = true;
        Index(new ZipArchive(archive, ZipArchiveMode.Read));
    }

    public string ArchivePath => _archive;
    /// <summary>The folder inside the archive, with a trailing '/' ("Lib/"), or "".</summary>
    public string Folder => _prefix;

    public override string PathEntry => _prefix.Length == 0 ? _archive : _archive + "/" + _prefix.TrimEnd('/');
    public override string Description { get; }

    public override bool FileExists(string relativePath)
    {
        lock (_lock) { Refresh(); return _files.ContainsKey(relativePath); }
    }

    public override bool DirectoryExists(string relativePath)
    {
        lock (_lock) { Refresh(); return _directories.Contains(relativePath.TrimEnd('/')); }
    }

    public override byte[] Read(string relativePath)
    {
        lock (_lock)
        {
            Refresh();
            if (!_files.TryGetValue(relativePath, out var entry)) throw new FileNotFoundException(DisplayPath(relativePath));
            using var stream = entry.Open();
            var bytes = new byte[entry.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
    }

    public override ModuleVersion Version(string relativePath)
    {
        lock (_lock)
        {
            Refresh();
            // The archive's own time is part of the version: an upgraded package recompiles everything.
            return _files.TryGetValue(relativePath, out var entry)
                ? new ModuleVersion(_archiveModified, entry.Length ^ entry.Crc32)
                : new ModuleVersion(default, -1);
        }
    }

    private void Open()
    {
        _archiveModified = File.GetLastWriteTimeUtc(_archive);
        Index(ZipFile.OpenRead(_archive));
    }

    private void Index(ZipArchive zip)
    {
        _zip = zip;
        _files = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        _directories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in _zip.Entries)
        {
            if (!entry.FullName.StartsWith(_prefix, StringComparison.Ordinal)) continue;
            var relative = entry.FullName[_prefix.Length..];
            if (relative.Length == 0 || IsPackageTestSuite(relative)) continue;
            if (!relative.EndsWith('/')) _files[relative] = entry;
            // Folders are implied by the files in them (archives need not list folder entries).
            for (var slash = relative.IndexOf('/'); slash > 0; slash = relative.IndexOf('/', slash + 1))
                _directories.Add(relative[..slash]);
        }
        _lastCheck = Environment.TickCount64;
    }

    // The test suites inside library packages (email/test, json/tests, unittest/test...) are the jython package's
    // own and read data files next to themselves, which cannot be opened inside an archive; they are not part of
    // the library a script imports (CPython's own tests are run by shared/tools/cpython-tests).
    private static bool IsPackageTestSuite(string relative)
        => relative.Contains("/test/", StringComparison.Ordinal) || relative.Contains("/tests/", StringComparison.Ordinal);

    // At most once a second: a stat of the archive, reopened when it changed.
    private void Refresh()
    {
        if (_inMemory) return;
        var now = Environment.TickCount64;
        if (now - _lastCheck < 1000) return;
        _lastCheck = now;
        if (File.GetLastWriteTimeUtc(_archive) == _archiveModified) return;
        _zip.Dispose();
        Open();
    }

    public void Dispose()
    {
        lock (_lock) _zip.Dispose();
    }
}
