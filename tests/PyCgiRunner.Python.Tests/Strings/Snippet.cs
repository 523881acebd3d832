using System.Text;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Python.Tests.Strings;

/// <summary>Runs a Python 2 snippet through the engine and returns what it printed (bytes as Latin-1).</summary>
internal static class Snippet
{
    public static string Run(string source)
    {
        var dir = Directory.CreateTempSubdirectory("pycgi-strings-");
        try
        {
            var path = Path.Combine(dir.FullName, "snippet.py");
            File.WriteAllBytes(path, Encoding.Latin1.GetBytes(source));
            using var stdout = new MemoryStream();
            using var stderr = new MemoryStream();
            var result = ProgramRunner.Run(new PythonEngine(), new ProgramOptions
            {
                ScriptPath = path,
                WorkingDirectory = dir.FullName,
                Stdout = stdout,
                Stderr = stderr,
            });
            var output = Encoding.Latin1.GetString(stdout.ToArray());
            if (result.ExitCode != 0) output += "EXIT " + result.ExitCode + ": " + Encoding.Latin1.GetString(stderr.ToArray());
            return output;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
