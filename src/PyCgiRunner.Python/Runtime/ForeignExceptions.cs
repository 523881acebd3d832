using System.Reflection;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Turns a .NET exception raised inside the runtime into the Python exception CPython raises in its place, so an
/// 'except' clause catches it and no bug of ours reaches the host as an unhandled exception (DESIGN.md, "Never
/// crash the host"). Limits (ScriptCancelledException) and os._exit are not Python exceptions and stay uncatchable.
/// </summary>
public static class ForeignExceptions
{
    /// <summary>
    /// For an exception filter: true when a Python 'except' or 'finally' may handle <paramref name="ex"/>;
    /// <paramref name="python"/> is then the Python exception to handle.
    /// </summary>
    public static bool Catchable(Exception ex, out PythonException python)
    {
        if (ex is PythonException p) { python = p; return true; }
        python = Translate(ex)!;
        return python is not null;
    }

    /// <summary>The Python exception for a foreign one; null for the stops no script may catch.</summary>
    public static PythonException? Translate(Exception ex)
    {
        switch (ex)
        {
            case PythonException p: return p;
            case ScriptCancelledException or Modules.SystemModules.ProgramExitException or ThreadInterruptedException:
                return null;
            // Framework callbacks (comparers, lazy sequences, reflection) wrap what our code threw.
            case TargetInvocationException { InnerException: { } inner }: return Translate(inner);
            case AggregateException { InnerExceptions.Count: 1 } agg: return Translate(agg.InnerExceptions[0]);
            case InvalidOperationException { InnerException: { } inner }: return Translate(inner);
            case InsufficientExecutionStackException: return PyErr.RecursionError();
            case OutOfMemoryException or InsufficientMemoryException: return PyErr.MemoryError();
            case OverflowException: return PyErr.OverflowError(OverflowMessage(ex));
            case DivideByZeroException: return PyErr.ZeroDivisionError("integer division or modulo by zero");
            case KeyNotFoundException or IndexOutOfRangeException or ArgumentOutOfRangeException:
                return PyErr.New(BuiltinTypes.SystemError, Internal(ex));
            case FormatException or ArgumentException or System.Text.DecoderFallbackException or System.Text.EncoderFallbackException:
                return PyErr.ValueError(ex.Message);
            case InvalidCastException: return PyErr.TypeError(Internal(ex));
            default: return PyErr.New(BuiltinTypes.SystemError, Internal(ex));
        }
    }

    private static string OverflowMessage(Exception ex)
        => ex.Message.Contains("Arithmetic operation resulted in an overflow") || ex.Message.Length == 0
            ? "Python int too large to convert to C long" : ex.Message;

    private static string Internal(Exception ex) => "internal error in PyCgiRunner: " + ex.GetType().Name + ": " + ex.Message;
}
