# Cookie parsing corners, Morsel attributes, quoting rules and the pickling cookie classes.
import Cookie
import warnings
warnings.simplefilter("ignore")
inputs = ['a b=c', 'x=1; $Version=1; $Path=/', 'x=1; Path=/p; secure; httponly; max-age=5; expires=Wed, 09 Jun 2021 10:18:14 GMT',
          'junk;;; y="a\\073b"', 'k=v,w', 'k=[1]', 'q=1 r=2', 'z', 'a=1; domain', 'secure; a=1', 'a="unterminated',
          'a==b', 'a="\\400"', 'n="a\\"b\\\\c\\073d\\054e"', 'SID=31d4d96e407aad42; Path=/; Domain=example.com',
          '  spaced  =  value  ;  other=2', 'dup=1; dup=2', 'Path=/; a=1', 'a=1; Comment=hi there', 'e=; f=2',
          'u=caf\xc3\xa9', 'lang=en-US; $Domain=.x.org; Version=1']
for s in inputs:
    c = Cookie.SimpleCookie()
    try:
        c.load(s)
    except Cookie.CookieError, e:
        print repr(s), "CookieError", e
        continue
    print repr(s), repr(c), [(k, m.value, m.coded_value, sorted((a, b) for a, b in m.items() if b != "")) for k, m in sorted(c.items())]
try:
    Cookie.SimpleCookie("x=1; $Foo=2")
except Cookie.CookieError, e:
    print "CookieError", e
m = Cookie.Morsel()
print m.key, m.value, m.coded_value, sorted(m.keys()), sorted(Cookie.Morsel._reserved.items())
print m.isReservedKey("Max-Age"), m.isReservedKey("foo")
m.set("name", "val ue", '"val ue"')
m["Path"] = "/x"
m["secure"] = False
m["comment"] = "a comment"
m["version"] = 1
m["max-age"] = "60"
print m.output(), "|", m.OutputString(["path"]), "|", repr(m), "|", str(m)
for bad in [("path", "x"), ("a b", "x"), ("a;b", "x"), ("Expires", "x")]:
    try:
        Cookie.Morsel().set(bad[0], bad[1], bad[1])
    except Cookie.CookieError, e:
        print "CookieError", e
try:
    m["bogus"] = 1
except Cookie.CookieError, e:
    print "CookieError", e
print repr(m.js_output()), repr(m.js_output(["path"]))
for v in ["plain", "with space", "semi;colon", 'quo"te', "back\\slash", "comma,x", "tab\there", "\xe9", "equals=", "brackets[]", "", "colon:x"]:
    c = Cookie.SimpleCookie()
    c["k"] = v
    back = Cookie.SimpleCookie(c.output(header="").strip())
    print repr(v), c["k"].coded_value, back["k"].value == v
b = Cookie.BaseCookie("a=\"quoted\"; b=2")
b["c"] = 3
print repr(b), b["a"].value, b.value_encode(5), b.value_decode('"x"'), b.output(header="H:", sep="|")
s = Cookie.SimpleCookie()
s.load({"d1": "v 1", "d2": 2})
print repr(s), s.output(), repr(s.js_output())
s["d1"] = Cookie.SimpleCookie("d1=morsel")["d1"]
print repr(s["d1"]), s.value_decode('"a\\054b"'), s.value_encode(1.5)
m2 = s["d2"]
m2["expires"] = "Fri, 01 Jan 2038 00:00:00 GMT"
m2["domain"] = "example.org"
print s.output(attrs=["expires"]), "|", s.output(attrs=[])
smart = Cookie.SmartCookie()
smart["s"] = "text"
smart["n"] = [1, 2]
print smart["s"].value, smart["n"].value, smart["s"].coded_value
back = Cookie.SmartCookie(smart.output(header="").replace("\r\n", ";"))
print back["s"].value, back["n"].value, Cookie.Cookie is Cookie.SmartCookie
serial = Cookie.SerialCookie()
serial["x"] = {"k": 1}
print serial["x"].value, Cookie.SerialCookie(serial.output(header="").strip())["x"].value
print Cookie._quote("a b"), Cookie._unquote('"a\\073b"'), Cookie._unquote('"x'), Cookie._unquote("a")
