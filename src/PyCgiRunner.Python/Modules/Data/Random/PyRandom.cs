using System.Numerics;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Modules.SystemModules;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Random;

/// <summary>
/// _random.Random (CPython 2.7's Modules/_randommodule.c): the Mersenne Twister behind the library's random.py,
/// seeded exactly as CPython seeds it so a seeded script draws CPython's numbers. The library's random.Random
/// subclasses it (and keeps gauss_next in the instance dict).
/// </summary>
[PythonType]
internal sealed partial class PyRandom : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyType _type;
    private PyDict? _dict;
    private readonly MersenneTwister _mt = new();

    private PyRandom(PyType type) { _type = type; }

    public override PyType Type => _type;
    public override PyDict? InstanceDict => _type.HasInstanceDict ? _dict ??= new PyDict() : null;

    private static PyType CreateType()
    {
        var t = SystemSupport.NewType("Random", "_random");
        t.Dict.SetStr("__doc__", PyStr.From("Random([seed]) -> a Mersenne Twister generator of its own."));
        t.NewFunc = New;
        DefineMembers(t);
        return t;
    }

    /// <summary>random_new: only the exact type refuses keywords; the positional arguments seed it.</summary>
    private static PyObject New(PyType cls, PyObject[] args, string[]? kwNames)
    {
        var nKw = kwNames?.Length ?? 0;
        if (cls == TypeObject && nKw > 0) throw PyErr.TypeError("Random() does not take keyword arguments");
        var r = new PyRandom(cls);
        r.Seed(args[..^nKw]);
        return r;
    }

    [PythonFunction("random", Doc = "random() -> a float in [0, 1) from 53 random bits.")]
    public double NextRandom() => _mt.NextDouble();

    /// <summary>
    /// random_seed: None seeds from the clock's seconds; an int or long by its absolute value split into 32-bit
    /// words (least significant first); anything else by its hash taken as an unsigned C long.
    /// </summary>
    [PythonFunction("seed", Doc = "seed([n]) -> None. Seeds from n, or from the clock without one.")]
    public void Seed(params PyObject[] args)
    {
        if (args.Length > 1) throw PyErr.TypeError($"seed expected at most 1 arguments, got {args.Length}");
        var arg = args.Length == 1 ? args[0] : PyNone.Instance;
        if (arg is PyNone)
        {
            _mt.InitGenrand(unchecked((uint)PyContext.Current.Platform.Now.ToUnixTimeSeconds()));
            return;
        }
        BigInteger n = arg switch
        {
            PyInt i => BigInteger.Abs(i.Value),
            PyLong l => BigInteger.Abs(l.Value),
            _ => unchecked((ulong)Ops.Hash(arg)),
        };
        var words = new List<uint>();
        while (!n.IsZero)
        {
            words.Add((uint)(n & 0xffffffff));
            n >>= 32;
        }
        if (words.Count == 0) words.Add(0);
        _mt.InitByArray(words.ToArray());
    }

    /// <summary>The 624 state words and the position, all as longs (PyLong_FromUnsignedLong, PyLong_FromLong).</summary>
    [PythonFunction("getstate", Doc = "getstate() -> the 624 state words and the position, as a tuple.")]
    public PyTuple GetState()
    {
        var items = new PyObject[MersenneTwister.N + 1];
        for (var i = 0; i < MersenneTwister.N; i++) items[i] = new PyLong(_mt.State[i]);
        items[MersenneTwister.N] = new PyLong(_mt.Index);
        return new PyTuple(items);
    }

    [PythonFunction("setstate", Doc = "setstate(state) -> None. Goes back to a state getstate() gave.")]
    public void SetState(PyObject state)
    {
        if (state is not PyTuple tuple) throw PyErr.TypeError("state vector must be a tuple");
        if (tuple.Count != MersenneTwister.N + 1) throw PyErr.ValueError("state vector is the wrong size");
        var words = new uint[MersenneTwister.N];
        for (var i = 0; i < MersenneTwister.N; i++) words[i] = (uint)(UnsignedLong(tuple[i]) & 0xffffffff);
        var index = tuple[MersenneTwister.N] switch
        {
            PyInt i => i.Value,
            PyLong l when l.Value >= long.MinValue && l.Value <= long.MaxValue => (long)l.Value,
            PyLong => throw PyErr.OverflowError("Python int too large to convert to C long"),
            var o => Ops.ToLong(o),
        };
        if (index < 0 || index > MersenneTwister.N) throw PyErr.ValueError("invalid state");
        words.CopyTo(_mt.State, 0);
        _mt.Index = (int)index;
    }

    /// <summary>PyLong_AsUnsignedLong: ints and longs in [0, 2**64); CPython raises SystemError for anything else.</summary>
    private static ulong UnsignedLong(PyObject o)
    {
        BigInteger v = o switch
        {
            PyInt i => i.Value,
            PyLong l => l.Value,
            _ => throw PyErr.New(BuiltinTypes.SystemError, "Objects/longobject.c:426: bad argument to internal function"),
        };
        if (v.Sign < 0) throw PyErr.OverflowError("can't convert negative value to unsigned long");
        if (v > ulong.MaxValue) throw PyErr.OverflowError("long int too large to convert");
        return (ulong)v;
    }

    /// <summary>
    /// random_jumpahead: swaps each state word i (from N-1 down to 2) with word n % i, adds i+1 to the words
    /// past the first, bumps the first (or sets its top bit when the rest are all zero) and forces a refill.
    /// </summary>
    [PythonFunction("jumpahead", Doc = "jumpahead(n) -> None. Moves to a state derived from the current one and n.")]
    public void JumpAhead(PyObject n)
    {
        if (n is not (PyInt or PyLong)) throw PyErr.TypeError($"jumpahead requires an integer, not '{n.Type.Name}'");
        var big = Ops.ToBigInteger(n);
        var mt = _mt.State;
        for (var i = MersenneTwister.N - 1; i > 1; i--)
        {
            var j = (int)(((big % i) + i) % i);
            (mt[i], mt[j]) = (mt[j], mt[i]);
        }
        uint nonzero = 0;
        for (var i = 1; i < MersenneTwister.N; i++)
        {
            mt[i] = unchecked(mt[i] + (uint)(i + 1));
            nonzero |= mt[i];
        }
        mt[0] = nonzero != 0 ? unchecked(mt[0] + 1) : 0x80000000u;
        _mt.Index = MersenneTwister.N;
    }

    /// <summary>random_getrandbits: k bits as a long, built from 32-bit words, least significant first.</summary>
    [PythonFunction("getrandbits", Doc = "getrandbits(k) -> a long with k random bits.")]
    public PyObject GetRandBits(int k)
    {
        if (k <= 0) throw PyErr.ValueError("number of bits must be greater than zero");
        var words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4 + 1];
        for (var w = 0; w < words; w++, k -= 32)
        {
            var r = _mt.NextUInt32();
            if (k < 32) r >>= 32 - k;
            BitConverter.TryWriteBytes(bytes.AsSpan(w * 4, 4), r);
        }
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("big-endian hosts");
        return new PyLong(new BigInteger(bytes));
    }
}
