#!/usr/bin/python
# Makes temporary files the usual ways, lists the request's temporary folder and tries its parent (the folder of
# every request). With ?fail the script then fails; with ?loop it runs until it is stopped.
import os, tempfile, cgi

query = os.environ.get("QUERY_STRING", "")
keep = [tempfile.TemporaryFile(), tempfile.NamedTemporaryFile(delete=False), tempfile.mkstemp(), tempfile.mkdtemp()]
open('/tmp/mine.txt', 'w').write('mine')
if query == "fail":
    raise ValueError("failing after making temporary files")
if query == "loop":
    while True:
        pass
print "Content-Type: text/plain"
print
here = tempfile.gettempdir()
print len(os.listdir(here)), os.path.exists('/tmp/mine.txt')
try:
    print sorted(os.listdir(os.path.dirname(here)))
except OSError, e:
    print "parent refused"
