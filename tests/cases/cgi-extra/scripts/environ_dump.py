#!/usr/bin/python
# Extra case script: os.environ in its own order, listed the way the tutorial's
# get_env.py lists it and as plain "name value" lines, then as a dict.
import os

print "Content-type: text/html\r\n\r\n";
print "<font size=+1>Environment</font><\br>";
for param in os.environ.keys():
    print "<b>%20s</b>: %s<\br>" % (param, os.environ[param])
for k in os.environ.keys():
    print k, os.environ[k]
print os.environ.items()[:5]
print [k for k in os.environ][-5:]
print len(os.environ), dict(os.environ) == os.environ.data
