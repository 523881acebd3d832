#!/usr/bin/python
# Lesson 9a: set cookies. Each Set-Cookie header line stores one
# name=value pair in the browser, which sends it back with every later
# request to this site. All header lines come before the blank line.

import cgi, cgitb
cgitb.enable()

form = cgi.FieldStorage()
user_id = form.getvalue('user_id', 'XYZ')
password = form.getvalue('password', 'XYZ123')

# A cookie value must not contain ';', ',', '=' or spaces: keep it simple.
for ch in ";,= \t\r\n":
   user_id = user_id.replace(ch, '_')
   password = password.replace(ch, '_')

print "Set-Cookie:UserID=%s; Path=/" % user_id
print "Set-Cookie:Password=%s; Path=/" % password
print "Content-type:text/html\r\n\r\n"
print "<html><head><title>Cookies set</title></head><body>"
print "<h2>Cookies set</h2>"
print "<p>UserID = %s, Password = %s</p>" % (cgi.escape(user_id), cgi.escape(password))
print '<p><a href="/cgi-bin/getcookies.py">Read them back</a></p>'
print "</body></html>"
