#!/usr/bin/python
# Hostile-input suite (issue 7, item 4): cgi-bin/link -> /etc must not make /etc readable.
print "Content-Type: text/plain"
print
try:
    print open('link/passwd').read()
except IOError, e:
    print "refused:", e.errno
