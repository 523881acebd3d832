#!/usr/bin/python
# Hostile-input suite (issue 7, item 9): 100,000 header lines must cost the gateway little and give a 500.
import sys
sys.stdout.write("Content-Type: text/plain\n" + "".join(["X-H%d: v\n" % i for i in xrange(100000)]) + "\nbody\n")
