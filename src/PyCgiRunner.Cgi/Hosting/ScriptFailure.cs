namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// An uncaught Python exception (or a syntax error, whose single frame is the file and line of the error),
/// as the development error page shows it.
/// </summary>
/// <param name="ExceptionType">The Python class name, e.g. <c>NameError</c>.</param>
/// <param name="Message">The exception's <c>str()</c>.</param>
/// <param name="Frames">Outermost call first, like a Python traceback.</param>
/// <param name="FormattedTraceback">The text Python's <c>traceback.print_exc()</c> would print.</param>
public sealed record ScriptFailure(string ExceptionType, string Message, IReadOnlyList<ScriptFrame> Frames, string FormattedTraceback);
