namespace PyCgiRunner.Python.Runtime;

/// <summary>basestring: the common base of str and unicode. Value holds the characters (bytes as chars 0–255 for str).</summary>
public abstract class PyBaseString : PyObject
{
    public readonly string Value;
    private int _hash;

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

    public static int StringHash(string s)
    {
        // FNV-1a: stable within and across runs; no test depends on the exact values.
        unchecked
        {
            var h = (int)2166136261;
            foreach (var c in s) h = (h ^ c) * 16777619;
            return h == 0 || h == -1 ? 1 : h;
        }
    }

    public override string ToString() => Value;
}
