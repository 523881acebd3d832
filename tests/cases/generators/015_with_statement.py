# yield inside a with block: __exit__ runs when the block ends, also by close() or throw().
class Manager(object):
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print "enter", self.name
        return self.name
    def __exit__(self, t, v, tb):
        print "exit", self.name, t.__name__ if t else None
        return self.swallow

def g():
    with Manager("a") as a:
        with Manager("b", swallow=True) as b:
            got = yield a + b
            print "got", got
            yield "second"
            raise KeyError("swallowed by b")
        yield "after b"
    yield "after a"

print list(g())
x = g()
print x.next()
try:
    x.close()
except RuntimeError as e:
    # b swallowed the GeneratorExit and the generator yielded again.
    print "RuntimeError:", e
x.close()
y = g()
y.next()
try:
    y.throw(ValueError("into with"))
except ValueError:
    print "propagated past a"
else:
    print "swallowed by b"
print y.next()

def target_in_with():
    d = {}
    with Manager((yield "manager name")) as d[(yield "key")]:
        yield d
t = target_in_with()
print t.next(), t.send("m")
print t.send("k")
t.close()
