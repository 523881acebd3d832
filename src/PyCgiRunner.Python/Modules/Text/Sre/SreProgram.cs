using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// Validated compiled code with what the matcher needs besides it: the flags that choose the character model,
/// the number of groups and the size of the mark array. Immutable: a pattern object and every matcher over it
/// share one.
/// </summary>
internal sealed class SreProgram
{
    public uint[] Code { get; }
    public int Flags { get; }
    public int Groups { get; }
    public int MarkCount { get; }

    private SreProgram(uint[] code, int flags, int groups, int markCount)
    {
        Code = code;
        Flags = flags;
        Groups = groups;
        MarkCount = markCount;
    }

    /// <summary>_sre.compile's checks: each code word must fit in 32 bits, and the code must be valid.</summary>
    public static SreProgram Create(PyList code, int flags, long groups)
    {
        var items = code.ToArray();
        var words = new uint[items.Length];
        for (var i = 0; i < items.Length; i++) words[i] = Word(items[i]);
        var marks = SreValidator.Validate(words, groups) ?? throw PyErr.RuntimeError("invalid SRE code");
        return new SreProgram(words, flags, (int)groups, marks);
    }

    /// <summary>Builds a program from code words directly (the matcher's own tests).</summary>
    public static SreProgram FromWords(uint[] words, int flags, int groups)
    {
        var marks = SreValidator.Validate(words, groups) ?? throw PyErr.RuntimeError("invalid SRE code");
        return new SreProgram(words, flags, groups, marks);
    }

    private static uint Word(PyObject o)
    {
        // An int is taken modulo 2**64 as C's unsigned long cast does; anything beyond 32 bits is refused.
        System.Numerics.BigInteger value = o switch
        {
            PyInt i => unchecked((ulong)i.Value),
            PyLong l when l.Value.Sign >= 0 => l.Value,
            PyLong => throw PyErr.OverflowError("regular expression code size limit exceeded"),
            _ => throw PyErr.TypeError("an integer is required"),
        };
        if (value > uint.MaxValue) throw PyErr.OverflowError("regular expression code size limit exceeded");
        return (uint)value;
    }
}
