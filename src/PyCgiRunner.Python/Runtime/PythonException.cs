namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// The one .NET exception type that carries every Python exception. Value is the Python exception instance
/// (a PyBaseException, or an old-style class instance, which Python 2 also allows to be raised).
/// Traceback entries are appended as the exception leaves each Python frame (innermost last).
/// </summary>
public sealed class PythonException : Exception
{
    public PyObject Value { get; }
    public List<TraceEntry> Trace { get; } = new();
    /// <summary>A traceback given explicitly by 'raise E, v, tb'.</summary>
    public PyTraceback? ExplicitTraceback { get; set; }

    public PythonException(PyObject value) : base(null) { Value = value; }

    public PyType PyType => Value is PyInstance ? BuiltinTypes.InstanceType : Value.Type;

    /// <summary>The class of the exception: a type, or an old-style class.</summary>
    public PyObject PyClass => Value is PyInstance inst ? inst.Class : Value.Type;

    public bool IsInstance(PyType type) => Value.Type.IsSubtypeOf(type);

    public override string Message => ExceptionFormatting.FormatOnly(this).TrimEnd('\n');

    public void AddFrame(Frame frame)
    {
        Trace.Add(new TraceEntry(frame, frame.Line));
    }

    public PyTraceback? BuildTraceback()
    {
        PyTraceback? next = ExplicitTraceback;
        for (var i = 0; i < Trace.Count; i++)
        {
            // Trace is innermost first; a traceback chain starts at the outermost frame.
            next = new PyTraceback(Trace[i].Frame, Trace[i].Line, next);
        }
        return next;
    }
}

/// <summary>One frame an exception passed through, with the line that was executing.</summary>
public readonly record struct TraceEntry(Frame Frame, int Line);
