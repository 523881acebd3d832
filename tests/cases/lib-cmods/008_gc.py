# gc over the .NET collector: switches, thresholds, debug flags, is_tracked, get_referents, get_referrers,
# and collect() running the weak-reference callbacks that became due.
import gc
import weakref


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print '%s: %s' % (type(e).__name__, e)

print sorted(k for k in dir(gc) if not k.startswith('_'))
print [(k, getattr(gc, k)) for k in sorted(dir(gc)) if k.startswith('DEBUG')]
print gc.isenabled(), gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled()
print gc.get_threshold(), gc.set_threshold(5), gc.get_threshold(), gc.set_threshold(1, 2, 3), gc.get_threshold()
show(lambda: gc.set_threshold())
show(lambda: gc.set_threshold(1, 2, 3, 4))
print gc.get_debug(), gc.set_debug(gc.DEBUG_STATS), gc.get_debug(), gc.set_debug(0)
show(lambda: gc.collect(3))
show(lambda: gc.collect(1, 2))
show(lambda: gc.collect(x=1))
print type(gc.collect(generation=1))
print type(gc.collect()), type(gc.collect(0)), gc.garbage, len(gc.get_count())


class Old:
    pass


class New(object):
    pass
for o in [None, 1, 1.0, 1j, True, 'a', u'a', bytearray('a'), type, int, object, object(), (1, 2), {1: 2}]:
    print repr(o)[:20], gc.is_tracked(o)
for o in [gc, Old, Old(), New, New(), [], set(), ([],), {1: []}, lambda: 0]:
    print type(o).__name__, gc.is_tracked(o)
print sorted(gc.get_referents([1, 3, 5])), sorted(gc.get_referents((1, 3))), sorted(gc.get_referents({1: 3, 5: 7}))
print sorted(gc.get_referents([1, 2], {3: 4}, (0, 0, 0))), gc.get_referents(1, 'a', 4j)
target = ['target']
holder = [target]
print any(r is holder for r in gc.get_referrers(target)), any(o is holder for o in gc.get_objects())
seen = []
x = New()
ref = weakref.ref(x, lambda r: seen.append('called'))
del x
gc.collect()
print seen, ref()
