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

    // The chain built so far: frames are only ever appended (outward), so each call extends it, and a handler
    // at every level of a deep recursion (with/__exit__, sys.exc_info) costs O(1) per level, not O(depth).
    private PyTraceback? _built;
    private int _builtCount;
    private PyTraceback? _builtBase;

    public PyTraceback? BuildTraceback()
    {
        if (_builtCount > Trace.Count || !ReferenceEquals(_builtBase, ExplicitTraceback))
        {
            _built = null;
            _builtCount = 0;
        }
        if (_builtCount == 0) { _built = ExplicitTraceback; _builtBase = ExplicitTraceback; }
        PyTraceback? next = _built;
        for (var i = _builtCount; i < Trace.Count; i++)
        {
            // Trace is innermost first; a traceback chain starts at the outermost frame.
            next = new PyTraceback(Trace[i].Frame, Trace[i].Line, next);
        }
        _built = next;
        _builtCount = Trace.Count;
        return next;
    }
}

/// <summary>One frame an exception passed through, with the line that was executing.</summary>
public readonly record struct TraceEntry(Frame Frame, int Line);
