using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// The sandbox a served script runs in (DESIGN.md, "One seam to the outside world"): it may read the site (the
/// document root and the script folders) and our stdlib shims, and write only the data folder and its own
/// temporary folder (one per request under the site's, see <see cref="RequestTempFolder"/>), which is what
/// <c>/tmp</c> means to it.
/// </summary>
public static class CgiSandbox
{
    public static SandboxPolicy FromOptions(CgiOptions options, string shimsDirectory)
    {
        var read = new List<string> { Path.GetFullPath(shimsDirectory) };
        if (options.DocumentRoot is not null)
            read.Add(Path.GetFullPath(options.DocumentRoot));
        read.AddRange(options.EffectiveScriptAliases().Select(a => a.Value));
        var data = options.EffectiveDataDirectory();
        var temp = options.EffectiveTempDirectory();
        Directory.CreateDirectory(data);
        Directory.CreateDirectory(temp);
        // Requests' own folders are deleted when each run ends; only a killed process leaves one behind.
        RequestTempFolder.SweepStale(temp, TimeSpan.FromDays(2));
        return new SandboxPolicy { ReadRoots = read.Distinct().ToList(), WriteRoots = [data, temp], TempRoot = temp };
    }
}
