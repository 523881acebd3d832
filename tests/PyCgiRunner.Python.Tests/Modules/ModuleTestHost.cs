using System.Text;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>Runs a Python 2 snippet through the engine and returns what it printed (stderr on failure).</summary>
internal static class ModuleTestHost
{
    public static string Run(string source, ExecutionLimits? limits = null)
    {
        var dir = Directory.CreateTempSubdirectory("pycgi-modtest-").FullName;
        try
        {
            var script = Path.Combine(dir, "snippet.py");
            File.WriteAllText(script, source, Encoding.Latin1);
            var stdout = new MemoryStream();
            var stderr = new MemoryStream();
            var result = ProgramRunner.Run(new PythonEngine(), new ProgramOptions
            {
                ScriptPath = script,
                WorkingDirectory = dir,
                Stdout = stdout,
                Stderr = stderr,
                Limits = limits ?? ExecutionLimits.None,
            });
            var output = Encoding.Latin1.GetString(stdout.ToArray());
            if (result.ExitCode != 0) output += "\nEXIT " + result.ExitCode + ": " + Encoding.Latin1.GetString(stderr.ToArray());
            return output;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
