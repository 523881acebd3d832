# executescript (commits first, stops at the first error, ignores results) and iterdump's SQL text.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table pending(x)")
con.execute("insert into pending values (1)")
con.executescript("""
    -- a comment
    create table t(id integer primary key autoincrement, name text, data blob, n real);
    insert into t(name, data, n) values ('it''s', x'00ff', 1.5);;
    insert into t(name, data, n) values (null, null, -2);
    select * from t;
    create index t_name on t(name);
    create view v as select name from t;
    create trigger tr after delete on t begin insert into pending values (old.id); end;
    /* trailing comment */
    """)
print con.execute("select count(*) from t").fetchone(), con.total_changes
try:
    con.executescript("insert into t(name) values ('kept'); nonsense; insert into t(name) values ('lost')")
except sqlite3.OperationalError, e:
    print "OperationalError", e
print con.execute("select name from t order by id").fetchall()
try:
    con.executescript(5)
except ValueError, e:
    print "ValueError", e
con.executescript(u"insert into t(name) values ('unicode \xe9');")
con.executescript("insert into t(name) values ('before nul');\0 insert into t(name) values ('after nul');")
print con.execute("select count(*) from t").fetchone()
con.execute('create table "odd ""name"" table"("col ""q""" text)')
con.execute('insert into "odd ""name"" table" values (?)', (u"\u20ac",))
con.execute("delete from t where id = 1")
for line in con.iterdump():
    print repr(line)
copy = sqlite3.connect(":memory:")
try:
    copy.executescript("\n".join(con.iterdump()))
except sqlite3.OperationalError, e:
    print "OperationalError", e
try:
    copy.executescript("select 1;")
except sqlite3.OperationalError, e:
    print "OperationalError", e
copy = sqlite3.connect(":memory:")
copy.executescript("\n".join(line for line in con.iterdump() if "sqlite_sequence" not in line))
print copy.execute("select name from t order by id").fetchall()
print copy.execute("select * from pending").fetchall()
con.row_factory = lambda cursor, row: list(row)
print len(list(con.iterdump()))
