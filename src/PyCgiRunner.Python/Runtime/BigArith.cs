using System.Numerics;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Long-integer operations whose result size or cost can be far beyond a request's limits: the result's size is
/// estimated first and reserved (MemoryBudget; 10**10**8 is refused before any work), and the long loops
/// (powers, modular powers) check the deadline at each step instead of running as one uninterruptible call.
/// </summary>
public static class BigArith
{
    // Below these sizes the framework's single calls are fast enough to need no checks.
    private const long LargeBits = 1 << 16;
    private const long ModPowDirectBits = 4096;

    public static BigInteger Pow(BigInteger a, int b)
    {
        var bits = a.IsZero || a.IsOne || a == BigInteger.MinusOne ? 1 : (long)a.GetBitLength() * b;
        MemoryBudget.Reserve(bits / 8);
        if (bits < LargeBits) return BigInteger.Pow(a, b);
        var ctx = PyContext.CurrentOrNull;
        BigInteger result = BigInteger.One, square = a;
        while (true)
        {
            CheckCost(square.GetBitLength());
            if ((b & 1) != 0) result *= square;
            b >>= 1;
            if (b == 0) return result;
            square *= square;
        }
    }

    public static BigInteger ShiftLeft(BigInteger a, long count)
    {
        if (a.IsZero) return a;
        // CPython allocates what the shift needs; past what one .NET number can hold that is a MemoryError.
        if (count > int.MaxValue - 64 - (long)a.GetBitLength()) throw PyErr.MemoryError();
        MemoryBudget.Reserve(((long)a.GetBitLength() + count) / 8);
        return a << (int)count;
    }

    public static BigInteger Multiply(BigInteger a, BigInteger b)
    {
        var bits = (long)a.GetBitLength() + (long)b.GetBitLength();
        if (bits >= LargeBits)
        {
            MemoryBudget.Reserve(bits / 8);
            CheckCost(Math.Max(a.GetBitLength(), b.GetBitLength()));
        }
        return a * b;
    }

    /// <summary>
    /// One multiplication of numbers this large is a single framework call that no limit check can interrupt:
    /// when even a fast machine could not finish it before the deadline, the run is stopped now, not after.
    /// (Karatsuba: about 3 s for two 2**24-bit operands on a fast core, growing as n**1.585.)
    /// </summary>
    private static void CheckCost(long operandBits)
    {
        var ctx = PyContext.CurrentOrNull;
        if (ctx is null) return;
        ctx.CheckLimits();
        if (operandBits < 1 << 21 || ctx.Limits.Deadline == DateTime.MaxValue) return;
        var seconds = 3.0 * Math.Pow(operandBits / (double)(1 << 24), 1.585);
        if (DateTime.UtcNow.AddSeconds(seconds) > ctx.Limits.Deadline)
            throw new Hosting.ScriptCancelledException(Hosting.ScriptStopReason.TimeLimit);
    }

    /// <summary>x ** y % m for y >= 0 and m != 0, with the framework's result sign (the caller adjusts it).</summary>
    public static BigInteger ModPow(BigInteger x, BigInteger y, BigInteger m)
    {
        if (m.GetBitLength() <= ModPowDirectBits && y.GetBitLength() <= ModPowDirectBits) return BigInteger.ModPow(x, y, m);
        var ctx = PyContext.CurrentOrNull;
        var modulus = BigInteger.Abs(m);
        var result = BigInteger.One % modulus;
        var square = BigInteger.Remainder(x, modulus);
        var bytes = y.ToByteArray(isUnsigned: true, isBigEndian: false);
        var bitCount = (long)y.GetBitLength();
        for (long i = 0; i < bitCount; i++)
        {
            ctx?.CheckLimits();
            if ((bytes[i >> 3] >> (int)(i & 7) & 1) != 0) result = result * square % modulus;
            if (i + 1 < bitCount) square = square * square % modulus;
        }
        // BigInteger.ModPow's sign follows the dividend.
        return x.Sign < 0 && !y.IsEven && !result.IsZero ? result - modulus : result;
    }
}
