#!/usr/bin/python
# Lesson 1: the smallest CGI program. Everything printed goes to the
# browser; the first line is the header, and the empty line after it
# separates the header from the page.

print "Content-type:text/html\r\n\r\n"
print '<html>'
print '<head>'
print '<title>Hello World - First CGI Program</title>'
print '</head>'
print '<body>'
print '<h2>Hello World! This is my first CGI program</h2>'
print '</body>'
print '</html>'
