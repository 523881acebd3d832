namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Iterates a dict's (or a set's) table by slot position; raises RuntimeError if the size changes meanwhile
/// (dictiter / setiter in CPython 2.7).
/// </summary>
public sealed class DictIterator : PyObject
{
    public enum Kind { Keys, Values, Items }
    private PyDict? _dict;          // null once exhausted: a finished iterator stays finished
    private readonly Kind _kind;
    private readonly bool _ownerIsSet;
    private int _used;              // the size when created; -1 after a size change (the error repeats)
    private int _position;

    public DictIterator(PyDict dict, Kind kind, bool ownerIsSet = false)
    {
        _dict = dict;
        _kind = kind;
        _used = dict.Count;
        _ownerIsSet = ownerIsSet;
    }

    public override PyType Type => _kind switch
    {
        Kind.Keys => _ownerIsSet ? BuiltinTypes.SetIterator : BuiltinTypes.DictKeyIterator,
        Kind.Values => BuiltinTypes.DictValueIterator,
        _ => BuiltinTypes.DictItemIterator,
    };

    public override PyObject GetIter() => this;

    public override bool Next(out PyObject value)
    {
        if (_dict is not { } dict) { value = null!; return false; }
        if (dict.Count != _used)
        {
            _used = -1;
            throw PyErr.RuntimeError(_ownerIsSet ? "Set changed size during iteration" : "dictionary changed size during iteration");
        }
        if (!dict.TryGetEntryAt(ref _position, out var k, out var v)) { _dict = null; value = null!; return false; }
        value = _kind switch { Kind.Keys => k, Kind.Values => v, _ => new PyTuple(k, v) };
        return true;
    }
}
