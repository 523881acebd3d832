using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Commands;

/// <summary>`pycgi exec FILE.py [args]`: runs a program like `python2.7 FILE.py args`.</summary>
public static class ExecCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: pycgi exec FILE.py [args...]");
            return 2;
        }
        var engine = new PythonEngine();
        using var stdout = Console.OpenStandardOutput();
        using var stderr = Console.OpenStandardError();
        using var stdin = Console.OpenStandardInput();
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
        var options = new ProgramOptions
        {
            ScriptPath = args[0],
            Arguments = args[1..],
            WorkingDirectory = Directory.GetCurrentDirectory(),
            Environment = environment,
            Stdin = stdin,
            Stdout = new BufferedStream(stdout, 64 * 1024),
            Stderr = stderr,
        };
        if (!File.Exists(args[0]))
        {
            Console.Error.WriteLine($"pycgi: can't open file '{args[0]}': [Errno 2] No such file or directory");
            return 2;
        }
        var result = ProgramRunner.Run(engine, options);
        options.Stdout.Flush();
        return result.ExitCode;
    }
}
