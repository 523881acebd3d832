using System.Text;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>Runs a Python snippet through the engine in a scratch folder and returns what it printed.</summary>
public static class ScriptRunner
{
    private static readonly PythonEngine s_engine = new();

    public static (string Stdout, string Stderr, int ExitCode) Run(string source, SandboxPolicy? policy = null, Dictionary<string, string>? env = null)
    {
        var dir = Directory.CreateTempSubdirectory("pycgi-mod-").FullName;
        try
        {
            var script = Path.Combine(dir, "snippet.py");
            File.WriteAllText(script, source.Replace("\r\n", "\n"));
            using var stdout = new MemoryStream();
            using var stderr = new MemoryStream();
            var result = ProgramRunner.Run(s_engine, new ProgramOptions
            {
                ScriptPath = script,
                WorkingDirectory = dir,
                Stdout = stdout,
                Stderr = stderr,
                Environment = env ?? new Dictionary<string, string> { ["TZ"] = "UTC" },
                Policy = policy ?? SandboxPolicy.Open,
            });
            return (Encoding.Latin1.GetString(stdout.ToArray()), Encoding.Latin1.GetString(stderr.ToArray()), result.ExitCode);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>The folder a restricted policy may use: the scratch folders live under the system temp directory.</summary>
    public static SandboxPolicy Restricted() => new()
    {
        ReadRoots = [Path.GetTempPath()],
        WriteRoots = [Path.GetTempPath()],
    };
}
