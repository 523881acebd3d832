# pysqlite's implicit transactions: BEGIN before DML, COMMIT before other statements, isolation levels,
# autocommit, manual BEGIN, rollback, the context manager, and what a second connection sees.
import os
import sqlite3

path = "tx.db"
a = sqlite3.connect(path, timeout=0)
b = sqlite3.connect(path, timeout=0)

def seen(label):
    print label, b.execute("select count(*) from t").fetchone()[0], a.total_changes

a.execute("create table t(x)")
seen("after create")
a.execute("insert into t values (1)")
seen("after insert (uncommitted)")
a.execute("select * from t").fetchall()
seen("after select (still open)")
a.execute("create table u(y)")
seen("after create u (committed first)")
a.execute("update t set x = 2")
try:
    b.execute("insert into t values (9)")
except sqlite3.OperationalError, e:
    print "b refused:", e
b.rollback()
a.commit()
seen("after commit")
a.execute("delete from t")
a.rollback()
seen("after rollback")
a.execute("replace into t values (3)")
a.commit()
seen("after replace")

print "isolation levels:", repr(a.isolation_level),
a.isolation_level = None
print repr(a.isolation_level),
a.execute("insert into t values (4)")
seen("autocommit insert")
a.execute("begin")
a.execute("insert into t values (5)")
seen("manual begin")
a.commit()
seen("manual commit")
for level in ("DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
    a.isolation_level = level
    a.execute("insert into t values (6)")
    print level, repr(a.isolation_level)
    a.rollback()
seen("after three rollbacks")

a.isolation_level = ""
with a:
    a.execute("insert into t values (7)")
seen("with block committed")
try:
    with a:
        a.execute("insert into t values (8)")
        raise ValueError("boom")
except ValueError, e:
    print "with block raised", e
seen("with block rolled back")

c = sqlite3.connect(":memory:")
c.execute("create table v(x unique on conflict rollback)")
c.execute("insert into v values (1)")
try:
    c.execute("insert into v values (1)")
except sqlite3.IntegrityError, e:
    print "IntegrityError", e
c.execute("insert into v values (2)")
c.commit()
print c.execute("select x from v").fetchall()

cur = c.cursor()
cur.execute("insert into v values (3)")
cur.execute("select x from v order by x")
print cur.fetchone()
c.rollback()
try:
    cur.fetchone()
except sqlite3.InterfaceError, e:
    print "InterfaceError", e
cur.execute("select x from v order by x")
print cur.fetchall()

c.execute("insert into v values (4)")
rows = []
for row in c.execute("select x from v order by x"):
    rows.append(row[0])
    c.commit()
print "commit while iterating", rows
a.close()
b.close()
os.remove(path)
