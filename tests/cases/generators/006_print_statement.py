# print >>f, a, (yield), b: the destination first, each item printed before the next is evaluated.
import sys

class Out(object):
    def __init__(self):
        self.softspace = 0
    def write(self, s):
        sys.stdout.write("[%s]" % s)

def trace(name, v=None):
    print "eval", name
    return name if v is None else v

def g():
    print >>trace("dest", Out()), trace("a"), (yield "p1"), trace("b")
    print
    print trace("c"), (yield "p2"),
    print (yield "p3")
    print >>(yield "dest?"), "to the sent file"
    print >>sys.stdout, (yield "p4"), trace("d")

gen = g()
print gen.next()
for v in ["S1", "S2", "S3", Out(), "S4"]:
    try:
        print "->", gen.send(v)
    except StopIteration:
        print "stopped"
