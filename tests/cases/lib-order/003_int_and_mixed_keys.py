# Int keys (their own hashes: collisions at multiples of the table size, negative and big values) and mixed
# keys (1 == 1.0 == True share a slot; longs, floats, str/unicode, tuples, frozensets) in CPython 2.7's order.
d = {}
for k in [40, 8, 0, 32, 16, 24, 7, -1, -8, 1000, 2 ** 31, -2 ** 31, 2 ** 62, 15, 23]:
    d[k] = k % 7
print d
print d.keys()
for k in (8, 32, -1, 1000):
    del d[k]
print d
d[64] = 1
d[8] = 2
print d
print dict((i * 8, i) for i in range(12))
print dict((i * 1024, i) for i in range(12))
print dict((i * i, i) for i in range(-6, 7))
print dict.fromkeys(range(100, 0, -7))
print set(range(0, 200, 16)), set(range(200, 0, -16))
print {k: 0 for k in range(0, 96, 8)}
m = {}
m[1] = 'int'
m[1.0] = 'float'
m[True] = 'bool'
m[1L] = 'long'
m['1'] = 'str'
m[u'1'] = 'unicode'
m[(1,)] = 'tuple'
m[frozenset([1])] = 'frozenset'
m[2.5] = 'float2'
m[-0.5] = 'negative float'
m[10 ** 20] = 'big long'
m[-10 ** 20] = 'big negative long'
m[2 ** 64] = 'two to the 64'
m[1e100] = 'big float'
m[(1, 2)] = 'pair'
m[(2, 1)] = 'pair reversed'
m[()] = 'empty tuple'
m['abc'] = 'abc'
m[u'abc'] = 'unicode abc'
m[u'\xe9t\xe9'] = 'unicode accent'
m[0] = 'zero'
m[0.0] = 'float zero'
m[False] = 'false'
print m
print sorted(m.values())
print set(m)
print hash(2 ** 64), hash(10 ** 20), hash(-10 ** 20), hash(1e100), hash((1, 2)), hash(frozenset([1]))
print [(k, v) for k, v in m.items() if isinstance(k, (int, long, float))]
