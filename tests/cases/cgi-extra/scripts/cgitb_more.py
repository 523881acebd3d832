#!/usr/bin/python
# Extra case script: cgitb.text() and html() on a deeper traceback with
# arguments, attribute chains and long values.
import cgitb, os, sys

here = os.path.abspath(sys.argv[0])

class Order:
    def __init__(self, lines):
        self.lines = lines
        self.note = "x" * 150

def total(order, rate=0.2, *extra, **options):
    subtotal = sum([qty * price for qty, price in order.lines])
    return subtotal * (1 + rate) / options["divisor"]

print "Content-Type: text/plain"
print
try:
    total(Order([(2, 10), (1, 5)]), 0.5, "x", divisor=0)
except:
    report = cgitb.text(sys.exc_info(), 3)
    print report[report.index("function calls"):report.index("    __class__")].replace(here, "SCRIPT")
    report = cgitb.html(sys.exc_info())
    print report[report.index("<table width=\"100%\" cellspacing=0 cellpadding=0"):report.index("<!-- The above")].replace(here, "SCRIPT")
print cgitb.small("s"), cgitb.strong("b"), cgitb.grey("g"), repr(cgitb.small(""))
