"""The MT19937 Mersenne Twister (Matsumoto & Nishimura, 1998), in pure
Python, for the `random` module.  Seeding via init_by_array, output tempering
and the 53-bit float construction are those of the published reference
algorithm, which CPython 2.7 uses too, so seeded sequences are identical.
"""

_N = 624
_M = 397
_MATRIX_A = 0x9908b0df
_UPPER_MASK = 0x80000000
_LOWER_MASK = 0x7fffffff
_MASK32 = 0xffffffff


class MersenneTwister(object):
    """State: 624 32-bit words and the index of the next word to use."""

    def __init__(self):
        self.mt = [0] * _N
        self.index = _N + 1

    def init_genrand(self, s):
        """Fill the state from one 32-bit seed (the reference recurrence)."""
        mt = self.mt
        mt[0] = s & _MASK32
        for i in xrange(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        self.index = _N

    def init_by_array(self, key):
        """Seed from a list of 32-bit words (what random.seed(n) uses)."""
        self.init_genrand(19650218)
        mt = self.mt
        i, j = 1, 0
        for _ in xrange(max(_N, len(key))):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= len(key):
                j = 0
        for _ in xrange(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000  # MSB set: guarantees a non-zero initial state

    def _twist(self):
        """Regenerate all 624 words at once."""
        mt = self.mt
        for kk in xrange(_N):
            y = (mt[kk] & _UPPER_MASK) | (mt[(kk + 1) % _N] & _LOWER_MASK)
            value = mt[(kk + _M) % _N] ^ (y >> 1)
            if y & 1:
                value ^= _MATRIX_A
            mt[kk] = value
        self.index = 0

    def genrand_int32(self):
        """The next tempered 32-bit output."""
        if self.index >= _N:
            if self.index == _N + 1:
                self.init_genrand(5489)  # never seeded: the reference default
            self._twist()
        y = self.mt[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y & _MASK32

    def random(self):
        """A float in [0, 1) with 53 random bits (27 + 26 from two outputs)."""
        a = self.genrand_int32() >> 5
        b = self.genrand_int32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
