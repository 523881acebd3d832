using System.Text;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Python.Tests.Conformance;

/// <summary>
/// One case of a lang/lib-style corpus (NNN_name.py → .out [+ .exit, .err]), run the way the corpus README
/// says: from a scratch copy, stdin empty, environment PATH/LC_ALL/TZ only, through the same hosting as
/// `pycgi exec`.
/// </summary>
public sealed class ProgramCase
{
    private static readonly PythonEngine s_engine = new();

    public string Directory { get; }
    public string Name { get; }

    public ProgramCase(string directory, string name) { Directory = directory; Name = name; }

    public static IEnumerable<string> CaseNames(string directory)
        => System.IO.Directory.GetFiles(directory, "*.py")
            .Where(p => File.Exists(Path.ChangeExtension(p, ".out")))
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Order(StringComparer.Ordinal);

    /// <summary>Runs the case; returns null when it matches, else a description of the first difference.</summary>
    public string? Run()
    {
        var scratch = Path.Combine(Path.GetTempPath(), "pycgi-case-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(scratch);
        try
        {
            File.Copy(Path.Combine(Directory, Name + ".py"), Path.Combine(scratch, Name + ".py"));
            // Non-case helper files (modules a case imports) come along.
            foreach (var f in System.IO.Directory.GetFiles(Directory))
            {
                var file = Path.GetFileName(f);
                if (!char.IsAsciiDigit(file[0]) && file.EndsWith(".py")) File.Copy(f, Path.Combine(scratch, file));
            }
            var stdout = new MemoryStream();
            var stderr = new MemoryStream();
            var result = ProgramRunner.Run(s_engine, new ProgramOptions
            {
                ScriptPath = Name + ".py",
                WorkingDirectory = scratch,
                Environment = new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin", ["LC_ALL"] = "C", ["TZ"] = "UTC" },
                Stdout = stdout,
                Stderr = stderr,
                Limits = new ExecutionLimits { Deadline = DateTime.UtcNow.AddSeconds(30) },
            });
            return Compare(stdout.ToArray(), Encoding.Latin1.GetString(stderr.ToArray()), result);
        }
        finally
        {
            try { System.IO.Directory.Delete(scratch, recursive: true); } catch (IOException) { }
        }
    }

    private string? Compare(byte[] stdout, string stderr, ProgramResult result)
    {
        var expected = File.ReadAllBytes(Path.Combine(Directory, Name + ".out"));
        var exitFile = Path.Combine(Directory, Name + ".exit");
        var expectedExit = File.Exists(exitFile) ? int.Parse(File.ReadAllText(exitFile).Trim()) : 0;
        if (result.StoppedBy is { } stop) return $"stopped by {stop}";
        var lastErr = stderr.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.Trim().Length > 0) ?? "";
        if (!stdout.AsSpan().SequenceEqual(expected))
            return "stdout differs: " + FirstDifference(Encoding.Latin1.GetString(expected), Encoding.Latin1.GetString(stdout)) + "\nstderr: " + lastErr;
        if (result.ExitCode != expectedExit) return $"exit status {result.ExitCode}, expected {expectedExit}; stderr: {lastErr}";
        if (expectedExit != 0)
        {
            var expectedErr = File.ReadAllText(Path.Combine(Directory, Name + ".err")).Trim();
            if (lastErr != expectedErr) return $"last stderr line '{lastErr}', expected '{expectedErr}'";
        }
        return null;
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al) return $"line {i + 1}\n  expected: {el}\n  actual:   {al}";
        }
        return "(same lines, different bytes)";
    }

    public override string ToString() => Name;
}
