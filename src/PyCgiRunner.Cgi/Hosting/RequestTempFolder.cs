using System.Security.Cryptography;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// A temporary folder of one request's own (issue 7, item 8): what <c>/tmp</c> and <c>tempfile.gettempdir()</c> mean
/// for that run, under the site's temporary folder, the only temporary folder the run may read or write, so no
/// script can list or read another request's uploads. Disposing it (at the run's end, whether the script succeeded,
/// failed or was stopped) deletes it with everything in it.
/// </summary>
public sealed class RequestTempFolder : IDisposable
{
    /// <summary>Folders of requests are named so; a sweep at start-up removes ones a killed process left.</summary>
    public const string Prefix = "req-";

    private RequestTempFolder(SandboxPolicy policy, string? folder)
    {
        Policy = policy;
        Folder = folder;
    }

    /// <summary>The site's policy with the request's folder in place of the site's temporary folder.</summary>
    public SandboxPolicy Policy { get; }

    /// <summary>The request's folder; null when the site has no temporary folder of its own.</summary>
    public string? Folder { get; }

    public static RequestTempFolder Create(SandboxPolicy site)
    {
        if (site.TempRoot is not { } root)
            return new RequestTempFolder(site, null);
        var folder = Path.Combine(root, Prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant());
        Directory.CreateDirectory(folder);
        var policy = site with
        {
            TempRoot = folder,
            WriteRoots = site.WriteRoots.Select(r => SamePath(r, root) ? folder : r).ToList(),
        };
        return new RequestTempFolder(policy, folder);
    }

    /// <summary>The site's own temporary folder for the run, kept after it (nothing is deleted).</summary>
    public static RequestTempFolder Shared(SandboxPolicy site) => new(site, null);

    /// <summary>Removes request folders older than <paramref name="age"/> under a site's temporary folder.</summary>
    public static void SweepStale(string root, TimeSpan age)
    {
        if (!Directory.Exists(root))
            return;
        foreach (var folder in Directory.EnumerateDirectories(root, Prefix + "*"))
        {
            if (DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) > age)
                TryDelete(folder);
        }
    }

    public void Dispose()
    {
        if (Folder is not null)
            TryDelete(Folder);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone already, or a file still being written by a run that ignores its stop; the sweep gets it later.
        }
    }

    private static bool SamePath(string a, string b) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)) == Path.TrimEndingDirectorySeparator(Path.GetFullPath(b));
}
