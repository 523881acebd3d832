#!/usr/bin/python
# Lessons 3 and 4: read the fields of a form sent with GET (in the URL)
# or with POST (in the request body). cgi.FieldStorage handles both.

# Import modules for CGI handling
import cgi, cgitb
cgitb.enable()

# Create instance of FieldStorage
form = cgi.FieldStorage()

# Get data from fields ("" when the field was left out)
first_name = form.getvalue('first_name', '')
last_name  = form.getvalue('last_name', '')

print "Content-type:text/html\r\n\r\n"
print "<html>"
print "<head>"
print "<title>Hello - Second CGI Program</title>"
print "</head>"
print "<body>"
# cgi.escape keeps a visitor's "<" and "&" from becoming HTML
print "<h2>Hello %s %s</h2>" % (cgi.escape(first_name), cgi.escape(last_name))
print "</body>"
print "</html>"
