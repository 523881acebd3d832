# abc, numbers and the collection ABCs.
import abc, numbers, collections
class Shape(object):
    __metaclass__ = abc.ABCMeta
    @abc.abstractmethod
    def area(self):
        pass
    @abc.abstractproperty
    def name(self):
        pass
    def describe(self):
        return "%s %s" % (self.name, self.area())
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    name = "square"
try:
    Shape()
except TypeError, e:
    print "TypeError:", e
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError, e:
    print "TypeError:", e
print Sq(3).describe(), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__
class Virtual(object):
    pass
Shape.register(Virtual)
print isinstance(Virtual(), Shape), issubclass(Virtual, Shape), isinstance(1, Shape)
for v in (1, 2L, 1.5, 2j, True, "x"):
    print repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)]
for v in ([], (), {}, set(), "s", 3, iter([]), len, collections.OrderedDict()):
    print type(v).__name__, [n for n in ("Iterable", "Sized", "Container", "Hashable", "Callable", "Iterator", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set", "MutableSet") if isinstance(v, getattr(collections, n))]
class MyMap(collections.Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(sorted(self.d))
    def __len__(self):
        return len(self.d)
m = MyMap({"b": 2, "a": 1})
print m.keys(), m.items(), m.get("z", 0), "a" in m, m == {"a": 1, "b": 2}
class MySeq(collections.MutableSequence):
    def __init__(self):
        self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
s = MySeq(); s.extend([3, 1, 2]); s.append(5); s.reverse(); s += [7]
print list(s), s.index(1), s.count(3), 2 in s, s.pop(), list(reversed(s))
try:
    collections.Sequence()
except TypeError, e:
    print "TypeError:", e
