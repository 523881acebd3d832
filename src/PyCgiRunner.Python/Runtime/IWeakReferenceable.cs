namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Marks a C# class whose instances accept weak references (CPython: a type with tp_weaklistoffset set, such as
/// deque or functools.partial). Instances of Python classes and the builtin kinds CPython allows are recognised
/// by the _weakref module itself; native module types opt in with this interface.
/// </summary>
public interface IWeakReferenceable;
