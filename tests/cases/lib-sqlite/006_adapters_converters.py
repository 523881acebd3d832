# detect_types with PARSE_DECLTYPES / PARSE_COLNAMES, register_converter, register_adapter, __conform__,
# adapt(), the default date and timestamp adapters and converters, and the DB-API constructors.
import datetime
import sqlite3

print sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sorted(k for k in sqlite3.converters)
con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
sqlite3.register_converter("point", lambda s: tuple(int(p) for p in s.split(";")))
sqlite3.register_converter("Tag", lambda s: "<%s>" % s)
con.execute("create table t(p point, q Point(10), r tag not null, s text, d date, ts timestamp, n integer)")
con.execute("insert into t values ('1;2', '3;4', 'x', '', ?, ?, 5)",
            (datetime.date(2004, 2, 29), datetime.datetime(2004, 2, 29, 13, 5, 9, 120)))
print con.execute("select * from t").fetchone()
cur = con.execute("select p as \"p [tag]\", s as \"s [tag]\", n as \"n [nothing]\" from t")
print cur.fetchone(), [d[0] for d in cur.description]
try:
    con.execute("select ts as \"ts [date]\" from t")
except ValueError, e:
    print "ValueError", e
print con.execute("select '2001-01-01 10:11:12.3' as \"x [timestamp]\", '2001-01-01 10:11:12.1234567' as \"y [timestamp]\"").fetchone()
print con.execute("select '2001-01-01 10:11:12' as \"z [timestamp]\", '1999-12-31' as \"[date]\", null as \"w [tag]\"").fetchone()
print con.execute("select current_date as \"d [date]\"").fetchone()[0].__class__.__name__

plain = sqlite3.connect(":memory:")
plain.execute("create table t(p point)")
plain.execute("insert into t values ('1;2')")
print plain.execute("select p, p as \"p [point]\" from t").fetchone()
decl = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
decl.execute("create table t(p point)")
decl.execute("insert into t values ('1;2')")
print decl.execute("select p, p as \"p [tag]\" from t").fetchone()

class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
class Conforming(object):
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"
class Refusing(object):
    def __conform__(self, protocol):
        return None
sqlite3.register_adapter(Point, lambda p: "%d;%d" % (p.x, p.y))
print con.execute("select ? as \"v [point]\"", (Point(7, 8),)).fetchone()
print con.execute("select ?", (Conforming(),)).fetchone()
for value in (Refusing(), object()):
    try:
        con.execute("select ?", (value,))
    except sqlite3.InterfaceError, e:
        print "InterfaceError", e
print sqlite3.adapt(Point(1, 2)), sqlite3.adapt(Conforming())
for args in [(5,), (5, sqlite3.PrepareProtocol, "alternate"), (object(),)]:
    try:
        print sqlite3.adapt(*args)
    except sqlite3.ProgrammingError, e:
        print "ProgrammingError", e
sqlite3.register_adapter(int, lambda i: i * 10)
print con.execute("select ?, ?, ?, ?", (1, True, 2L, 1.5)).fetchone()
del sqlite3.adapters[(int, sqlite3.PrepareProtocol)]
print con.execute("select ?", (1,)).fetchone()
try:
    sqlite3.register_adapter({}, None)
except TypeError, e:
    print "TypeError", e
try:
    sqlite3.register_converter(u"x", str)
except TypeError, e:
    print "TypeError", e
print (Point, sqlite3.PrepareProtocol) in sqlite3.adapters, "POINT" in sqlite3.converters, "point" in sqlite3.converters

print sqlite3.Date(2004, 10, 28), sqlite3.Time(12, 39, 35), sqlite3.Timestamp(2004, 10, 28, 12, 39, 35)
print sqlite3.DateFromTicks(86400 * 365), sqlite3.TimeFromTicks(3661), sqlite3.TimestampFromTicks(1000000000)
print str(sqlite3.Binary("a\0b")), type(sqlite3.Binary("x")).__name__
print sqlite3.apilevel, sqlite3.threadsafety, sqlite3.paramstyle, sqlite3.version, sqlite3.version_info
print type(sqlite3.sqlite_version_info).__name__, len(sqlite3.sqlite_version_info)
print sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"), sqlite3.complete_statement(u"select ';")
sqlite3.enable_shared_cache(False)
print [name for name in dir(sqlite3) if name.startswith("SQLITE_")]
print sqlite3.SQLITE_DENY, sqlite3.SQLITE_IGNORE, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_ATTACH
