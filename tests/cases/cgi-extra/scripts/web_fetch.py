#!/usr/bin/env python
# A page that shows a remote feed with the library's three HTTP clients, and falls back to a notice when the
# remote site cannot be reached (255.255.255.255: "Network is unreachable", as the sandbox answers).
import errno, httplib, socket, urllib, urllib2

print "Content-Type: text/plain"
print

def report(what, e):
    reason = getattr(e, "reason", e)
    print "%s: %s / %s %s" % (what, type(e).__name__, type(reason).__name__, errno.errorcode.get(getattr(reason, "errno", None)))

try:
    conn = httplib.HTTPConnection("255.255.255.255", 80, timeout=10)
    conn.request("GET", "/feed.xml", headers={"User-Agent": "feedreader/1.0"})
    print conn.getresponse().status
except socket.error, e:
    report("httplib", e)

try:
    urllib2.urlopen("http://255.255.255.255/feed.xml", timeout=10).read()
except urllib2.URLError, e:
    report("urllib2", e)
    print "reason is a socket.error:", isinstance(e.reason, socket.error)

request = urllib2.Request("http://255.255.255.255/api", data=urllib.urlencode({"q": "news"}))
opener = urllib2.build_opener()
try:
    opener.open(request, timeout=10)
except urllib2.URLError, e:
    report("opener POST", e)

try:
    urllib.urlopen("http://255.255.255.255/feed.xml")
except IOError, e:
    print "urllib: %s %r / %s" % (type(e).__name__, e.args[0], errno.errorcode.get(e.args[1].errno))

# What needs no network works as usual.
print urllib.quote("a b&c"), urllib2.quote("x/y z")
print socket.gethostbyname("localhost"), socket.inet_aton("127.0.0.1").encode("hex"), socket.htons(80)
print socket.getservbyname("http"), socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)
