using PyCgiRunner.Commands;
using PyCgiRunner.Python.Hosting.Library;

namespace PyCgiRunner;

/// <summary>
/// The `pycgi` executable: `serve` runs the HTTP server, `cgi` runs one script once as a CGI program,
/// `exec` runs a Python 2 program like `python2.7 FILE.py`.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
            return Usage(Console.Error, 2);
        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "serve" => ServeCommand.Run(rest),
                "cgi" => CgiCommand.Run(ExtractStdlib(rest)),
                "exec" => ExecCommand.Run(ExtractStdlib(rest)),
                "-h" or "--help" or "help" => Usage(Console.Out, 0),
                _ => Usage(Console.Error, 2),
            };
        }
        catch (StandardLibraryNotFoundException missing)
        {
            Console.Error.WriteLine("pycgi: " + missing.Message);
            return ExitCodes.NoStandardLibrary;
        }
    }

    /// <summary>
    /// `--stdlib PATH` before the script of exec/cgi: every engine of this process uses that library (the same
    /// setting as PYCGI_STDLIB and serve's --stdlib).
    /// </summary>
    private static string[] ExtractStdlib(string[] args)
    {
        if (args.Length < 2 || args[0] != "--stdlib") return args;
        Environment.SetEnvironmentVariable(StandardLibrary.EnvironmentVariable, Path.GetFullPath(args[1]));
        return args[2..];
    }

    private static int Usage(TextWriter writer, int exitCode)
    {
        writer.WriteLine("usage: pycgi serve [--root DIR] [--cgi-bin DIR] [--port N] [--urls URLS] [--mode development|production] [limits]");
        writer.WriteLine("       pycgi cgi SCRIPT [--method M] [--query Q] [--header 'Name: value']... [--body TEXT | --body-file F] [--path-info P] [--request case.json]");
        writer.WriteLine("       pycgi exec [--stdlib PATH] [--warm] FILE.py [args...]");
        return exitCode;
    }
}
