# _functools: partial (call merging, attributes, __dict__, pickling protocol, subclasses) and reduce.
from _functools import partial, reduce


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print '%s: %s' % (type(e).__name__, e)


def f(*args, **kw):
    return args, sorted(kw.items())

p = partial(f, 1, x=2)
print p(3, y=4), p(3, x=5), p()
print p.func is f, p.args, p.keywords, partial(f).keywords, partial(f).args
show(lambda: partial())
show(lambda: partial(1))
show(lambda: partial(func=f))
show(lambda: setattr(p, 'func', 3))
show(lambda: setattr(p, 'args', ()))
p.attr = 5; print p.attr, p.__dict__
show(lambda: setattr(p, '__dict__', 3))
show(lambda: delattr(p, '__dict__'))
print partial(f).__reduce__()[1:] == ((f,), (f, (), {}, None)), p.__reduce__()[2][1:]
q = partial(f)
q.__setstate__((f, (1,), None, None)); print q.args, q.keywords, q()
for bad in [(f, (1,), None), [f, (), None, None], (1, (), None, None), (f, [1], None, None), (f, (), [], None)]:
    show(lambda: q.__setstate__(bad))


class T(tuple):
    pass
q.__setstate__((f, T((1, 2)), {'a': 1}, {'z': 3})); print type(q.args).__name__, q.keywords, q.z, q(0)
print partial(partial(f, 1), 2)(3), partial(f, **{'a': 1}).keywords


class P(partial):
    def __call__(self, *a):
        return 'sub', partial.__call__(self, *a)
sp = P(f, 'x'); sp.k = 1
print sp(1), type(sp).__name__, sp.k
print repr(p)[:26], type(p).__name__, type(p).__module__
print reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 5), reduce(lambda a, b: a + b, 'abc')
show(lambda: reduce(lambda a, b: a + b, []))
show(lambda: reduce(lambda a, b: a + b, 3))
show(lambda: reduce(lambda a, b: a + b))
show(lambda: reduce(lambda a, b: a + b, [], 1, 2))
