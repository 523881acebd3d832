using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Modules.SystemModules;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Collections;

/// <summary>
/// deque_iterator and deque_reverse_iterator: walk the deque by position and refuse to go on once the deque's
/// state changed ("deque mutated during iteration"); item assignment does not count as a change.
/// </summary>
[PythonType]
internal sealed partial class DequeIterator : PyObject
{
    public static readonly PyType ForwardType = CreateType("deque_iterator");
    public static readonly PyType ReverseType = CreateType("deque_reverse_iterator");

    private readonly Deque _deque;
    private readonly bool _reverse;
    private readonly long _state;
    private int _taken;
    private int _remaining;

    public DequeIterator(Deque deque, bool reverse)
    {
        _deque = deque;
        _reverse = reverse;
        _state = deque.State;
        _remaining = deque.Count;
    }

    public override PyType Type => _reverse ? ReverseType : ForwardType;

    private static PyType CreateType(string name)
    {
        var t = SystemSupport.NewType(name, "__builtin__");
        DefineMembers(t);
        return t;
    }

    public override PyObject GetIter() => this;

    public override bool Next(out PyObject value)
    {
        if (_deque.State != _state)
        {
            _remaining = 0;
            throw PyErr.RuntimeError("deque mutated during iteration");
        }
        if (_remaining == 0) { value = null!; return false; }
        var i = _reverse ? _deque.Count - 1 - _taken : _taken;
        value = _deque[i];
        _taken++;
        _remaining--;
        return true;
    }

    [PythonFunction("__iter__")]
    public PyObject IterMethod() => this;

    [PythonFunction("next", Doc = "next() -> the next item, or StopIteration.")]
    public PyObject NextMethod() => Next(out var v) ? v : throw PyErr.StopIteration();

    [PythonFunction("__length_hint__", Doc = "How many items are left.")]
    public long LengthHint() => _remaining;
}
