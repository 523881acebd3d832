using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// sqlite3.PrepareProtocol: the protocol object of PEP 246 adaptation. Values are adapted to it before they are
/// bound (register_adapter keys, __conform__(protocol)); instances carry nothing.
/// </summary>
internal sealed class PySqlitePrepareProtocol(PyType type) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyDict? _dict = type.HasInstanceDict ? new PyDict() : null;

    public override PyType Type => type;
    public override PyDict? InstanceDict => _dict;
    public override string Repr() => $"<{type.ModuleName}.{type.Name} object at 0x{Id:x8}>";

    private static PyType CreateType()
    {
        var t = new PyType("PrepareProtocol", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("sqlite3"));
        t.Dict.SetStr("__doc__", PyStr.From("PEP 246 style object adaption protocol type."));
        t.NewFunc = (cls, args, kw) => new PySqlitePrepareProtocol(cls);
        // Its __init__ takes any arguments and ignores them, as prepare_protocol.c's does.
        t.Dict.SetStr("__init__", new PyBuiltinMethodDescriptor("__init__", t, (self, args, kw) => PyNone.Instance));
        return t;
    }
}
