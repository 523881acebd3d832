#!/usr/bin/python
# A guestbook kept in SQLite under the site's data folder (cgi-bin/../data), as legacy CGI sites do.
import cgi, os, sqlite3

form = cgi.FieldStorage()
data_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
if not os.path.isdir(data_dir):
    os.makedirs(data_dir)
conn = sqlite3.connect(os.path.join(data_dir, "guestbook.db"))
conn.execute("CREATE TABLE IF NOT EXISTS entries (id INTEGER PRIMARY KEY, name TEXT, message TEXT)")
if os.environ.get("REQUEST_METHOD") == "POST":
    conn.execute("INSERT INTO entries (name, message) VALUES (?, ?)",
                 (form.getfirst("name", "anonymous"), form.getfirst("message", "")))
    conn.commit()
print "Content-Type: text/plain"
print
for name, message in conn.execute("SELECT name, message FROM entries ORDER BY id"):
    print "%s: %s" % (name.encode("utf-8"), message.encode("utf-8"))
conn.close()
