# Values in and out: Python types to SQLite storage classes and back, text_factory (unicode, str,
# OptimizedUnicode, a callable), 8-bit str refusals, embedded NULs, blobs as buffers, large integers.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(v)")

def roundtrip(value):
    con.execute("delete from t")
    try:
        con.execute("insert into t values (?)", (value,))
    except Exception, e:
        return type(e).__name__ + ": " + str(e)
    row = con.execute("select v, typeof(v), length(v) from t").fetchone()
    v = row[0]
    if isinstance(v, buffer):
        v = "buffer:" + str(v)
    return repr(v), row[1], row[2]

for value in [None, 0, -1, 2 ** 31, 2 ** 62, -2 ** 63, 2 ** 63 - 1, 7L, True, False, 1.5, -0.0, 1e300,
              "", "plain", "nul\0inside", u"", u"caf\xe9", u"\u20ac\U0001d11e", u"a\0b",
              buffer(""), buffer("\x00\xff\x80"), buffer("abcdef", 2, 3), "caf\xc3\xa9", 2 ** 63, -2 ** 63 - 1]:
    print roundtrip(value)

for factory_name, factory in [("str", str), ("OptimizedUnicode", sqlite3.OptimizedUnicode),
                              ("lambda", lambda s: ("T", s)), ("unicode", unicode)]:
    con.text_factory = factory
    print factory_name, roundtrip("caf\xc3\xa9"), roundtrip("ascii"), roundtrip(u"\xe9t\xe9")
    print factory_name, repr(con.execute("select 'abc', cast(x'c3a9' as text), ''").fetchone())

con.text_factory = unicode
try:
    con.execute("select cast(x'41ff42' as text) as bad").fetchone()
except sqlite3.OperationalError, e:
    print "OperationalError:", repr(str(e))
con.text_factory = str
print repr(con.execute("select cast(x'41ff42' as text) as bad").fetchone())
con.text_factory = sqlite3.OptimizedUnicode
try:
    con.execute("select ?", ("\xff",))
except sqlite3.ProgrammingError, e:
    print "ProgrammingError:", e
try:
    con.execute("select ?", ("ok\0\xff",)).fetchone()
except sqlite3.OperationalError, e:
    print "OperationalError:", repr(str(e))
print sqlite3.OptimizedUnicode, con.text_factory is sqlite3.OptimizedUnicode

con.text_factory = unicode
print repr(con.execute(u"select '\xd6sterreich'").fetchone())
print repr(con.execute("select 'caf\xc3\xa9'").fetchone())
print repr(con.execute("select ?", [u"list param"]).fetchone())

class Seq(object):
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i > 1:
            raise IndexError(i)
        return i * 100
class Missing(dict):
    def __missing__(self, key):
        return "missing " + key
print con.execute("select ?, ?", Seq()).fetchone()
print con.execute("select :a, :b", Missing(a=1)).fetchone()
print con.execute("select $a, @b, :c", {"a": 1, "b": 2, "c": 3}).fetchone()
print con.execute("select ?2, ?1", ("one", "two")).fetchone()
print con.execute("select ?", "x").fetchone()
print con.execute("select ?, ?", (u"k", "v")).fetchone()
