using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Modules.Data.Arrays;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Binding;

/// <summary>
/// The 's*' and 's#' argument formats of Python/getargs.c in 2.7: a str, a unicode encoded with the default
/// encoding, or anything with the buffer interface (buffer, bytearray, memoryview, array.array), as bytes in
/// a Latin-1 string; anything else is "must be string or buffer, not X".
/// </summary>
public static class BufferArgument
{
    public static bool TryGet(PyObject o, out string bytes)
    {
        switch (o)
        {
            case PyStr s: bytes = s.Value; return true;
            case PyUnicode u: bytes = Codecs.EncodeDefault(u.Value); return true;
            case PyBuffer b: bytes = b.Str(); return true;
            case PyByteArray a: bytes = a.AsString(); return true;
            case PyMemoryView m: bytes = m.Bytes; return true;
            case PyArray array: bytes = PyArray.Latin1(array.ToBytes()); return true;
        }
        bytes = "";
        return false;
    }

    /// <summary>The bytes, or CPython's TypeError naming the function and the argument's position.</summary>
    public static string Get(PyObject o, string function, int position = 1)
        => TryGet(o, out var bytes) ? bytes : throw PyErr.TypeError($"{function}() argument {position} must be string or buffer, not {o.Type.Name}");
}
