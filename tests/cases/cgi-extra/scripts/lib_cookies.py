#!/usr/bin/env python
# A proxy-style script that keeps a remote site's cookies with cookielib: the cookies a response sets are
# stored, sent back on the next request to the right paths, saved to and loaded from a cookie file in the temp
# folder; no connection is made (the response is built here, as a test double).
import cgi, os, shutil, tempfile, cookielib, urllib2, mimetools, StringIO

print "Content-Type: text/plain"
print


class FakeResponse(object):
    def __init__(self, headers):
        self._info = mimetools.Message(StringIO.StringIO("".join(h + "\r\n" for h in headers) + "\r\n"))

    def info(self):
        return self._info

now_headers = [
    "Set-Cookie: session=abc123; Path=/; Expires=Wed, 01-Jan-2031 00:00:00 GMT",
    "Set-Cookie: theme=dark; Path=/shop",
    "Set-Cookie: secret=s; Path=/; Secure; Expires=Wed, 01-Jan-2031 00:00:00 GMT",
    "Set-Cookie: gone=x; Path=/; Expires=Thu, 01-Jan-1970 00:00:01 GMT",
    "Set-Cookie2: v2=yes; Version=1; Path=/",
]
jar = cookielib.CookieJar()
request = urllib2.Request("http://www.example.org/shop/cart")
jar.extract_cookies(FakeResponse(now_headers), request)
for cookie in sorted(jar, key=lambda c: c.name):
    print cookie.name, cookie.value, cookie.domain, cookie.path, cookie.secure, cookie.expires, cookie.version
for url in ("http://www.example.org/shop/list", "http://www.example.org/", "https://www.example.org/x",
            "http://other.example.com/"):
    again = urllib2.Request(url)
    jar.add_cookie_header(again)
    print url, "->", again.get_header("Cookie")
print len(jar)
jar.clear("www.example.org", "/shop", "theme")
print sorted(c.name for c in jar)

policy = cookielib.DefaultCookiePolicy(blocked_domains=["www.example.org"])
blocked = cookielib.CookieJar(policy)
blocked.extract_cookies(FakeResponse(now_headers), request)
print "blocked:", len(blocked)

folder = tempfile.mkdtemp()
try:
    path = os.path.join(folder, "cookies.txt")
    saved = cookielib.LWPCookieJar(path)
    saved.extract_cookies(FakeResponse(now_headers), request)
    saved.save(ignore_discard=True)
    print "\n".join(line for line in open(path).read().splitlines() if not line.startswith("#"))
    loaded = cookielib.LWPCookieJar()
    loaded.load(path, ignore_discard=True)
    print sorted((c.name, c.value) for c in loaded)
    mozilla = cookielib.MozillaCookieJar(os.path.join(folder, "mozilla.txt"))
    for cookie in saved:
        mozilla.set_cookie(cookie)
    mozilla.save(ignore_discard=True, ignore_expires=True)
    print [l for l in open(mozilla.filename).read().splitlines() if l and not l.startswith("#")]
finally:
    shutil.rmtree(folder)
print cookielib.http2time("Wed, 01-Jan-2031 00:00:00 GMT"), cookielib.time2isoz(1000000000)
