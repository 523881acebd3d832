#!/usr/bin/python
# Extra case script: cgitb.enable(display=0, format='text') writes only the
# short message, and a text-format uncaught error after partial output.
import cgitb
cgitb.enable(display=0, format="text")
print "Content-Type: text/plain"
print
print "partial",
{}["missing"]
