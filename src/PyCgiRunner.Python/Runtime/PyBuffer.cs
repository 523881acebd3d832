namespace PyCgiRunner.Python.Runtime;

/// <summary>buffer(object[, offset[, size]]): a read-only view of a string (Python 2 only).</summary>
public sealed class PyBuffer : PyObject
{
    private readonly PyBaseString _source;
    private readonly int _offset;
    private readonly int _size;

    /// <summary>A buffer that owns its memory (PyBuffer_New in C, e.g. sqlite3's BLOB values): it reprs as read-write.</summary>
    private readonly bool _ownsMemory;

    public PyBuffer(PyBaseString source, int offset, int size, bool ownsMemory = false)
    {
        _ownsMemory = ownsMemory;
        _source = source;
        _offset = Math.Min(offset, source.Value.Length);
        _size = size < 0 ? source.Value.Length - _offset : Math.Min(size, source.Value.Length - _offset);
    }

    public static readonly PyType TypeObject = new("buffer", BuiltinTypes.Object);
    public override PyType Type => TypeObject;
    private string View => _source.Value.Substring(_offset, _size);
    /// <summary>The viewed bytes as a byte string (the buffer interface).</summary>
    public string Bytes => View;
    public override string Str() => View;
    public override int Length() => _size;
    public override string Repr() => _ownsMemory
        ? $"<read-write buffer ptr 0x{_source.Id:x8}, size {_size} at 0x{Id:x8}>"
        : $"<read-only buffer for 0x{_source.Id:x8}, size {(_size == _source.Value.Length - _offset ? -1 : _size)}, offset {_offset} at 0x{Id:x8}>";
    public override PyObject GetItem(PyObject key) => PyStr.From(View).GetItem(key);
    public override PyObject BinaryOp(Ast.BinaryOperator op, PyObject other)
        => op == Ast.BinaryOperator.Add && other is PyBaseString or PyBuffer ? PyStr.From(View + Ops.Str(other)) : PyNotImplemented.Instance;
    public override PyObject RichCompare(PyObject other, CompareOp op)
        => other is PyBuffer b ? PyBool.Of(Ops.CompareResult(string.CompareOrdinal(View, b.View), op)) : PyNotImplemented.Instance;
}
