# urlparse/urllib behaviour beyond the basics: joins with dot segments, odd netlocs, query parsing.
import urlparse
import urllib
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
            "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
            "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "http:g", "https:g"]:
    print repr(rel), urlparse.urljoin(base, rel)
print urlparse.urljoin("http://a/b/", "../../x"), urlparse.urljoin("", "x"), urlparse.urljoin("mailto:a@b", "c")
print urlparse.urljoin("file:///tmp/a.txt", "b.txt"), urlparse.urljoin("ftp://h/d/", "f")
for url in ["http://h:80", "http://h:/p", "http://u@h", "http://u:@h:1", "http://[::1]/", "http://[fe80::1]:8080/x",
            "HTTP://User:Pw@Host.COM:0/", "path:80", "a1+b.c-d:rest", "1abc:x", "//net/path", "///three",
            "http://h/p;a;b?q;r#f;g", "svn+ssh://h/p", "tel:+1;ext=2", "http://h?x#y", "http://h#y?x",
            "http://h:99999/", u"http://h/\xe9"]:
    p = urlparse.urlparse(url)
    print repr(url), p, p.hostname, p.port, p.username, p.password, repr(p.geturl())
s = urlparse.urlsplit("http://h/p;x?q#f", allow_fragments=False)
print s, s.geturl()
print urlparse.urlparse("p?q#f", "ftp"), urlparse.urlsplit("p", "HTTP")
try:
    urlparse.urlsplit("http://[::1/")
except ValueError, e:
    print "ValueError", e
print urlparse.urlunparse(("", "", "p", "x", "", "")), urlparse.urlunsplit(("file", "", "/tmp", "", ""))
print urlparse.urlunsplit(("http", "", "p", "", "")), urlparse.urlunsplit(("mailto", "", "a@b", "", ""))
print urlparse.urldefrag("http://h/p"), urlparse.urldefrag("http://h/p;a?q#")
r = urlparse.urlparse("http://h/p")
print r._fields, r._replace(scheme="https"), type(r._replace(path="/x")).__name__, r == ("http", "h", "/p", "", "", "")
print r._asdict().items(), isinstance(r, tuple), len(r), r[1:3]
print urlparse.parse_qsl("a=1&&b=2;;c", keep_blank_values=1), urlparse.parse_qsl("=x&y=")
print urlparse.parse_qsl("a=%zz&b=%41%4", True), urlparse.parse_qs("k=a+b&k=c%20d")
for bad in ["a=1&b", "&a=1"]:
    try:
        urlparse.parse_qsl(bad, strict_parsing=True)
    except ValueError, e:
        print "ValueError", e
try:
    urlparse.parse_qs("a=1&b=2&c=3", max_num_fields=2)
except ValueError, e:
    print "ValueError", e
print urlparse.unquote("%41%zz"), repr(urllib.unquote(u"%41%C3%A9x")), repr(urllib.unquote(u"plain"))
print urllib.quote("a b", ""), urllib.quote(u"abc def"), repr(urllib.quote(u"x")), urllib.quote("\x00\xff")
print urllib.quote_plus("a b/c", "/"), urllib.quote_plus(""), urllib.quote("~", "~")
print urllib.urlencode({"a": u"\xe9"}, True), urllib.urlencode([("a", (1, 2))], True), urllib.urlencode([("a", 5)], True)
print urllib.urlencode([]), urllib.urlencode({}), urllib.urlencode([("a b", "c d")])
try:
    urllib.urlencode("abc")
except TypeError, e:
    print "TypeError", e
try:
    urllib.quote(None)
except TypeError, e:
    print "TypeError", e
print urllib.splittype("mailto:x"), urllib.splittype("nocolon"), urllib.splittype("HTTP://x")
print urllib.splithost("//h"), urllib.splithost("/p"), urllib.splithost("//h?q"), urllib.splithost("//h#f")
print urllib.splituser("h"), urllib.splituser("a@b@c"), urllib.splitpasswd("u:p:q"), urllib.splitpasswd("u")
print urllib.splitport("h"), urllib.splitport("h:"), urllib.splitport("h:x"), urllib.splitport("[::1]:80")
print urllib.splitnport("h:80"), urllib.splitnport("h"), urllib.splitnport("h:x"), urllib.splitnport("h:", 5)
print urllib.splitquery("/p"), urllib.splitquery("/p?a?b"), urllib.splittag("/p#a#b"), urllib.splittag("/p")
print urllib.splitattr("/p;a=1;b"), urllib.splitvalue("a=1=2"), urllib.splitvalue("a")
print urllib.unwrap("<URL:http://h/>"), urllib.unwrap(" <http://x> "), urllib.basejoin("http://h/a/b", "c")
print urllib.pathname2url("/tmp/a b?c"), urllib.url2pathname("/a%2Fb")
