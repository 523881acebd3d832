namespace PyCgiRunner.Python.Modules.Data.Random;

/// <summary>
/// MT19937, the 32-bit Mersenne Twister of Matsumoto and Nishimura (ACM TOMACS 8(1), 1998), with the
/// init_genrand/init_by_array seeding of their 2002 reference version, which CPython's _random uses: the
/// same seed words give the same stream as CPython.
/// </summary>
internal sealed class MersenneTwister
{
    public const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0df;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7fffffff;

    public readonly uint[] State = new uint[N];
    /// <summary>The next word to temper; N means the block must be regenerated first.</summary>
    public int Index = N + 1;

    public void InitGenrand(uint seed)
    {
        State[0] = seed;
        for (var i = 1; i < N; i++)
            State[i] = unchecked(1812433253u * (State[i - 1] ^ (State[i - 1] >> 30)) + (uint)i);
        Index = N;
    }

    public void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (var k = Math.Max(N, key.Length); k > 0; k--)
        {
            State[i] = unchecked((State[i] ^ ((State[i - 1] ^ (State[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j);
            i++;
            j++;
            if (i >= N) { State[0] = State[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (var k = N - 1; k > 0; k--)
        {
            State[i] = unchecked((State[i] ^ ((State[i - 1] ^ (State[i - 1] >> 30)) * 1566083941u)) - (uint)i);
            i++;
            if (i >= N) { State[0] = State[N - 1]; i = 1; }
        }
        State[0] = 0x80000000u; // a non-zero initial state is assured
    }

    public uint NextUInt32()
    {
        if (Index >= N)
        {
            if (Index == N + 1) InitGenrand(5489u);
            Regenerate();
        }
        var y = State[Index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    private void Regenerate()
    {
        int k;
        uint y;
        for (k = 0; k < N - M; k++)
        {
            y = (State[k] & UpperMask) | (State[k + 1] & LowerMask);
            State[k] = State[k + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
        }
        for (; k < N - 1; k++)
        {
            y = (State[k] & UpperMask) | (State[k + 1] & LowerMask);
            State[k] = State[k + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
        }
        y = (State[N - 1] & UpperMask) | (State[0] & LowerMask);
        State[N - 1] = State[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
        Index = 0;
    }

    /// <summary>genrand_res53: a double in [0, 1) from 53 random bits (27 + 26).</summary>
    public double NextDouble()
    {
        var a = NextUInt32() >> 5;
        var b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }
}
