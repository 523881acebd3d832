#!/usr/bin/python
# Lesson 7: a textarea sends several lines of text in one field.

# Import modules for CGI handling
import cgi, cgitb
cgitb.enable()

# Create instance of FieldStorage
form = cgi.FieldStorage()

# Get data from fields
if form.getvalue('textcontent'):
   text_content = form.getvalue('textcontent')
else:
   text_content = "Not entered"

print "Content-type:text/html\r\n\r\n"
print "<html>"
print "<head>"
print "<title>Text Area - Fifth CGI Program</title>"
print "</head>"
print "<body>"
# <pre> keeps the line breaks the visitor typed
print "<h2> Entered Text Content is</h2>"
print "<pre>%s</pre>" % cgi.escape(text_content)
print "</body>"
print "</html>"
