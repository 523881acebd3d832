# A set of 30 string keys added in a shuffled order, then with removals: repr, iteration, pop and the set
# operations, whose results come out in the order CPython 2.7 builds them.
names = ['zeta', 'alpha', 'mike', 'echo', 'kilo', 'bravo', 'tango', 'oscar', 'delta', 'yankee',
         'golf', 'sierra', 'hotel', 'xray', 'lima', 'charlie', 'quebec', 'uniform', 'india', 'whiskey',
         'november', 'foxtrot', 'romeo', 'juliet', 'papa', 'victor', 'first_name', 'last_name', 'email', 'age']
s = set()
for i, name in enumerate(names):
    s.add(name)
    if i in (4, 5, 20, 21):
        print i + 1, list(s)
print s
print list(s)
print frozenset(names)
print set(names) == s, list(set(names)) == list(s)
for name in names[::4]:
    s.discard(name)
print s
s.remove('alpha')
print s, len(s)
print s.pop(), s.pop(), s.pop()
s.add('alpha'); s.add('zeta'); s.add('new')
print s
other = set(names[10:25] + ['extra', 'more'])
print s & other
print other & s
print s | other
print s - other
print other - s
print s ^ other
print other ^ s
print s.intersection(names[:15])
print s.union(names[:5], ['q', 'r'])
print s.difference(names[5:10], names[20:])
print s.symmetric_difference(names[::2])
t = s.copy()
t &= other
print t
t = set(s)
t -= other
print t
t = set(s)
t ^= other
print t
t = set(s)
t |= other
print t
t = set(s)
t.difference_update(names[:20])
print t
t = set(s)
t.intersection_update(names[5:], other)
print t
print set(dict.fromkeys(names)), set(dict.fromkeys(names).iterkeys())
print sorted(s) == sorted(list(s))
print {n for n in names if 'a' in n}
print {'zeta', 'alpha', 'mike', 'echo', 'kilo', 'bravo', 'tango'}
