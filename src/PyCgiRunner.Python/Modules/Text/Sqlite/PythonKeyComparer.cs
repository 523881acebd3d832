using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>Python's dict key rules (hash(), then ==) for a .NET dictionary: 'a' and u'a' are one key.</summary>
internal sealed class PythonKeyComparer : IEqualityComparer<PyObject>
{
    public static readonly PythonKeyComparer Instance = new();

    public bool Equals(PyObject? x, PyObject? y) => ReferenceEquals(x, y) || (x is not null && y is not null && Ops.Eq(x, y));

    public int GetHashCode(PyObject obj) => Ops.Hash(obj).GetHashCode();
}
