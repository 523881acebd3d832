# A dict of 30 string keys inserted in a shuffled order, then with deletions and re-insertions: every way of
# looking at it (repr, keys, values, items, iteration, views, copies) in CPython 2.7's table order.
names = ['zeta', 'alpha', 'mike', 'echo', 'kilo', 'bravo', 'tango', 'oscar', 'delta', 'yankee',
         'golf', 'sierra', 'hotel', 'xray', 'lima', 'charlie', 'quebec', 'uniform', 'india', 'whiskey',
         'november', 'foxtrot', 'romeo', 'juliet', 'papa', 'victor', 'first_name', 'last_name', 'email', 'age']
d = {}
for i, name in enumerate(names):
    d[name] = i
    if i in (4, 5, 10, 20, 21):
        print i + 1, d.keys()
print d
print d.keys()
print d.values()
print d.items()
print [k for k in d]
print list(d.iterkeys()) == d.keys(), list(d.itervalues()) == d.values(), list(d.iteritems()) == d.items()
print d.viewkeys()
print d.viewitems() & set([('age', 29), ('zeta', 0), ('nope', 1)])
for name in names[::3]:
    del d[name]
print d
for name in names[:9:2]:
    d[name] = -1
print d
print d.copy().keys()
print dict(d).keys()
print dict(d.items()).keys()
print dict.fromkeys(d).keys()
print sorted(d) == sorted(d.copy())
while len(d) > 20:
    print d.popitem(),
print
d.update(zip(names[:6], range(6)))
print d
d.clear()
for name in reversed(names):
    d[name] = name.upper()
print d
