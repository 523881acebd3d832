# enable_shared_cache: connections opened afterwards share one cache (table locks instead of file locks), and
# switching it off again gives the next connection its own cache.
import sqlite3, os
sqlite3.enable_shared_cache(True)
a = sqlite3.connect("s.db", timeout=0)
b = sqlite3.connect("s.db", timeout=0)
a.execute("create table t(x)")
a.execute("insert into t values (1)")
try:
    print b.execute("select count(*) from t").fetchall()
except sqlite3.OperationalError, e:
    print "OperationalError", e
a.commit()
print b.execute("select count(*) from t").fetchall()
sqlite3.enable_shared_cache(False)
c = sqlite3.connect("s.db", timeout=0)
a.execute("insert into t values (2)")
print c.execute("select count(*) from t").fetchall()
os.remove("s.db")
