namespace PyCgiRunner.Python.Runtime;

/// <summary>Turns the operands of 'raise' into an exception, and matches 'except' clauses (Python 2 rules).</summary>
public static class ExceptionFactory
{
    public static PythonException Create(PyObject type, PyObject? value)
    {
        if (value is PyNone) value = null;
        // Python 2 raises the first element of a tuple, recursively: raise (E1, E2), "msg" raises E1.
        while (type is PyTuple { Count: > 0 } tuple) type = tuple.Items[0];
        switch (type)
        {
            case PyType t when t.IsSubtypeOf(BuiltinTypes.BaseException):
                if (value is not null && value.Type.IsSubtypeOf(t)) return new PythonException(value);
                var args = value switch { null => [], PyTuple tu => tu.Items, _ => [value] };
                return new PythonException(t.Call(args, null));
            case PyClassic c:
                if (value is PyInstance vi && vi.Class.IsSubclassOf(c)) return new PythonException(value);
                var cargs = value switch { null => [], PyTuple tu => tu.Items, _ => [value] };
                return new PythonException(c.Call(cargs, null));
            case PyInstance:
            case PyBaseException:
                if (value is not null) throw PyErr.TypeError("instance exception may not have a separate value");
                return new PythonException(type);
            case PyObject o when o.Type.IsSubtypeOf(BuiltinTypes.BaseException):
                if (value is not null) throw PyErr.TypeError("instance exception may not have a separate value");
                return new PythonException(o);
        }
        throw PyErr.TypeError($"exceptions must be old-style classes or derived from BaseException, not {type.Type.Name}");
    }

    public static bool Matches(PythonException e, PyObject spec)
    {
        switch (spec)
        {
            case PyTuple t:
                foreach (var item in t.Items) if (Matches(e, item)) return true;
                return false;
            case PyType type:
                return e.Value is not PyInstance && e.Value.Type.IsSubtypeOf(type);
            case PyClassic cls:
                return e.Value is PyInstance inst && inst.Class.IsSubclassOf(cls);
        }
        return false;
    }
}
