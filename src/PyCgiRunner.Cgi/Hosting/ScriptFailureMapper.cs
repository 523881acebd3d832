using PyCgiRunner.Python.Hosting;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// Turns the engine's uncaught <see cref="PythonException"/> into the gateway's <see cref="ScriptFailure"/>: the
/// traceback frames outermost first (as Python prints them), with absolute file names so the error page can show
/// the source around each line, when the run's sandbox policy let the script read that file. A SyntaxError's own
/// location (file, line of the error) is its last frame.
/// </summary>
public static class ScriptFailureMapper
{
    public static ScriptFailure From(PythonException exception, string? formattedTraceback, string workingDirectory, SandboxPolicy policy)
    {
        // One policy decision per file, not per frame: a 20,000-frame recursion names one file 20,000 times.
        var decided = new Dictionary<string, string?>(StringComparer.Ordinal);
        ScriptFrame Frame(string fileName, int line, string function)
        {
            var absolute = Absolute(fileName, workingDirectory);
            if (!decided.TryGetValue(absolute, out var readable))
                decided[absolute] = readable = absolute.StartsWith('<') ? null : policy.Authorize(absolute, write: false);
            return new ScriptFrame(absolute, line, function, readable);
        }

        var frames = new List<ScriptFrame>();
        for (var tb = exception.BuildTraceback(); tb is not null; tb = tb.NextTb)
        {
            var code = tb.Frame.Code;
            frames.Add(Frame(code.FileName, tb.Line, code.Name));
        }

        var value = exception.Value;
        var typeName = ExceptionFormatting.ExceptionTypeName(value);
        string message;
        if (value is PyBaseException syntax && syntax.Type.IsSubtypeOf(BuiltinTypes.SyntaxError))
        {
            // Python 2.7 reference §8.2: a SyntaxError carries (msg, (filename, lineno, offset, text)).
            var d = syntax.InstanceDict;
            message = d.GetStrOrNull("msg") is { } msg and not PyNone ? SafeStr(msg, typeName) : SafeStr(value, typeName);
            if (d.GetStrOrNull("filename") is PyStr file && d.GetStrOrNull("lineno") is PyInt line)
                frames.Add(Frame(file.Value, (int)line.Value, "<module>"));
        }
        else
        {
            message = SafeStr(value, typeName);
        }
        return new ScriptFailure(typeName, message, frames, formattedTraceback ?? ExceptionFormatting.FormatTraceback(exception));
    }

    private static string SafeStr(PyObject value, string typeName)
    {
        try
        {
            return Ops.Str(value);
        }
        catch (PythonException)
        {
            return "<unprintable " + typeName + " object>";
        }
    }

    /// <summary>File names are as the script was named (relative for <c>pycgi cgi</c>); the page wants them absolute.</summary>
    private static string Absolute(string fileName, string workingDirectory) =>
        fileName.StartsWith('<') ? fileName : Path.GetFullPath(fileName, workingDirectory);
}
