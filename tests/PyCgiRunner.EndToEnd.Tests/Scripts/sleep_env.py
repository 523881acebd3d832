#!/usr/bin/python
# End-to-end test script: reads its environment, sleeps so a second request runs at the same time, then prints
# what it read. Each request must see only its own QUERY_STRING (DESIGN.md, "Per-request world").
import os, time

query = os.environ.get("QUERY_STRING", "")
time.sleep(1.0)
print "Content-Type: text/plain"
print
print "query=%s" % query
print "now=%s" % os.environ.get("QUERY_STRING", "")
