# inspect: predicates, getargspec, formatargspec, members, docs, source via linecache, frames.
import inspect, types

def plain(a, b=2, *args, **kw):
    """Doc line one.

        Indented more.
    Back.
    """
    return a

def gen(x):
    yield x

class Old:
    "old class"
    def meth(self, q, r=(1, 2)):
        return q

class New(object):
    def __init__(self, v):
        self.v = v

    @staticmethod
    def stat():
        pass

    def method(self):
        # a comment
        return [1,
                2]

lam = lambda y, z=3: y
print inspect.isfunction(plain), inspect.ismethod(Old().meth), inspect.ismethod(plain), inspect.isclass(Old), inspect.isclass(New), inspect.isclass(New(1))
print inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isbuiltin(plain), inspect.isgenerator(gen(1)), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain)
print inspect.isroutine(len), inspect.isroutine(plain), inspect.isroutine(1)
print inspect.getargspec(plain)
print inspect.getargspec(Old.meth), inspect.getargspec(New(1).method), inspect.getargspec(lam)
print inspect.formatargspec(*inspect.getargspec(plain)), inspect.formatargspec(*inspect.getargspec(Old.meth))
try:
    inspect.getargspec(len)
except TypeError, e:
    print "TypeError", e
print [n for n, v in inspect.getmembers(New) if not n.startswith("__")], [n for n, v in inspect.getmembers(Old, inspect.ismethod)]
print repr(inspect.getdoc(plain)), inspect.getdoc(Old), inspect.getdoc(New.method)
print repr(inspect.cleandoc("   first\n      second\n    third\n\n"))
print inspect.getmodule(plain).__name__, inspect.getmodule(New).__name__, inspect.getmodule(types).__name__
print inspect.getsource(plain)
print inspect.getsource(New.method)
print inspect.getsource(Old)
print inspect.getsourcelines(gen)
print inspect.getfile(plain), inspect.getsourcefile(New.method)
def where():
    f = inspect.currentframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, inspect.getframeinfo(f)[1:4]
print where()
print [(s[3], s[2]) for s in inspect.stack()][:2]
print inspect.getmro(New), [c.__name__ for c in inspect.getmro(Old)]
