namespace PyCgiRunner.Python.Runtime;

/// <summary>basestring: the common base of str and unicode. Value holds the characters (bytes as chars 0–255 for str).</summary>
public abstract class PyBaseString : PyObject
{
    public readonly string Value;
    // 0 = not computed yet. One 64-bit field, so a constant shared by request threads is always read whole.
    private long _hash;

    protected PyBaseString(string value) { Value = value; }

    public override bool IsTrue() => Value.Length != 0;
    public override int Length() => Value.Length;

    // str and unicode with the same characters hash alike (they compare equal when ASCII).
    public override long Hash()
    {
        var h = _hash;
        if (h == 0)
        {
            h = StringHash(Value);
            _hash = h;
        }
        return h;
    }

    /// <summary>
    /// CPython 2.7's string hash with hash randomization off (Objects/stringobject.c string_hash), so that
    /// hash() and random.seed("text") agree with CPython. Unicode uses the same loop over its code units.
    /// </summary>
    public static long StringHash(string s)
    {
        if (s.Length == 0) return 0;
        unchecked
        {
            long x = s[0] << 7;
            foreach (var c in s) x = (1000003 * x) ^ c;
            x ^= s.Length;
            return x == -1 ? -2 : x;
        }
    }

    public override string ToString() => Value;
}
