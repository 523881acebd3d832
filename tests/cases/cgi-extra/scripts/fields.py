#!/usr/bin/python
# Extra case script: FieldStorage lists with each parsing option, then
# the module-level parse functions on the same query string.
import cgi, os, sys

print "Content-Type: text/plain"
print
print "QUERY_STRING=%r" % os.environ.get("QUERY_STRING")
for label, kwargs in [("default", {}), ("keep", {"keep_blank_values": 1}),
                      ("strict", {"strict_parsing": 1}),
                      ("max3", {"max_num_fields": 3})]:
    try:
        form = cgi.FieldStorage(**kwargs)
        print "%-8s %r" % (label, form.list)
        print "%-8s repr %r" % ("", form)
        print "%-8s len=%d bool=%r" % ("", len(form), bool(form))
    except ValueError, e:
        print "%-8s ValueError: %s" % (label, e)
qs = os.environ.get("QUERY_STRING", "")
print "parse_qsl  %r" % cgi.parse_qsl(qs)
print "parse_qsl1 %r" % cgi.parse_qsl(qs, 1)
print "parse_qs   %r" % sorted(cgi.parse_qs(qs, 1).items())
