namespace PyCgiRunner.Python.Runtime;

public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();
    private PyNone() { }
    public override PyType Type => BuiltinTypes.NoneType;
    public override bool IsTrue() => false;
    public override string Repr() => "None";
    public override long Hash() => 0x5F3C2A1;
}

public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();
    private PyNotImplemented() { }
    public override PyType Type => BuiltinTypes.NotImplementedType;
    public override string Repr() => "NotImplemented";
}

public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();
    private PyEllipsis() { }
    public override PyType Type => BuiltinTypes.Ellipsis;
    public override string Repr() => "Ellipsis";
}
