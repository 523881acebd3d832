using System.Runtime.CompilerServices;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Base of every Python value. The virtual methods are the builtin behaviour of the C# class;
/// the static helpers in <see cref="Ops"/> decide first whether a Python class overrides a special method
/// (instances of user classes, including subclasses of builtins), so compiled code always goes through Ops.
/// </summary>
public abstract class PyObject
{
    /// <summary>The Python type; exact builtins return a shared static, subclass-capable values store theirs.</summary>
    public abstract PyType Type { get; }

    /// <summary>The instance __dict__, when the object has one.</summary>
    public virtual PyDict? InstanceDict => null;

    // ---- attributes -------------------------------------------------------------------------------

    /// <summary>
    /// True when the class overrides TryGetAttr (modules, types, super, functions...): method calls must then
    /// go through the full lookup instead of the type-dict shortcut.
    /// </summary>
    public virtual bool HasCustomAttributes => false;

    /// <summary>Attribute lookup without __getattr__ fallbacks raising: returns false when missing.</summary>
    public virtual bool TryGetAttr(string name, out PyObject value) => TypeAttributes.GenericTryGetAttr(this, name, out value);

    public virtual void SetAttr(string name, PyObject value) => TypeAttributes.GenericSetAttr(this, name, value);

    public virtual void DelAttr(string name) => TypeAttributes.GenericDelAttr(this, name);

    // ---- calls ------------------------------------------------------------------------------------

    /// <summary>
    /// Calls the object. The last kwNames.Length entries of args are keyword values (vectorcall layout).
    /// </summary>
    public virtual PyObject Call(PyObject[] args, string[]? kwNames)
        => throw PyErr.TypeError($"'{Type.Name}' object is not callable");

    // ---- conversions ------------------------------------------------------------------------------

    public virtual bool IsTrue() => true;

    /// <summary>repr() as a .NET string of the str type's chars.</summary>
    public virtual string Repr()
    {
        // object_repr prints tp_name, which for types of extension modules carries the module ("_random.Random").
        var module = Type.ModuleName;
        return module == "__builtin__" ? $"<{Type.Name} object at 0x{Id:x8}>" : $"<{module}.{Type.Name} object at 0x{Id:x8}>";
    }

    /// <summary>str(): defaults to repr.</summary>
    public virtual string Str() => Repr();

    public virtual long Hash() => RuntimeHelpers.GetHashCode(this);

    /// <summary>A stable pseudo address for id() and default reprs.</summary>
    public long Id => ObjectIds.Of(this);

    // ---- containers -------------------------------------------------------------------------------

    public virtual PyObject GetItem(PyObject key)
        => throw PyErr.TypeError(this is PyUserObject ? $"'{Type.Name}' object does not support indexing" : $"'{Type.Name}' object has no attribute '__getitem__'");

    public virtual void SetItem(PyObject key, PyObject value)
        => throw PyErr.TypeError($"'{Type.Name}' object does not support item assignment");

    public virtual void DelItem(PyObject key)
        => throw PyErr.TypeError($"'{Type.Name}' object doesn't support item deletion");

    public virtual int Length() => throw PyErr.TypeError($"object of type '{Type.Name}' has no len()");

    public virtual bool Contains(PyObject item)
    {
        var it = Ops.GetIter(this);
        while (Ops.Next(it, out var v))
            if (Ops.Eq(v, item)) return true;
        return false;
    }

    /// <summary>iter(obj). Iterators return themselves.</summary>
    public virtual PyObject GetIter() => throw PyErr.TypeError($"'{Type.Name}' object is not iterable");

    /// <summary>One step of an iterator; false at exhaustion (no StopIteration thrown on the fast path).</summary>
    public virtual bool Next(out PyObject value) => throw PyErr.TypeError($"{Type.Name} object is not an iterator");

    // ---- numbers and comparison ------------------------------------------------------------------

    /// <summary>The builtin binary operation, or NotImplemented.</summary>
    public virtual PyObject BinaryOp(Ast.BinaryOperator op, PyObject other) => PyNotImplemented.Instance;

    /// <summary>The reflected builtin operation (other OP this), or NotImplemented.</summary>
    public virtual PyObject ReflectedBinaryOp(Ast.BinaryOperator op, PyObject other) => PyNotImplemented.Instance;

    /// <summary>The in-place form (+= ...); defaults to the binary one.</summary>
    public virtual PyObject InPlaceOp(Ast.BinaryOperator op, PyObject other) => PyNotImplemented.Instance;

    public virtual PyObject UnaryOp(Ast.UnaryOperator op)
        => throw PyErr.TypeError($"bad operand type for {Ops.UnaryName(op)}: '{Type.Name}'");

    /// <summary>Rich comparison for the builtin type, or NotImplemented.</summary>
    public virtual PyObject RichCompare(PyObject other, CompareOp op) => PyNotImplemented.Instance;

    /// <summary>Python 2 three-way comparison for builtin types that define one; null when not defined.</summary>
    public virtual int? Compare3(PyObject other) => null;
}
