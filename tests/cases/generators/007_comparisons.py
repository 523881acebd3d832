# Comparison chains evaluate each middle operand once and stop at the first false link.
def trace(name, v):
    print "eval", name
    return v

def g():
    print trace("a", 1) < (yield "mid") < trace("c", 3)
    print trace("a", 5) < (yield "mid2") < (yield "last")
    print (yield "left") == trace("right", 2)
    print trace("x", 1) in (yield "container")
    print trace("x", 1) is not (yield "is")

def drive(sends):
    gen = g()
    out = [gen.next()]
    try:
        for s in sends:
            out.append(gen.send(s))
    except StopIteration:
        out.append("stop")
    print out

drive([2, 1, 2, [1, 2], 1])
drive([5, 9, 10, 3, (), None])
