# rowcount, lastrowid and description after each kind of statement; fetchmany and arraysize; iteration;
# statement errors and their messages.
import sqlite3

con = sqlite3.connect(":memory:")
cur = con.cursor()

def show(label):
    print label, cur.rowcount, cur.lastrowid, cur.description

show("fresh")
cur.execute("create table t(id integer primary key, name text, n number)")
show("create")
cur.execute("insert into t(name) values (?)", ("a",))
show("insert")
cur.execute("insert into t(name) values ('b')")
show("insert 2")
cur.execute("select id, name as \"label [ignored]\" from t")
show("select")
cur.execute("select * from t where 0")
show("empty select")
cur.execute("update t set n = 1")
show("update")
cur.execute("replace into t(id, name) values (1, 'z')")
show("replace")
cur.executemany("insert into t(name) values (?)", [("c",), ("d",), ("e",)])
show("executemany")
cur.execute("delete from t where id > 3")
show("delete")
cur.execute("pragma user_version")
show("pragma")
print cur.fetchall()
cur.execute("pragma user_version = 3")
show("pragma set")
cur.execute("")
show("empty")
cur.execute("  -- just a comment")
show("comment")

cur.execute("select id from t order by id")
print cur.arraysize, cur.fetchmany(), cur.fetchmany(2), cur.fetchmany(), cur.fetchone()
cur.arraysize = 2
cur.execute("select id from t order by id")
print cur.fetchmany(), cur.fetchmany(size=0)
cur.execute("select id from t order by id")
print cur.fetchmany(-1)
cur.execute("select id from t order by id")
print [r for r in cur], cur.fetchall(), cur.fetchone()
print iter(cur) is cur, cur.connection is con
try:
    cur.next()
except StopIteration:
    print "StopIteration"

for sql, params in [("select asdf", ()), ("select 1; select 2", ()), ("select ?, ?", (1,)),
                    ("select ?", (1, 2)), ("select :a", {"b": 1}), ("select ?", {"a": 1}),
                    ("select :a", (1,)), ("select ?", 5), ("select ?", set([1])),
                    ("select ?", [object()]), ("select :x", {"x": object()}),
                    (5, ()), ("select 1\0", ()), ("insert into t(id) values (1)", ()),
                    ("insert into nope values (1)", ()), ("select ?", (2 ** 63,))]:
    try:
        print repr(cur.execute(sql, params).fetchall())
    except Exception, e:
        print type(e).__name__ + ":", e
for sql, seq in [("select ?", [(1,)]), ("insert into t(name) values (?)", 5),
                 ("insert into t(name) values (?)", [("x",), ()])]:
    try:
        cur.executemany(sql, seq)
    except Exception, e:
        print type(e).__name__ + ":", e
    print "rowcount", cur.rowcount
con.isolation_level = None
try:
    cur.executemany("select ?", [(1,)])
except Exception, e:
    print type(e).__name__ + ":", e

def generate():
    for i in range(3):
        yield (i,)
class OldIterator:
    def __init__(self):
        self.n = 0
    def next(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return (self.n * 10,)
con.execute("create table g(x)")
con.executemany("insert into g values (?)", generate())
con.executemany("insert into g values (?)", OldIterator())
con.executemany("insert into g values (?)", iter([(99,)]))
print con.execute("select x from g order by x").fetchall()

def reuse():
    cur.execute("select 1")
    yield (1,)
try:
    cur.executemany("insert into g values (?)", reuse())
except sqlite3.ProgrammingError, e:
    print "ProgrammingError:", e
cur.close()
for method, args in [("execute", ("select 1",)), ("fetchone", ()), ("fetchall", ()), ("executescript", ("",))]:
    try:
        getattr(cur, method)(*args)
    except sqlite3.ProgrammingError, e:
        print method, e
con.close()
for attempt in (lambda: con.execute("select 1"), lambda: con.cursor(), lambda: con.commit(), lambda: con.total_changes):
    try:
        attempt()
    except sqlite3.ProgrammingError, e:
        print e
con.close()
print "closed twice"
