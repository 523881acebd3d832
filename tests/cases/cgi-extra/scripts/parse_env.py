#!/usr/bin/python
# Extra case script: FieldStorage and cgi.parse with explicit environ, fp and
# headers arguments, maxlen, and the print helpers on an empty form.
import cgi, sys
from StringIO import StringIO

print "Content-Type: text/plain"
print
body = "a=1&b=two+words&c=%3C%3E"
env = {"REQUEST_METHOD": "POST", "CONTENT_TYPE": "application/x-www-form-urlencoded",
       "CONTENT_LENGTH": str(len(body)), "QUERY_STRING": "q=9"}
print "parse: %r" % sorted(cgi.parse(StringIO(body), env).items())
print "env QUERY_STRING now %r" % env["QUERY_STRING"]
print "parse GET: %r" % sorted(cgi.parse(None, {"QUERY_STRING": "x=1&x=2;y="}, 1).items())
form = cgi.FieldStorage(fp=StringIO("k=v&k=w"), headers={"content-type": "application/x-www-form-urlencoded", "content-length": "7"},
                        environ={"REQUEST_METHOD": "POST"})
print "headers= form: %r" % form.list
raw = cgi.FieldStorage(fp=StringIO("line one\nline two\n"), environ={"REQUEST_METHOD": "PUT", "CONTENT_TYPE": "text/csv; header=present"})
print "raw: type=%r opts=%r length=%r value=%r list=%r" % (raw.type, raw.type_options, raw.length, raw.value, raw.list)
cgi.maxlen = 10
try:
    cgi.FieldStorage(fp=StringIO(body), environ=env)
except ValueError, e:
    print "maxlen: ValueError: %s" % e
try:
    cgi.parse(StringIO(body), dict(env))
except ValueError, e:
    print "parse maxlen: ValueError: %s" % e
cgi.maxlen = 0
empty = cgi.FieldStorage(environ={"REQUEST_METHOD": "GET", "QUERY_STRING": ""})
cgi.print_form(empty)
mini = cgi.MiniFieldStorage("n", "v")
print repr(mini), mini.filename, mini.list, mini.type, mini.file, mini.type_options, mini.headers
for h in ['form-data; name="a;b"; filename="x\\"y.txt"', 'text/plain;;charset=ascii', ' ; x=1',
          'a; b="unterminated; c=3', 'A; B=1; b=2']:
    print "%r -> %r" % (h, cgi.parse_header(h))
for b in ["", "a" * 70, "a" * 201, "ends with space ", "x\x7f", "--=_Part_0_123.456"]:
    print "valid_boundary(%r) = %r" % (b[:20], bool(cgi.valid_boundary(b)))
print cgi.escape("a<b>&\"c'"), cgi.escape("a<b>&\"c'", 1)
