#!/usr/bin/env python
# A site's settings read with ConfigParser, and a maintenance script's command line parsed with optparse and
# argparse (their help pages too), as admin CGI pages that run a tool in-process do.
import cgi, sys, StringIO, ConfigParser, optparse, argparse

print "Content-Type: text/plain"
print

settings = """
[DEFAULT]
root = /srv/site
debug = no

[database]
path = %(root)s/data.db
timeout = 30
; a comment
retries: 3

[mail]
server = smtp.example.org
from = webmaster@example.org
long = first line
  continued line
"""
parser = ConfigParser.SafeConfigParser()
parser.readfp(StringIO.StringIO(settings), "site.ini")
print parser.sections()
print parser.get("database", "path"), parser.getint("database", "timeout"), parser.getboolean("mail", "debug")
print parser.items("database")
print repr(parser.get("mail", "long"))
print parser.has_option("mail", "server"), parser.has_section("nope"), parser.options("mail")
parser.set("mail", "port", "25")
parser.add_section("new")
parser.set("new", "key", "value with %% percent")
out = StringIO.StringIO()
parser.write(out)
print out.getvalue()
for call in (lambda: parser.get("nope", "x"), lambda: parser.get("mail", "nope"), lambda: parser.getint("mail", "server")):
    try:
        call()
    except (ConfigParser.Error, ValueError), e:
        print type(e).__name__, e
raw = ConfigParser.RawConfigParser()
raw.readfp(StringIO.StringIO(settings))
print raw.get("database", "path")
bad = ConfigParser.ConfigParser()
try:
    bad.readfp(StringIO.StringIO("no section header\n"), "bad.ini")
except ConfigParser.MissingSectionHeaderError, e:
    print "MissingSectionHeaderError", e

op = optparse.OptionParser(usage="%prog [options] FILE", prog="rebuild", version="rebuild 1.0")
op.add_option("-v", "--verbose", action="store_true", dest="verbose", default=False, help="say more")
op.add_option("-n", "--count", type="int", dest="count", default=1, help="how many [default: %default]")
op.add_option("-o", dest="output", metavar="FILE", help="write to FILE")
options, args = op.parse_args(["-v", "--count=3", "-o", "out.html", "index.txt", "more.txt"])
print options.verbose, options.count, options.output, args
print op.format_help()
sys.stderr = sys.stdout
try:
    op.parse_args(["--count=x"])
except SystemExit, e:
    print "exit", e.code

ap = argparse.ArgumentParser(prog="publish", description="Publish the pages.")
ap.add_argument("pages", nargs="+", help="pages to publish")
ap.add_argument("--force", action="store_true", help="overwrite")
ap.add_argument("--level", type=int, choices=[1, 2, 3], default=2)
sub = ap.add_argument_group("output")
sub.add_argument("--to", default="/srv/www", metavar="DIR")
ns = ap.parse_args(["a.html", "b.html", "--force", "--level", "3"])
print sorted(vars(ns).items())
print ap.format_help()
try:
    ap.parse_args(["--level", "7", "x"])
except SystemExit, e:
    print "exit", e.code
