# Database files: relative paths against the working directory, two connections on one file, locking
# with a zero timeout, unicode paths, unopenable paths, the private temporary database ('').
import os
import sqlite3

one = sqlite3.connect("data.db", timeout=0)
print os.path.exists("data.db"), os.path.getsize("data.db")
one.execute("create table t(x)")
one.execute("insert into t values (1)")
two = sqlite3.connect(os.path.abspath("data.db"), timeout=0)
print two.execute("select count(*) from t").fetchone()
try:
    two.execute("insert into t values (2)")
except sqlite3.OperationalError, e:
    print "OperationalError", e
one.commit()
two.execute("insert into t values (2)")
try:
    one.execute("insert into t values (3)")
except sqlite3.OperationalError, e:
    print "OperationalError", e
two.rollback()
print one.execute("select count(*) from t").fetchone()
one.close()
two.close()
u = sqlite3.connect(u"caf\xe9.db")
u.execute("create table t(x)")
u.close()
print sorted(f for f in os.listdir(".") if f.endswith(".db"))
for name in ["missing-dir/x.db", ".", ""]:
    try:
        c = sqlite3.connect(name)
        c.execute("create table t(x)")
        print repr(name), "opened", c.execute("select count(*) from t").fetchone()
        c.close()
    except sqlite3.OperationalError, e:
        print repr(name), "OperationalError", e
for bad in [None, 5]:
    try:
        sqlite3.connect(bad)
    except Exception, e:
        print type(e).__name__, e
try:
    sqlite3.connect()
except TypeError, e:
    print "TypeError", e
try:
    sqlite3.connect(":memory:", bogus=1)
except TypeError, e:
    print "TypeError", e
c = sqlite3.connect(database=":memory:", timeout=1.5, detect_types=0, isolation_level=None, check_same_thread=False, cached_statements=2)
print c.isolation_level
for i in range(10):
    c.execute("select %d" % (i % 4)).fetchall()
print "cache ok"
os.remove("data.db")
os.remove(u"caf\xe9.db".encode("utf-8"))
