using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Commands;

/// <summary>
/// `pycgi exec [--warm] FILE.py [args]`: runs a program like `python2.7 FILE.py args`. With --warm the program
/// first runs once with its output discarded, so the timed run sees the engine as a long-running server does
/// (code compiled and JIT-optimized); scripts/bench-engine uses it to report warm figures beside cold ones.
/// </summary>
public static class ExecCommand
{
    public static int Run(string[] args)
    {
        var warm = args.Length > 0 && args[0] == "--warm";
        if (warm) args = args[1..];
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: pycgi exec [--warm] FILE.py [args...]");
            return 2;
        }
        var engine = new PythonEngine();
        using var stdout = Console.OpenStandardOutput();
        using var stderr = Console.OpenStandardError();
        using var stdin = Console.OpenStandardInput();
        var environment = ProcessEnvironment.InOrder();
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
        if (warm)
            ProgramRunner.Run(engine, options with { Stdout = Stream.Null, Stderr = Stream.Null, Stdin = Stream.Null });
        var result = ProgramRunner.Run(engine, options);
        options.Stdout.Flush();
        return result.ExitCode;
    }
}
