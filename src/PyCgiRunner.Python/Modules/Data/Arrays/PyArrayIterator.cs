using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Arrays;

/// <summary>The live iterator arrays hand out (CPython's arrayiterator).</summary>
internal sealed class PyArrayIterator : PyObject
{
    private readonly PyArray _array;
    private int _index;

    public PyArrayIterator(PyArray array) { _array = array; }

    public override PyType Type => ArrayModule.IteratorType;
    public override PyObject GetIter() => this;

    public override bool Next(out PyObject value)
    {
        if (_index < _array.Items.Count) { value = _array.Items[_index++]; return true; }
        value = null!;
        return false;
    }
}
