#!/usr/bin/python
# Extra case script: the field names of a form in the order cgi gives them
# (FieldStorage.keys() is a list made from a set), and the parse functions' dicts.
import cgi, os

print "Content-Type: text/plain"
print
form = cgi.FieldStorage()
print form.keys()
for name in form:
    print name, form.getvalue(name)
print len(form), sorted(form.keys())
print dict((name, form.getfirst(name)) for name in form.keys())
print cgi.parse_qs(os.environ.get("QUERY_STRING", ""))
