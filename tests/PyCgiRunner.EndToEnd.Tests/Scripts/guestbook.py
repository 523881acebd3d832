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
    # Form fields are UTF-8 bytes; sqlite3 takes text as unicode (an 8-bit str is refused, as in CPython 2.7).
    conn.execute("INSERT INTO entries (name, message) VALUES (?, ?)",
                 (form.getfirst("name", "anonymous").decode("utf-8"), form.getfirst("message", "").decode("utf-8")))
    conn.commit()
print "Content-Type: text/plain"
print
for name, message in conn.execute("SELECT name, message FROM entries ORDER BY id"):
    print "%s: %s" % (name.encode("utf-8"), message.encode("utf-8"))
conn.close()
