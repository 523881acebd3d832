# sqlite3.Row, row_factory on connections and cursors, cursor factories, Connection and Cursor subclasses,
# statements made by calling the connection.
import sqlite3

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
row = con.execute("select 1 as Abc, 'two' as d, null as \"e f\"").fetchone()
print type(row).__name__, len(row), list(row), tuple(row), row.keys()
for key in ["abc", "ABC", "aBc", "d", "e f", 0, 1L, -1, 2]:
    print repr(key), repr(row[key])
for key in ["nope", u"abc", 1.0, slice(0, 1), 3, -4, 2 ** 80]:
    try:
        row[key]
    except Exception, e:
        print repr(key), type(e).__name__, e
again = con.execute("select 1 as Abc, 'two' as d, null as \"e f\"").fetchone()
other = con.execute("select 1 as abc, 'two' as d, null as \"e f\"").fetchone()
print row == again, row != again, row == other, row == (1, 'two', None), hash(row) == hash(again)
print sorted(dict(row).items()), list(reversed(row)), sorted(row.keys())
import collections
print isinstance(row, collections.Sequence)
try:
    sqlite3.Row(None, ())
except TypeError, e:
    print e
try:
    sqlite3.Row(con.cursor(), [])
except TypeError, e:
    print e

cur = con.cursor()
print type(cur.execute("select 1").fetchone()).__name__
con.row_factory = None
print type(cur.execute("select 1").fetchone()).__name__
print type(con.cursor().execute("select 1").fetchone()).__name__
cur.row_factory = lambda c, r: (c is cur, r)
print cur.execute("select 5").fetchone()
cur.row_factory = lambda c, r: None
print cur.execute("select 5 union select 6").fetchall()

def dict_factory(cursor, values):
    return dict((d[0], v) for d, v in zip(cursor.description, values))
class DictCursor(sqlite3.Cursor):
    def __init__(self, connection):
        sqlite3.Cursor.__init__(self, connection)
        self.row_factory = dict_factory
        self.note = "mine"
c2 = con.cursor(DictCursor)
print type(c2).__name__, c2.note, c2.execute("select 1 as one").fetchall()
print type(con.cursor(factory=lambda c: DictCursor(c))).__name__
for bad in (None, lambda: None, lambda c: 5):
    try:
        con.cursor(bad)
    except TypeError, e:
        print "TypeError", e
try:
    sqlite3.Cursor(object())
except TypeError, e:
    print e

class Logged(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        self.log = ["init %r" % (kwargs.keys(),)]
        sqlite3.Connection.__init__(self, *args, **kwargs)
    def commit(self):
        self.log.append("commit")
        sqlite3.Connection.commit(self)
    def cursor(self, factory=sqlite3.Cursor):
        self.log.append("cursor")
        return sqlite3.Connection.cursor(self, factory)
lc = sqlite3.connect(":memory:", factory=Logged)
print type(lc).__name__, isinstance(lc, sqlite3.Connection)
lc.execute("create table t(x)")
with lc:
    lc.execute("insert into t values (1)")
print lc.log
class Lazy(sqlite3.Connection):
    def __init__(self, name):
        pass
try:
    Lazy(":memory:").cursor()
except sqlite3.ProgrammingError, e:
    print e
class LazyCursor(sqlite3.Cursor):
    def __init__(self, connection):
        pass
try:
    LazyCursor(con).execute("select 1")
except sqlite3.ProgrammingError, e:
    print e
try:
    LazyCursor(con).close()
except sqlite3.ProgrammingError, e:
    print e

st = con("select 1")
print type(st).__name__, type(st) is sqlite3.Statement
for sql in (1, "select 1; select 2", "select nope from nowhere", "select 1\0"):
    try:
        con(sql)
    except Exception, e:
        print type(e).__name__, e
print type(sqlite3.Statement()).__name__
try:
    con.foo = 1
except AttributeError, e:
    print "AttributeError"
for name in ("rowcount", "lastrowid", "description", "connection"):
    try:
        setattr(cur, name, 1)
    except TypeError, e:
        print name, "TypeError", e
try:
    del con.isolation_level
except AttributeError, e:
    print "AttributeError", e
try:
    con.isolation_level = 5
except TypeError, e:
    print "TypeError", e, repr(con.isolation_level)
try:
    con.isolation_level = u"\xe9"
except UnicodeEncodeError, e:
    print "UnicodeEncodeError"
con.isolation_level = u"DEFERRED"
print repr(con.isolation_level)
for e in ("Warning", "Error", "InterfaceError", "DatabaseError", "DataError", "OperationalError",
          "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError"):
    cls = getattr(sqlite3, e)
    print e, getattr(con, e) is cls, [b.__name__ for b in cls.__bases__], cls.__module__
