using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Marshal;

/// <summary>
/// marshal (CPython 2.7's Python/marshal.c): CPython's own byte format for None, bools, numbers, strings,
/// unicode, tuples, lists, dicts, sets and frozensets, byte for byte (a dict or set goes out in this engine's
/// iteration order). Code objects cannot be written ("unmarshallable object") or read: this engine compiles
/// source, it has no bytecode.
/// </summary>
[PythonModule("marshal", Doc = "Reads and writes Python values in CPython's binary marshal format (version 2 by default).")]
internal static partial class MarshalModule
{
    [PythonConstant] public const long version = 2;

    [PythonFunction(Doc = "dumps(value[, version]) -> the string that dump(value, file) would write.")]
    public static PyStr dumps(PyObject value, int version = 2)
    {
        var writer = new MarshalWriter(version);
        writer.Write(value);
        return PyStr.FromBytes(writer.ToArray());
    }

    [PythonFunction(Doc = "dump(value, file[, version]) writes the value to the open file.")]
    public static void dump(PyObject value, PyObject file, int version = 2)
    {
        if (file is not PyFile) throw PyErr.TypeError("marshal.dump() 2nd arg must be file");
        Ops.CallMethod(file, "write", dumps(value, version));
    }

    [PythonFunction(Doc = "loads(string) -> the value read from the start of the string (the rest is ignored).")]
    public static PyObject loads(PyObject data)
    {
        var text = data switch
        {
            PyStr s => s.Value,
            PyUnicode u => Codecs.EncodeDefault(u.Value),
            _ => throw PyErr.TypeError($"loads() argument 1 must be string or read-only buffer, not {data.Type.Name}"),
        };
        var position = 0;
        var reader = new MarshalReader(n =>
        {
            var take = Math.Min(n, text.Length - position);
            var chunk = text.Substring(position, take);
            position += take;
            return chunk;
        });
        return reader.ReadTop();
    }

    [PythonFunction(Doc = "load(file) -> the next value read from the open file.")]
    public static PyObject load(PyObject file)
    {
        if (file is not PyFile) throw PyErr.TypeError("marshal.load() arg must be file");
        return new MarshalReader(n => Ops.Str(Ops.CallMethod(file, "read", PyInt.Get(n)))).ReadTop();
    }
}
