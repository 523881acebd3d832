using Xunit.Abstractions;
using System.Globalization;

namespace PyCgiRunner.Cgi.Tests.Fuzz;

/// <summary>
/// How long each fuzz property runs: a few seconds in CI, as long as <c>PYCGI_FUZZ_SECONDS</c> says from
/// <c>scripts/fuzz</c>. Each property reports its executions to the test output and, when
/// <c>PYCGI_FUZZ_REPORT</c> names a file, appends a line there for the script to print.
/// </summary>
public static class FuzzBudget
{
    public static int Seconds { get; } =
        int.TryParse(System.Environment.GetEnvironmentVariable("PYCGI_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 2;

    /// <summary>
    /// Runs a check; when it fails and <c>PYCGI_FUZZ_FAILURES</c> names a folder, the input is saved there whole (the
    /// seed CsCheck prints reproduces it too, but its printout of a long input is cut short).
    /// </summary>
    public static void KeepIfFailing(byte[] input, string property, Action check)
    {
        try
        {
            check();
        }
        catch when (System.Environment.GetEnvironmentVariable("PYCGI_FUZZ_FAILURES") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, $"{property}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(input))[..12]}.bin"), input);
            throw;
        }
    }

    public static void Report(ITestOutputHelper output, string property, long executions)
    {
        var line = $"{property}: {executions} executions in {Seconds} s, no failure";
        output.WriteLine(line);
        if (System.Environment.GetEnvironmentVariable("PYCGI_FUZZ_REPORT") is { Length: > 0 } file)
        {
            lock (typeof(FuzzBudget))
                File.AppendAllText(file, line + "\n");
        }
    }
}
