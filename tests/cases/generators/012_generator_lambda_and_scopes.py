# A lambda containing a yield is a generator function; its value is discarded.
f = lambda: (yield 1)
print list(f())
g = lambda x: ((yield x), (yield x * 2))
gen = g(5)
print gen.next(), gen.send("a"), 
try:
    gen.send("b")
except StopIteration:
    print "stopped"

def gen_with_default():
    def inner(a=(yield "default?")):
        return a
    yield inner()
d = gen_with_default()
print d.next(), d.send("the default")

def gen_with_decorator():
    def deco(tag):
        def wrap(fn):
            fn.tag = tag
            return fn
        return wrap
    @deco((yield "tag?"))
    def h():
        pass
    yield h.tag

dd = gen_with_decorator()
print dd.next(), dd.send("tagged")

def gen_with_base():
    class C((yield "base?")):
        pass
    yield C.__mro__[1].__name__
b = gen_with_base()
print b.next(), b.send(dict)

# In CPython 2.7 a yield in a set or dict comprehension makes the comprehension's own function a
# generator; the built set or dict comes out as its last item.
def set_comp():
    s = {(yield x) for x in range(2)}
    yield type(s).__name__
    yield list(s)
sc = set_comp()
print sc.next(), sc.next()

def dict_comp():
    d = {x: (yield x) for x in "ab"}
    items = list(d)
    print items[:2], sorted(items[2].items())
    yield "end"
print list(dict_comp())
