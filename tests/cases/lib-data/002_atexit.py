# atexit: handlers run last-in first-out after the main script, with arguments.
import atexit
import sys
def bye(name, punct="!"):
    print "bye", name + punct
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
@atexit.register
def last():
    print "decorated handler"
print "registered", atexit.register(bye, "x") is bye
print "end of script"
