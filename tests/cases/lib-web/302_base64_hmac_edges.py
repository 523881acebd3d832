# base64 (b32, b16, altchars, file interface) and hmac/compare_digest corners.
import base64
import hmac
import hashlib
from StringIO import StringIO
for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "\x00\xff" * 7]:
    e = base64.b32encode(s)
    print repr(s), e, base64.b32decode(e) == s, base64.b16encode(s), base64.b64encode(s)
print repr(base64.b32decode("mzxw6ytb", casefold=True)), repr(base64.b32decode("MZXW6YT0", map01="L"))
print repr(base64.b32decode("0O======", map01="I"))
for bad in ["MZXW6YT", "MZXW6YT!", "MZ=====A", "M=======", "MZX====="]:
    try:
        print repr(base64.b32decode(bad))
    except TypeError, e:
        print "TypeError", e
print repr(base64.b16decode("abcd", casefold=True))
try:
    base64.b16decode("abcd")
except TypeError, e:
    print "TypeError", e
print base64.b64encode("\xff\xfe\xfd", "*!"), repr(base64.b64decode("//79", "*!")), repr(base64.b64decode("*!79", "*!"))
print repr(base64.urlsafe_b64decode("_-8=")), repr(base64.b64decode("YW Jj\nZA=="))
try:
    base64.b64decode("YWJjZA=")
except TypeError, e:
    print "TypeError", e
data = "".join(chr(i % 256) for i in range(200))
enc = base64.encodestring(data)
print enc.count("\n"), [len(l) for l in enc.splitlines()], base64.decodestring(enc) == data, repr(base64.encodestring(""))
out = StringIO()
base64.encode(StringIO(data), out)
print out.getvalue() == enc
back = StringIO()
base64.decode(StringIO(enc), back)
print back.getvalue() == data, base64.MAXLINESIZE, base64.MAXBINSIZE
for key in ["", "k", "x" * 64, "y" * 100]:
    print hmac.new(key, "msg").hexdigest(), hmac.new(key, "msg", hashlib.sha512).hexdigest()[:32]
h = hmac.new("key", digestmod=hashlib.sha1)
c = h.copy()
h.update("a")
print h.hexdigest(), c.hexdigest(), c.digest_size, h.digest_size, hmac.HMAC("k").hexdigest()
print repr(hmac.new("k", "m", hashlib.sha256).digest()[:4]), hmac.digest_size
import md5, sha
print hmac.new("k", "m", md5).hexdigest(), hmac.new("k", "m", sha).hexdigest()
print md5.new("a").hexdigest(), md5.digest_size, sha.sha("a").hexdigest(), sha.digestsize, sha.blocksize
print hmac.compare_digest("", ""), hmac.compare_digest("ab", "abc"), hmac.compare_digest(u"x", u"x"), hmac.compare_digest(bytearray("q"), "q")
for a, b in [("a", u"a"), (1, 2), (None, "a")]:
    try:
        hmac.compare_digest(a, b)
    except TypeError, e:
        print "TypeError", e
