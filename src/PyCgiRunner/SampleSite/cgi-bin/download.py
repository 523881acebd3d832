#!/usr/bin/python
# Lesson 11: let the visitor download a file. The Content-Disposition
# header tells the browser to save the body instead of showing it.

import os, sys

here = os.path.dirname(os.path.abspath(__file__))
fo = open(os.path.join(here, '..', 'data', 'sample.txt'), 'rb')
data = fo.read()
# Close opened file
fo.close()

# HTTP Header
print "Content-Type:application/octet-stream; name=\"sample.txt\""
print "Content-Disposition: attachment; filename=\"sample.txt\""
print "Content-Length: %d" % len(data)
print

# Actual file content: written as it is, without print's extra newline.
sys.stdout.write(data)
