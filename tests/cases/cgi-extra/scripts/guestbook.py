#!/usr/bin/env python
# A guestbook in the old style: entries appended to a flat data file under an exclusive flock, read back under
# a shared one. The data file is in the script's folder.
import cgi, errno, fcntl, os, time

DATA = "guestbook.dat"

def add_entry(name, text):
    f = open(DATA, "a")
    try:
        fcntl.flock(f, fcntl.LOCK_EX)
        # While it is held, another open file of the same data cannot take the lock.
        other = open(DATA)
        try:
            fcntl.flock(other.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
            print "<p>second lock taken (unexpected)</p>"
        except IOError, e:
            print "<p>locked: %s</p>" % errno.errorcode[e.errno]
        other.close()
        f.write("%s\t%s\n" % (name.replace("\t", " "), text.replace("\n", " ")))
        f.flush()
        fcntl.flock(f, fcntl.LOCK_UN)
    finally:
        f.close()

def entries():
    if not os.path.exists(DATA):
        return []
    f = open(DATA)
    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_SH)
        lines = f.readlines()
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    finally:
        f.close()
    return [line.rstrip("\n").split("\t", 1) for line in lines if "\t" in line]

form = cgi.FieldStorage()
print "Content-Type: text/html"
print
print "<html><head><title>Guestbook</title></head><body>"
if os.environ.get("REQUEST_METHOD") == "POST" and form.getfirst("name"):
    add_entry(form.getfirst("name"), form.getfirst("comment", ""))
    print "<p>Thanks for signing!</p>"
for n, (name, text) in enumerate(entries()):
    print "<div class='entry'><b>%d. %s</b>: %s</div>" % (n + 1, cgi.escape(name), cgi.escape(text))

# lockf: record locks belong to the process, so a second descriptor of the same process is never refused.
f = open(DATA, "r+")
fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
g = open(DATA, "r+")
fcntl.lockf(g, fcntl.LOCK_EX | fcntl.LOCK_NB)
print "<p>lockf twice: ok</p>"
fcntl.lockf(f, fcntl.LOCK_UN)
g.close()
f.close()
print "</body></html>"
