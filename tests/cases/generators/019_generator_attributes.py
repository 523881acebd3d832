# gi_frame, gi_code, gi_running, __name__, and their read-only-ness.
import types

def gen():
    me = yield "started"
    yield me.gi_running
    yield "last"

g = gen()
print type(g) is types.GeneratorType, isinstance(g, types.GeneratorType), iter(g) is g
print g.__name__, repr(g).startswith("<generator object gen at 0x")
print g.gi_code is gen.func_code, g.gi_code.co_name, g.gi_running
print type(g.gi_frame).__name__, g.gi_frame.f_code is gen.func_code, g.gi_frame is g.gi_frame
print g.gi_frame.f_lineno
print g.next(), g.gi_frame.f_lineno, g.gi_frame.f_back
print g.send(g), g.gi_running
print g.next()
print list(g), g.gi_frame, g.gi_running
print [s for s in dir(g) if not s.startswith("_")]
for name in ["gi_running", "gi_frame", "gi_code"]:
    try:
        setattr(g, name, 1)
    except TypeError as e:
        print name, "TypeError:", e
try:
    g.__name__ = "other"
except AttributeError as e:
    print "AttributeError:", e
try:
    g.anything = 1
except AttributeError as e:
    print "AttributeError:", e

def running():
    yield it.next()
it = running()
try:
    it.next()
except ValueError as e:
    print "ValueError:", e
print list(it)

def locals_seen():
    a = 1
    yield sorted(locals().keys())
    b = [(yield) for x in [1]]
    yield sorted(locals().keys())
ls = locals_seen()
print ls.next(), ls.next(), ls.send(None)
print sorted(ls.gi_frame.f_locals.keys())
