#!/usr/bin/python
# Hostile-input suite (issue 7, item 3): SQL that names files outside the writable folders must be refused.
import os, sqlite3

site = os.path.dirname(os.path.abspath(__file__))
conn = sqlite3.connect(':memory:')
print "Content-Type: text/plain"
print
for sql in ["ATTACH DATABASE '%s' AS a" % os.path.join(site, 'planted.py'),
            "VACUUM INTO '%s'" % os.path.join(site, '..', 'htdocs', 'planted.html')]:
    try:
        conn.execute(sql)
        print "ran"
    except sqlite3.DatabaseError, e:
        print "refused:", e
