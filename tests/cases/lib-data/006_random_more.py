# random: every distribution and helper with fixed seeds (sequences must match 2.7).
import random
random.seed(12345)
print [random.randrange(0, 100, 7) for _ in range(5)], random.randrange(10 ** 20)
print repr(random.getrandbits(5)), repr(random.getrandbits(70)), random.randrange(-5, 5)
r = random.Random(2 ** 80 + 17)
print r.random(), r.uniform(1, 3), r.triangular(0, 10, 2), r.triangular()
print r.gauss(0, 1), r.gauss(0, 1), r.normalvariate(5, 2), r.lognormvariate(0, 1)
print r.expovariate(1.5), r.betavariate(2, 3), r.betavariate(0.5, 0.5), r.gammavariate(1.0, 2)
print r.vonmisesvariate(1, 2), r.paretovariate(3), r.weibullvariate(1, 2)
print r.sample(xrange(10000), 5), r.sample("abcdefgh", 3), r.sample(set([1]), 1)
x = range(20); r.shuffle(x); print x
r2 = random.Random(-7); r3 = random.Random(7); print r2.random() == r3.random()
r4 = random.Random("seed string"); print r4.randint(1, 1000)
r5 = random.Random((1, 2)); print r5.choice("xyz")
st = r.getstate(); a = r.random(); r.setstate(st); print a == r.random(), len(st[1]), st[0]
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(1, 9, 0),
            lambda: random.randrange(1.5), lambda: random.sample([1], 2), lambda: random.getrandbits(0),
            lambda: random.choice([])]:
    try:
        bad()
    except (ValueError, IndexError), e:
        print type(e).__name__, e
print 0 <= random.SystemRandom().random() < 1, random.SystemRandom().getrandbits(9) < 512
random.seed(0); print random.random(); random.seed(0L); print random.random()
random.seed(3.5); print random.random()
