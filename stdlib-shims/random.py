"""Python 2.7 `random` module, written for PyCgiRunner.

Random draws from the Mersenne Twister in _mersenne; seeding and every
derived distribution consume the generator exactly as CPython 2.7 does, so a
script seeding with the same value sees the same numbers.  SystemRandom
draws from os.urandom instead.
"""

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from os import urandom as _urandom
from binascii import hexlify as _hexlify
import time as _time

from _mersenne import MersenneTwister as _MersenneTwister

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate", "triangular",
           "gauss", "betavariate", "paretovariate", "weibullvariate",
           "getstate", "setstate", "jumpahead", "SystemRandom", "getrandbits"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53        # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF


def _seed_words(a):
    """The 32-bit little-endian words of abs(a) (at least one word)."""
    n = abs(long(a))
    words = []
    while n:
        words.append(int(n & 0xffffffff))
        n >>= 32
    return words or [0]


class Random(object):
    """Random number generator; subclass and override random() (and maybe
    getrandbits) to use another core generator."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = _MersenneTwister()
        self.seed(x)
        self.gauss_next = None

    # --- state.

    def seed(self, a=None):
        """Seed from an int/long, any hashable (via hash()), or None (entropy)."""
        if a is None:
            try:
                a = long(_hexlify(_urandom(32)), 16)
            except NotImplementedError:
                a = long(_time.time() * 256)
        if not isinstance(a, (int, long)):
            a = hash(a)
        self._mt.init_by_array(_seed_words(a))
        self.gauss_next = None

    def getstate(self):
        return (self.VERSION, tuple(self._mt.mt) + (self._mt.index,),
                self.gauss_next)

    def setstate(self, state):
        version = state[0]
        if version != 3:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        internal = state[1]
        if len(internal) != 625:
            raise ValueError("state vector is the wrong size")
        self._mt.mt = [int(w) & 0xffffffff for w in internal[:624]]
        self._mt.index = int(internal[624])
        self.gauss_next = state[2]

    def jumpahead(self, n):
        # Not the same stream as CPython's jumpahead (which mixes n into the
        # state); it only promises a different, deterministic state.
        if not isinstance(n, (int, long)):
            raise TypeError("jumpahead requires an integer, not '%s'" %
                            type(n).__name__)
        self.seed(hash((self.getstate(), n)))

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self._mt = _MersenneTwister()
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # --- core generators.

    def random(self):
        """Float in [0.0, 1.0)."""
        return self._mt.random()

    def getrandbits(self, k):
        """A long with k random bits."""
        if k <= 0:
            raise ValueError("number of bits must be greater than zero")
        if k != int(k):
            raise TypeError("number of bits should be an integer")
        if k <= 32:
            return long(self._mt.genrand_int32() >> (32 - k))
        # Whole words fill the low bits first; the last word is truncated.
        result = 0L
        shift = 0
        while k > 0:
            word = self._mt.genrand_int32()
            if k < 32:
                word >>= 32 - k
            result |= long(word) << shift
            shift += 32
            k -= 32
        return result

    def _randbelow(self, n):
        """Uniform int in [0, n) from whole random bits (for huge ranges)."""
        k = int(1.00001 + _log(n - 1, 2.0))
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    # --- integers.

    def randrange(self, start, stop=None, step=1, _int=int, _maxwidth=1L << BPF):
        """Random item from range(start, stop[, step]) without building it."""
        istart = _int(start)
        if istart != start:
            raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            if istart > 0:
                if istart >= _maxwidth:
                    return self._randbelow(istart)
                return _int(self.random() * istart)
            raise ValueError("empty range for randrange()")
        istop = _int(stop)
        if istop != stop:
            raise ValueError("non-integer stop for randrange()")
        width = istop - istart
        if step == 1 and width > 0:
            if width >= _maxwidth:
                return _int(istart + self._randbelow(width))
            return _int(istart + _int(self.random() * width))
        if step == 1:
            raise ValueError("empty range for randrange() (%d,%d, %d)" %
                             (istart, istop, width))
        istep = _int(step)
        if istep != step:
            raise ValueError("non-integer step for randrange()")
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        if n >= _maxwidth:
            return istart + istep * self._randbelow(n)
        return istart + istep * _int(self.random() * n)

    def randint(self, a, b):
        """Random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # --- sequences.

    def choice(self, seq):
        """Random element of a non-empty sequence."""
        return seq[int(self.random() * len(seq))]

    def shuffle(self, x, random=None):
        """Shuffle list x in place (Fisher-Yates from the end)."""
        if random is None:
            random = self.random
        for i in reversed(xrange(1, len(x))):
            j = int(random() * (i + 1))
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        """k unique elements chosen from population, in selection order."""
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("sample larger than population")
        result = [None] * k
        # Small populations (or large samples): draw from a shrinking pool;
        # otherwise remember the chosen indices and redraw on collisions.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize or hasattr(population, "keys"):
            pool = list(population)
            for i in xrange(k):
                j = int(self.random() * (n - i))
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
            return result
        try:
            selected = set()
            for i in xrange(k):
                j = int(self.random() * n)
                while j in selected:
                    j = int(self.random() * n)
                selected.add(j)
                result[i] = population[j]
        except (TypeError, KeyError):
            if isinstance(population, list):
                raise
            return self.sample(tuple(population), k)
        return result

    # --- real-valued distributions.

    def uniform(self, a, b):
        """Float in [a, b] (or [b, a])."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode."""
        u = self.random()
        try:
            # True division (2.7's random.py runs under `division`).
            c = 0.5 if mode is None else (mode - low) / float(high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * (u * c) ** 0.5

    def normalvariate(self, mu, sigma):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        while 1:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution (Best and Fisher's method)."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while 1:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        """Gamma distribution (alpha > 0, beta > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while 1:
                u1 = random()
                if not 1e-7 < u1 < .9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            u = random()
            while u <= 1e-7:
                u = random()
            return -_log(u) * beta
        # alpha < 1: Ahrens and Dieter's algorithm GS.
        while 1:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def gauss(self, mu, sigma):
        """Gaussian distribution (Box-Muller; values come in pairs, the second
        is kept for the next call)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def betavariate(self, alpha, beta):
        """Beta distribution, from two gamma variates."""
        y = self.gammavariate(alpha, 1.)
        if y == 0:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.))

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return 1.0 / pow(u, 1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * pow(-_log(u), 1.0 / beta)


class SystemRandom(Random):
    """Random numbers from os.urandom; has no state, so it cannot be seeded."""

    def random(self):
        return (long(_hexlify(_urandom(7)), 16) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k <= 0:
            raise ValueError('number of bits must be greater than zero')
        if k != int(k):
            raise TypeError('number of bits should be an integer')
        nbytes = (k + 7) // 8
        x = long(_hexlify(_urandom(nbytes)), 16)
        return x >> (nbytes * 8 - k)

    def seed(self, *args, **kwds):
        return None

    jumpahead = seed

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# Module-level functions share one hidden generator, seeded from entropy.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
jumpahead = _inst.jumpahead
getrandbits = _inst.getrandbits
