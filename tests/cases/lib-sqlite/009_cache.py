# sqlite3.Cache, pysqlite's statement cache as a type: entries most used first, a hit moving ahead of the
# entries used less, the last one evicted when full, at least 5 entries, keys compared as dict keys.
import _sqlite3

made = []
def factory(key):
    made.append(key)
    return "<%s>" % key
cache = _sqlite3.Cache(factory, 2)
for key in "abcabbdefgcha":
    cache.get(key)
print "".join(made)
cache.display()
print cache.get(u"b"), "".join(made)
for args in [(), (factory, "x"), (factory, 1, 2)]:
    try:
        _sqlite3.Cache(*args)
    except TypeError, e:
        print "TypeError", e
def failing(key):
    raise KeyError(key)
broken = _sqlite3.Cache(failing)
try:
    broken.get("k")
except KeyError, e:
    print "KeyError", e
