# while with a yield in its test: the yield runs before every test.
def counter():
    n = 0
    while (yield n) is None:
        n += 1
    print "done at", n

g = counter()
print g.next(), g.send(None), g.send(None)
try:
    g.send("stop")
except StopIteration:
    print "stopped"

def with_else(limit):
    i = 0
    while (yield i) < limit:
        i += 1
        if i == 10:
            print "break"
            break
        if i % 2:
            continue
        print "even", i
    else:
        print "else clause"
    print "after loop"

def drive(gen, values):
    out = [gen.next()]
    try:
        for v in values:
            out.append(gen.send(v))
    except StopIteration:
        out.append("stop")
    print out

drive(with_else(3), [0, 1, 2, 3])
drive(with_else(100), range(20))

def nested():
    while (yield "outer"):
        while (yield "inner"):
            pass
        print "inner done"
    print "outer done"
drive(nested(), [1, 1, 0, 1, 0, 0])
