# The dict methods whose results show the table: popitem (with its search finger), setdefault, update from a
# dict, a list of pairs and keywords, fromkeys, copy, has_key/get after deletions, iteration during changes.
d = dict.fromkeys(['red', 'green', 'blue', 'cyan', 'magenta', 'yellow', 'black', 'white'], 0)
print d
print [d.popitem()[0] for i in range(3)]
d['orange'] = 1
d['red'] = 2
print d, d.popitem()
print d.setdefault('grey', 5), d.setdefault('white', 7), d
d.update({'pink': 1, 'brown': 2, 'navy': 3, 'teal': 4, 'olive': 5, 'lime': 6})
print d
d.update([('aqua', 1), ('coral', 2)], gold=3, silver=4)
print d
print d.has_key('red'), d.get('blue'), d.get('nope', 'none')
print dict.fromkeys('abcdefghijklmnop')
print dict.fromkeys(set('abcdefghijklmnop'))
print dict.fromkeys(dict.fromkeys('ponmlkjihgfedcba'))
print dict(zip('mnopqrstuvwxyz', range(14)))
e = {}
for i in range(50):
    e['key%d' % i] = i
for i in range(0, 50, 3):
    del e['key%d' % i]
print e.keys()
print e.copy().keys()
try:
    for k in e:
        e[k + '!'] = 0
except RuntimeError as err:
    print 'RuntimeError:', err
try:
    {}.popitem()
except KeyError as err:
    print 'KeyError:', err
s = set('abcdefgh')
try:
    for x in s:
        s.discard(x)
except RuntimeError as err:
    print 'RuntimeError:', err
