namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// A native object that holds other Python objects, listed for gc.get_referents and gc.get_referrers (CPython's
/// tp_traverse). The builtin containers are known to the gc module; native module types implement this.
/// </summary>
public interface ITraversable
{
    void Traverse(Action<PyObject> visit);
}
