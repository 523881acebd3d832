# return ends a generator; a StopIteration raised inside ends a for loop but reaches next() callers.
def with_return(n):
    for i in range(n):
        if i == 2:
            return
        yield i
    yield "unreachable"
print list(with_return(5))

def raises_stop():
    yield 1
    raise StopIteration("explicit")
    yield 2
print list(raises_stop())
r = raises_stop()
r.next()
try:
    r.next()
except StopIteration as e:
    print "StopIteration", e.args
try:
    r.next()
except StopIteration as e:
    print "then plain StopIteration", e.args

def leaks_stop():
    it = iter([])
    yield "before"
    yield it.next()
    yield "never"
print list(leaks_stop())
print [x for x in leaks_stop()]
print sorted(leaks_stop())

def empty():
    return
    yield
print list(empty()), type(empty()).__name__

def returns_from_try():
    try:
        yield 1
        return
    finally:
        print "finally on return"
print list(returns_from_try())
e = empty()
print next(e, "default"), next(e, "again")
