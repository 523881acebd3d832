using System.Text;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Python.Tests.Support;

/// <summary>Runs a Python 2 snippet through the same hosting as `pycgi exec` and captures what it wrote.</summary>
public static class Py
{
    public static readonly PythonEngine Engine = new();

    public sealed record Outcome(string Stdout, string Stderr, ProgramResult Result)
    {
        public string LastErrorLine => Stderr.Split('\n').LastOrDefault(l => l.Trim().Length > 0) ?? "";
    }

    public static Outcome Run(string source, ExecutionLimits? limits = null, bool onCurrentThread = false)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pycgi-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "snippet.py"), Encoding.Latin1.GetBytes(source));
            var stdout = new MemoryStream();
            var stderr = new MemoryStream();
            var options = new ProgramOptions
            {
                ScriptPath = "snippet.py",
                WorkingDirectory = dir,
                Stdout = stdout,
                Stderr = stderr,
                Limits = limits ?? new ExecutionLimits { Deadline = DateTime.UtcNow.AddSeconds(20) },
            };
            var result = onCurrentThread ? ProgramRunner.RunOnThisThread(Engine, options) : ProgramRunner.Run(Engine, options);
            return new Outcome(Encoding.Latin1.GetString(stdout.ToArray()), Encoding.Latin1.GetString(stderr.ToArray()), result);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Runs the snippet and returns its stdout, failing the test on an uncaught exception.</summary>
    public static string Out(string source)
    {
        var o = Run(source);
        Assert.True(o.Result.ExitCode == 0, "exit " + o.Result.ExitCode + ": " + o.Stderr);
        return o.Stdout;
    }
}
