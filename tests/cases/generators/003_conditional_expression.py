# A yield in the branch of a conditional expression that is not taken never runs.
def trace(name):
    print "eval", name
    return name

def g(c):
    x = trace("body") if c else (yield "else-branch")
    y = (yield "body-branch") if not c else trace("other")
    z = (yield "test") if (yield "cond") else (yield "no")
    print "x =", x, "y =", y, "z =", z

for c in (True, False):
    gen = g(c)
    out = [gen.next()]
    try:
        for s in ["s1", True, "s3", "s4"]:
            out.append(gen.send(s))
    except StopIteration:
        out.append("stop")
    print out
