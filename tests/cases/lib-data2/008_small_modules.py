# traceback layouts, new, stat, getopt, uuid, weakref, Queue, wsgiref.handlers, commands.mkarg.
import sys, traceback, new, stat, getopt, uuid, weakref, Queue, commands
from wsgiref.handlers import format_date_time
from StringIO import StringIO
def inner():
    raise ValueError("bad %d" % 3)
def outer():
    inner()
try:
    outer()
except ValueError:
    et, ev, tb = sys.exc_info()
    print [(n, t) for (f, l, n, t) in traceback.extract_tb(tb)]
    print [l.replace(__file__, "F") for l in traceback.format_tb(tb, 2)]
    print traceback.format_exception(et, ev, None)
    print traceback.tb_lineno(tb) == tb.tb_lineno
    buf = StringIO()
    traceback.print_exception(et, ev, tb, 1, buf)
    print buf.getvalue().replace(__file__, "F")
for src in ["x = (1,\n", "  if 1:\n\tpass\n  x", "def f(:\n    pass", "a = 1 +* 2"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError:
        print traceback.format_exc().splitlines()[-4:]
        print traceback.format_exception_only(*sys.exc_info()[:2])
e = SyntaxError("msg", ("file.py", 3, 5, "    bad line here\n"))
print traceback.format_exception_only(SyntaxError, e)
print traceback.format_exception_only(SyntaxError, SyntaxError("no details"))
print traceback.format_exception_only(KeyError, KeyError())
print traceback.format_exception_only("string exc", "val"), traceback.format_exception_only(None, None)
class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError
print traceback.format_exception_only(Unprintable, Unprintable())
print traceback.format_exception_only(ValueError, ValueError(u"uni\xe9"))
def stackme():
    return traceback.extract_stack(limit=2), traceback.format_stack()[-1].replace(__file__, "F")
st, last = stackme()
print [(n, t) for (f, l, n, t) in st], repr(last)
buf = StringIO()
traceback.print_stack(file=buf, limit=1)
print repr(buf.getvalue().replace(__file__, "F"))
print traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)])
class C:
    pass
o = new.instance(C, {"a": 1})
print o.a, type(o).__name__, new.classobj("K", (C,), {"z": 2})().z, new.instancemethod(lambda self: self.a, o, C)(), new.module("m").__name__
print stat.S_ISDIR(0040755), stat.S_ISREG(0100644), stat.S_IMODE(0100755), stat.S_IFMT(0100644), stat.ST_MTIME, stat.S_IRUSR | stat.S_IWUSR, stat.S_ISLNK(0120777)
print getopt.getopt(["-a", "-bval", "--long=x", "--fl", "arg", "-c"], "ab:c", ["long=", "flag"])
print getopt.gnu_getopt(["arg1", "-a", "--flag", "arg2", "-b", "v"], "ab:", ["flag"])
print getopt.getopt(["-a", "--", "-b"], "ab")
for args, short, longs in [(["-x"], "a", []), (["-b"], "b:", []), (["--nope"], "", ["long"]), (["--lo"], "", ["long", "lone"]), (["--long=1"], "", ["long"]), (["--req"], "", ["req="])]:
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError, err:
        print "GetoptError", err, repr(err.opt), err.msg
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print u, repr(u), u.hex, u.int, repr(u.bytes), u.urn, u.version, u.variant, u.fields
print uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=1), uuid.UUID(fields=u.fields) == u, uuid.UUID(bytes_le=u.bytes_le) == u
v4 = uuid.uuid4()
print v4.version, v4.variant, len(str(v4)), uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://x/")
try:
    uuid.UUID("xyz")
except ValueError, err:
    print "ValueError", err
class Obj(object):
    pass
ob = Obj()
r = weakref.ref(ob)
print r() is ob, weakref.proxy(ob).__class__.__name__
wd = weakref.WeakValueDictionary()
wd["k"] = ob
print wd["k"] is ob, len(wd), "k" in wd
q = Queue.Queue()
for i in (3, 1, 2):
    q.put(i)
print q.qsize(), q.get(), q.get_nowait(), q.empty(), q.full()
lq = Queue.LifoQueue()
pq = Queue.PriorityQueue()
for i in (3, 1, 2):
    lq.put(i)
    pq.put((i, str(i)))
print [lq.get() for _ in range(3)], [pq.get() for _ in range(3)]
try:
    q.get(False); q.get_nowait()
except Queue.Empty:
    print "Empty"
bq = Queue.Queue(1)
bq.put(1)
try:
    bq.put_nowait(2)
except Queue.Full:
    print "Full", bq.full()
for _ in range(3):
    q.task_done()
q.join()
print format_date_time(0), format_date_time(1234567890.5)
print commands.mkarg("it's"), commands.mkarg("plain")
