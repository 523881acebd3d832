using System.Text;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Python.Tests.Sandbox;

/// <summary>
/// A scratch site laid out as the gateway's sandbox sees one: <c>site/</c> (the scripts, read-only), <c>data/</c>
/// (writable), <c>tmp/</c> (what /tmp means) and <c>outside/</c> (neither). Scripts run from <c>site/</c>.
/// </summary>
public sealed class SandboxSite : IDisposable
{
    private static readonly PythonEngine s_engine = new();

    public string Root { get; } = Directory.CreateTempSubdirectory("pycgi-sandbox-").FullName;

    public string Site => Path.Combine(Root, "site");
    public string Data => Path.Combine(Root, "data");
    public string Temp => Path.Combine(Root, "tmp");
    public string Outside => Path.Combine(Root, "outside");

    public SandboxSite()
    {
        foreach (var folder in new[] { Site, Data, Temp, Outside })
            Directory.CreateDirectory(folder);
    }

    public SandboxPolicy Policy => new()
    {
        ReadRoots = [Site, s_engine.ShimsDirectory],
        WriteRoots = [Data, Temp],
        TempRoot = Temp,
    };

    /// <summary>Runs <paramref name="source"/> as site/NAME.py; returns stdout, with stderr appended when it failed.</summary>
    public string Run(string source, string name = "script")
    {
        var script = Path.Combine(Site, name + ".py");
        File.WriteAllText(script, source, Encoding.Latin1);
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        var result = ProgramRunner.Run(s_engine, new ProgramOptions
        {
            ScriptPath = script,
            WorkingDirectory = Site,
            Stdout = stdout,
            Stderr = stderr,
            Policy = Policy,
        });
        var output = Encoding.Latin1.GetString(stdout.ToArray());
        return result.ExitCode == 0 ? output : output + "\nEXIT " + result.ExitCode + ": " + Encoding.Latin1.GetString(stderr.ToArray());
    }

    /// <summary>A Python string literal for a path.</summary>
    public static string Py(string path) => "'" + path.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
