#!/usr/bin/python
# Lesson 2: the web server passes the request to the script in
# environment variables (REQUEST_METHOD, QUERY_STRING, HTTP_USER_AGENT...).
import os, cgi

print "Content-type:text/html\r\n\r\n"
print "<html><head><title>Environment variables</title></head><body>"
print "<h2>Environment variables</h2>"
print "<table border=\"1\">"
names = os.environ.keys()
names.sort()
for name in names:
   print "<tr><td><b>%s</b></td><td>%s</td></tr>" % (cgi.escape(name), cgi.escape(os.environ[name]))
print "</table>"
print "</body></html>"
