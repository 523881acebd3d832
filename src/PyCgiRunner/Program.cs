using PyCgiRunner.Commands;

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
        return args[0] switch
        {
            "serve" => ServeCommand.Run(rest),
            "cgi" => CgiCommand.Run(rest),
            "exec" => ExecCommand.Run(rest),
            "-h" or "--help" or "help" => Usage(Console.Out, 0),
            _ => Usage(Console.Error, 2),
        };
    }

    private static int Usage(TextWriter writer, int exitCode)
    {
        writer.WriteLine("usage: pycgi serve [--root DIR] [--cgi-bin DIR] [--port N] [--urls URLS] [--mode development|production] [limits]");
        writer.WriteLine("       pycgi cgi SCRIPT [--method M] [--query Q] [--header 'Name: value']... [--body TEXT | --body-file F] [--path-info P] [--request case.json]");
        writer.WriteLine("       pycgi exec [--warm] FILE.py [args...]");
        return exitCode;
    }
}
