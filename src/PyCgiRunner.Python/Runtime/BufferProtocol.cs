using System.Text;
using PyCgiRunner.Python.Builtins;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// The objects that expose their bytes through CPython 2.7's buffer interface (str, bytearray, buffer,
/// memoryview, array.array), read as a byte string; anything else (unicode included) has none.
/// </summary>
public static class BufferProtocol
{
    public static bool TryGetBytes(PyObject o, out string bytes)
    {
        switch (o)
        {
            case PyStr s: bytes = s.Value; return true;
            case PyByteArray b: bytes = Encoding.Latin1.GetString(b.Bytes.ToArray()); return true;
            case PyBuffer buffer: bytes = buffer.Bytes; return true;
            case PyMemoryView view: bytes = view.Bytes; return true;
            case Modules.Data.Arrays.PyArray a: bytes = Encoding.Latin1.GetString(a.ToBytes()); return true;
        }
        bytes = "";
        return false;
    }

    /// <summary>The bytes, or CPython's TypeError "'int' does not have the buffer interface".</summary>
    public static string GetBytes(PyObject o)
        => TryGetBytes(o, out var bytes) ? bytes : throw PyErr.TypeError($"'{o.Type.Name}' does not have the buffer interface");
}
