# assert, raise, exec and del with a yield in their expressions.
def trace(name, v):
    print "eval", name
    return v

def g():
    assert (yield "assert test"), trace("message", "never evaluated")
    try:
        assert trace("test", False), (yield "message")
    except AssertionError as e:
        print "AssertionError", e
    try:
        raise (yield "exception type"), (yield "exception value")
    except KeyError as e:
        print "raised", repr(e)
    ns = {}
    exec (yield "code") in ns
    print ns["x"]
    a = [1, 2, 3]
    del a[(yield "del index")]
    print a
    x = y = 1
    del x, ns[(yield "ns key")], y
    print "x" in locals(), "y" in locals(), sorted(ns)

gen = g()
print gen.next()
for v in [True, "the message", KeyError, "k", "x = 42", 0, "__builtins__"]:
    try:
        print gen.send(v)
    except StopIteration:
        print "stopped"
