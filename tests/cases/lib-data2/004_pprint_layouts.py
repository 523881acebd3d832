# pprint: CPython 2.7's layout at various widths, indents and depths; saferepr and flags.
import pprint
from StringIO import StringIO
class MyList(list):
    pass
class ReprList(list):
    def __repr__(self):
        return "ReprList!"
data = {
    "name": "Ann", "tags": ["a" * 10, "b" * 20, "c" * 30], "nested": {"k%d" % i: range(i) for i in range(6)},
    "tuple": (1, ("x" * 40, "y" * 40)), "one": ("single" * 15,), "set": set(["s" * 30, "t" * 30, "u" * 30]),
    "fs": frozenset([1, 2, 3]), "empty": [[], {}, (), set()], 5: None, (1, 2): u"uni\xe9",
    "ml": MyList(range(30)), "rl": ReprList(range(40)),
}
pprint.pprint(data)
for width in (1, 20, 40, 60, 120):
    print "--- width", width
    pprint.pprint(data["nested"], width=width)
    print pprint.pformat(data["tuple"], width=width)
for indent in (0, 2, 4):
    print "--- indent", indent
    pprint.pprint([{"a": range(12), "b": "x" * 60}, ["y" * 50, ["z" * 50]]], indent=indent)
for depth in (1, 2, 3):
    print "--- depth", depth
    pprint.pprint({"a": [1, [2, [3, [4]]]], "b": ({"c": (5,)},)}, depth=depth)
    pprint.pprint([[1, [2, [3, [4] * 30]]]] * 2, depth=depth)
rec = [1, 2]
rec.append(rec)
rd = {"self": None}
rd["self"] = rd
print pprint.saferepr(rec).split(" with id=")[0], pprint.isrecursive(rec), pprint.isreadable(rec)
print pprint.pformat(rd).split(" with id=")[0]
big = [rec] + ["w" * 30] * 3
print pprint.pformat(big).replace(str(id(rec)), "ID")
print pprint.saferepr({"b": 1, "a": [2, (3,)]}), pprint.isreadable({"a": object()}), pprint.isreadable([1, "x"])
print pprint.saferepr(()), pprint.saferepr((1,)), pprint.saferepr([]), pprint.saferepr({})
out = StringIO()
pp = pprint.PrettyPrinter(indent=3, width=30, stream=out)
pp.pprint(range(20))
pp.pprint({"key%d" % i: "value%d" % i for i in range(5)})
print out.getvalue()
print pp.pformat("x" * 100)
print pp.isreadable([1]), pp.isrecursive(rec)
pprint.pprint([u"\u1234" * 10, "\xff" * 10, 1.0 / 3, 10 ** 30, -0.0, None, True] * 3)
pprint.pprint(tuple(range(40)))
pprint.pprint(set(range(40)))
pprint.pprint(frozenset(["only" * 25]))
