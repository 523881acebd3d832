using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules;

internal static class DigestComparison
{
    /// <summary>
    /// hmac.compare_digest (operator._compare_digest): equality of two unicode strings or two buffers whose time
    /// depends only on the length of the second, so comparing a secret leaks nothing through timing.
    /// </summary>
    public static bool Equal(PyObject a, PyObject b)
    {
        string left, right;
        if (a is PyUnicode ua && b is PyUnicode ub) (left, right) = (ua.Value, ub.Value);
        else
        {
            // Neither a buffer: a TypeError naming both; else the one that is not gets the buffer error.
            if (!BufferProtocol.TryGetBytes(a, out _) && !BufferProtocol.TryGetBytes(b, out _))
                throw PyErr.TypeError($"unsupported operand types(s) or combination of types: '{a.Type.Name}' and '{b.Type.Name}'");
            (left, right) = (BufferProtocol.GetBytes(a), BufferProtocol.GetBytes(b));
        }
        var difference = left.Length == right.Length ? 0 : 1;
        var probe = left.Length == right.Length ? left : right;
        for (var i = 0; i < right.Length; i++) difference |= probe[i] ^ right[i];
        return difference == 0;
    }
}
