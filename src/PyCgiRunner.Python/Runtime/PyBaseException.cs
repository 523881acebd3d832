namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Instances of BaseException and all its subclasses (builtin and Python-defined). The attributes of the
/// special families (EnvironmentError's errno/strerror/filename, SyntaxError's msg/lineno/..., SystemExit's
/// code) live in the instance dict, set by the builtin __init__ as CPython 2.7 does.
/// </summary>
public class PyBaseException : PyObject
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();
    public PyTuple Args { get; set; } = PyTuple.Empty;
    /// <summary>BaseException.message (deprecated in 2.6 but still set in 2.7).</summary>
    public PyObject MessageAttr { get; set; } = PyStr.Empty;
    public PyTraceback? TracebackAttr { get; set; }

    public PyBaseException(PyType type) { _type = type; }

    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;

    public void Initialize(PyObject[] args)
    {
        Args = PyTuple.Of(args);
        MessageAttr = args.Length == 1 ? args[0] : PyStr.Empty;
        ExceptionInit.InitSpecial(this, args);
    }

    public override string Str() => ExceptionInit.StrOf(this);

    // Python 2 exceptions are sequences of their args ("except E, (a, b):" unpacks them).
    public override PyObject GetItem(PyObject key) => Args.GetItem(key);
    public override PyObject GetIter() => Args.GetIter();

    public override string Repr()
    {
        var name = _type.Name;
        return Args.Count == 0 ? name + "()" : name + Args.Repr();
    }
}
