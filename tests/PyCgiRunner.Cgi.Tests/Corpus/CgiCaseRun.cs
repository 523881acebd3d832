using System.Text;
using System.Text.Json;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Cgi.Tests.Corpus;

/// <summary>
/// Runs one case of a cgi corpus (conformance/cgi/README.md format) the way <c>pycgi cgi --request</c> does, on a
/// scratch copy of the script's folder (scripts write files), and lists how the result differs from the
/// reference: stdout (exact, or the "contains" strings), exit status, last stderr line.
/// </summary>
public static class CgiCaseRun
{
    /// <summary>One engine for all cases, as one server has: the shims compile once.</summary>
    private static readonly PythonEngine Engine = new();

    /// <summary>Generous: a case that hangs must fail, not stall the suite.</summary>
    private static readonly CgiLimits Limits = new() { TimeLimit = TimeSpan.FromSeconds(60), MemoryLimitBytes = 0 };

    /// <param name="exact">Compare stdout byte for byte even when the case only asks for "contains".</param>
    public static async Task<IReadOnlyList<string>> DifferencesAsync(string corpus, string name, bool exact = false)
    {
        var jsonPath = Path.Combine(corpus, name + ".json");
        var request = CgiRequestFile.Load(jsonPath);
        var scratch = Directory.CreateTempSubdirectory("pycgi-case-");
        try
        {
            var folder = Path.Combine(scratch.FullName, "s");
            CopyFolder(Path.GetDirectoryName(request.ScriptPath)!, folder);
            var temp = Directory.CreateDirectory(Path.Combine(scratch.FullName, "tmp")).FullName;
            var runner = new PythonCgiScriptRunner(Engine, SandboxPolicy.Open with { TempRoot = temp });
            var stdout = new MemoryStream();
            var stderr = new MemoryStream();
            var local = request with { ScriptPath = Path.Combine(folder, Path.GetFileName(request.ScriptPath)) };
            var result = await StandaloneCgi.RunAsync(runner, local, stdout, stderr, Limits);
            return Compare(corpus, name, jsonPath, stdout.ToArray(), Encoding.Latin1.GetString(stderr.ToArray()), StandaloneCgi.ExitStatus(result), exact);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static List<string> Compare(string corpus, string name, string jsonPath, byte[] stdout, string stderr, int exit, bool exact)
    {
        var problems = new List<string>();
        var expected = File.ReadAllBytes(Path.Combine(corpus, name + ".cgiout"));
        using (var json = JsonDocument.Parse(File.ReadAllBytes(jsonPath)))
        {
            var root = json.RootElement;
            if (!exact && root.TryGetProperty("compare", out var compare) && compare.GetString() == "contains")
            {
                foreach (var wanted in root.GetProperty("must_contain").EnumerateArray())
                {
                    if (stdout.AsSpan().IndexOf(Encoding.UTF8.GetBytes(wanted.GetString()!)) < 0)
                        problems.Add($"stdout lacks {Quote(wanted.GetString()!)}");
                }
            }
            else if (!stdout.AsSpan().SequenceEqual(expected))
            {
                problems.Add(FirstDifference(expected, stdout));
            }
        }
        var exitPath = Path.Combine(corpus, name + ".exit");
        var wantExit = File.Exists(exitPath) ? int.Parse(File.ReadAllText(exitPath).Trim()) : 0;
        if (exit != wantExit)
            problems.Add($"exit {exit}, want {wantExit}");
        if (wantExit != 0)
        {
            var wantErr = File.ReadAllText(Path.Combine(corpus, name + ".err"), Encoding.Latin1);
            var lastErr = LastLine(stderr);
            if (lastErr != wantErr)
                problems.Add($"last stderr line {Quote(lastErr)}, want {Quote(wantErr)}");
        }
        if (problems.Count > 0 && LastLine(stderr) is { Length: > 0 } last)
            problems.Add("stderr's last line: " + Quote(last));
        return problems;
    }

    /// <summary>The last non-blank line of stderr, as the corpus' .err files hold it.</summary>
    private static string LastLine(string stderr) =>
        stderr.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.Trim().Length > 0) ?? "";

    /// <summary>The first differing line, which is what a reader needs to see why a case fails.</summary>
    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var want = Encoding.Latin1.GetString(expected).Split('\n');
        var got = Encoding.Latin1.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(want.Length, got.Length); i++)
        {
            var w = i < want.Length ? want[i] : "<end>";
            var g = i < got.Length ? got[i] : "<end>";
            if (w != g)
                return $"stdout line {i + 1}: got {Quote(g)}, want {Quote(w)}";
        }
        return "stdout differs";
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text.Length > 200 ? text[..200] + "..." : text);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            if (!file.EndsWith(".pyc", StringComparison.Ordinal))
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
