#!/usr/bin/python
# Lesson 9b: read cookies. The browser sends them all in one header,
# which the script finds in HTTP_COOKIE as "name1=value1; name2=value2".

# Import modules for CGI handling
from os import environ
from string import strip, split
import cgi, cgitb
cgitb.enable()

print "Content-type:text/html\r\n\r\n"
user_id = password = "not set"
if environ.has_key('HTTP_COOKIE'):
   for cookie in map(strip, split(environ['HTTP_COOKIE'], ';')):
      if '=' not in cookie:
         continue
      (key, value) = split(cookie, '=', 1)
      if key == "UserID":
         user_id = value

      if key == "Password":
         password = value

print "<html><head><title>Cookies read</title></head><body>"
print "<h2>Cookies read</h2>"
print "<p>User ID  = %s</p>" % cgi.escape(user_id)
print "<p>Password = %s</p>" % cgi.escape(password)
print "</body></html>"
