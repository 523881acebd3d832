#!/usr/bin/env python
# A guestbook on sqlite3 in the temp folder: the posted entry inserted with parameters, listed with a row
# factory, counted with a user aggregate, and dumped, as small database-backed CGI sites do.
import cgi, os, shutil, tempfile, sqlite3

form = cgi.FieldStorage()
name = form.getfirst("name", "anonymous")
text = form.getfirst("text", "")
print "Content-Type: text/plain"
print

folder = tempfile.mkdtemp()
try:
    db = sqlite3.connect(os.path.join(folder, "book.db"))
    db.execute("create table entries (id integer primary key, name text, body text, score real)")
    db.executemany("insert into entries (name, body, score) values (?, ?, ?)",
                   [("Alice", "First!", 1.5), ("Bob", "Nice <b>site</b>", 2.0)])
    db.execute("insert into entries (name, body, score) values (:n, :b, :s)", {"n": name, "b": text, "s": 3})
    db.commit()
    db.row_factory = sqlite3.Row
    for row in db.execute("select * from entries order by id"):
        print row["id"], row["name"], repr(row["body"]), row["score"], row.keys()

    class Longest(object):
        def __init__(self):
            self.best = ""

        def step(self, value):
            if len(value) > len(self.best):
                self.best = value

        def finalize(self):
            return self.best

    db.create_aggregate("longest", 1, Longest)
    db.create_function("shout", 1, lambda s: s.upper() + "!")
    db.row_factory = None
    print db.execute("select longest(body), count(*), shout(name) from entries").fetchone()
    print db.execute("select typeof(score), sum(score) from entries").fetchall()
    try:
        db.execute("select * from nowhere")
    except sqlite3.OperationalError, e:
        print "OperationalError", e
    try:
        db.execute("insert into entries (id, name) values (1, 'dup')")
    except sqlite3.IntegrityError, e:
        print "IntegrityError", e
    cursor = db.cursor()
    cursor.execute("delete from entries where name = ?", ("Bob",))
    print cursor.rowcount, cursor.lastrowid, db.total_changes
    db.rollback()
    print db.execute("select count(*) from entries").fetchone()[0]
    for line in db.iterdump():
        print line
    db.close()
finally:
    shutil.rmtree(folder)
