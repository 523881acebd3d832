# create_function, create_aggregate, create_collation, set_authorizer, set_progress_handler, interrupt and
# enable_callback_tracebacks: the values callbacks see and return, and what their errors become.
import sys
import sqlite3

sys.stderr = sys.stdout
con = sqlite3.connect(":memory:")
con.create_function("kinds", -1, lambda *args: repr([(type(a).__name__, str(a) if isinstance(a, buffer) else a) for a in args]))
print con.execute("select kinds(), kinds(1, 2.5, 'a' || char(0) || 'b', x'00ff', null, cast(x'ff' as text), 2 * 1000000000000)").fetchone()
results = [("none", None), ("int", 7), ("long", 2 ** 40), ("big", 2 ** 64), ("float", 0.25), ("str", "s\0t"),
           ("unicode", u"\xe9"), ("empty", ""), ("buffer", buffer("\x01\x02")), ("emptybuf", buffer("")),
           ("list", [1]), ("bool", True)]
for name, value in results:
    con.create_function(name, 0, lambda value=value: value)
    try:
        got = con.execute("select %s(), typeof(%s())" % (name, name)).fetchone()
        print name, repr(str(got[0]) if isinstance(got[0], buffer) else got[0]), got[1]
    except sqlite3.OperationalError, e:
        print name, "OperationalError", e
con.create_function("boom", 1, lambda x: 1 // x)
try:
    con.execute("select boom(0)")
except sqlite3.OperationalError, e:
    print "OperationalError", e
sqlite3.enable_callback_tracebacks(True)
try:
    con.execute("select boom(0)")
except sqlite3.OperationalError, e:
    print "OperationalError", e
sqlite3.enable_callback_tracebacks(False)
for args in [("f", -100, len), (5, 1, len), ("f", "x", len)]:
    try:
        con.create_function(*args)
    except Exception, e:
        print type(e).__name__, e
con.create_function(name="kw", narg=1, func=lambda x: x * 2)
print con.execute("select kw(21)").fetchone()

class Sum:
    def __init__(self):
        self.total = 0
    def step(self, value):
        self.total += value
    def finalize(self):
        return self.total
class NoStep:
    def finalize(self):
        return 1
class BadInit:
    def __init__(self):
        raise ValueError("init")
    def step(self, value):
        pass
    def finalize(self):
        return 2
class BadStep(Sum):
    def step(self, value):
        raise ValueError("step")
class BadFinal(Sum):
    def finalize(self):
        raise ValueError("final")
class Types:
    def __init__(self):
        self.seen = []
    def step(self, *values):
        self.seen.append(tuple(type(v).__name__ for v in values))
    def finalize(self):
        return repr(self.seen)
con.execute("create table n(x, y)")
con.executemany("insert into n values (?, ?)", [(1, "a"), (2, None), (3, 1.5)])
for name, cls, n in [("mysum", Sum, 1), ("nostep", NoStep, 1), ("badinit", BadInit, 1), ("badstep", BadStep, 1),
                     ("badfinal", BadFinal, 1), ("types", Types, 2)]:
    con.create_aggregate(name, n, cls)
for sql in ["select mysum(x) from n", "select mysum(x) from n where 0", "select nostep(x) from n",
            "select badinit(x) from n", "select badstep(x) from n", "select badfinal(x) from n",
            "select types(x, y) from n", "select y, mysum(x) from n group by y is null order by 1"]:
    try:
        print sql, con.execute(sql).fetchall()
    except Exception, e:
        print sql, type(e).__name__, e

def reverse(a, b):
    return -cmp(a, b)
con.create_collation("rev", reverse)
data = "select x from (select 'b' x union select 'a' union select 'c') order by x collate %s"
print con.execute(data % "rev").fetchall()
con.create_collation("big", lambda a, b: (cmp(a, b)) * 2 ** 70)
print con.execute(data % "big").fetchall()
con.create_collation("flt", lambda a, b: cmp(a, b) * 0.5)
print con.execute(data % "flt").fetchall()
con.create_collation("args", lambda a, b: sys.stdout.write("%s %s\n" % (type(a).__name__, type(b).__name__)) or 0)
con.execute("select 'x' < 'y' collate args").fetchall()
con.create_collation("bad", lambda a, b: 1 // 0)
try:
    con.execute(data % "bad").fetchall()
except ZeroDivisionError, e:
    print "ZeroDivisionError", e
con.create_collation("rev", None)
try:
    con.execute(data % "rev")
except sqlite3.OperationalError, e:
    print "OperationalError", e
for name, cb in [(None, cmp), (u"u", cmp), ("a-b", cmp), ("x", 5), ("gone", None)]:
    try:
        con.create_collation(name, cb)
    except Exception, e:
        print type(e).__name__, e

calls = []
def authorizer(action, arg1, arg2, db, trigger):
    calls.append((action, arg1, arg2, db, trigger))
    if arg1 == "secret" or arg2 == "secret":
        return sqlite3.SQLITE_DENY
    if arg2 == "hidden":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK
con.execute("create table a(open, secret, hidden)")
con.execute("insert into a values (1, 2, 3)")
con.set_authorizer(authorizer)
print con.execute("select open, hidden from a").fetchall()
print sorted(set(calls))
for sql in ("select secret from a", "select * from secret"):
    try:
        con.execute(sql)
    except sqlite3.DatabaseError, e:
        print type(e).__name__, e
for answer in [ValueError, 0.0, 2 ** 32, None, sqlite3.SQLITE_OK]:
    def cb(*args):
        if answer is ValueError:
            raise ValueError
        return answer
    con.set_authorizer(cb)
    try:
        print repr(answer), con.execute("select open from a").fetchall()
    except sqlite3.DatabaseError, e:
        print repr(answer), type(e).__name__, e

count = []
def progress():
    count.append(1)
    return len(count) > 3
con.set_progress_handler(progress, 1)
try:
    con.execute("select count(*) from n a, n b, n c").fetchall()
except sqlite3.OperationalError, e:
    print "OperationalError", e, len(count)
con.set_progress_handler(lambda: 1 // 0, 1)
try:
    con.execute("select 1").fetchall()
except sqlite3.OperationalError, e:
    print "OperationalError", e
con.set_progress_handler(None, 1)
print con.execute("select 2").fetchall()
con.create_function("stop", 0, lambda: con.interrupt())
try:
    con.execute("select stop() from n a, n b, n c, n d, n e, n f").fetchall()
except sqlite3.OperationalError, e:
    print "OperationalError", e
class Unhashable(object):
    __hash__ = None
    def __call__(self, *args):
        return 0
for register in (lambda f: con.create_function("uh", 0, f), lambda f: con.set_authorizer(f),
                 lambda f: con.set_progress_handler(f, 1), lambda f: con.create_aggregate("ua", 0, f)):
    try:
        register(Unhashable())
    except TypeError, e:
        print "TypeError", e
try:
    con.execute("select uh()")
except sqlite3.OperationalError, e:
    print "OperationalError", e
