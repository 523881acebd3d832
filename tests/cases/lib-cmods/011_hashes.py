# The hash modules behind hashlib: _md5, _sha, _sha256, _sha512 (hashlib's own constructors on a CPython
# built without OpenSSL, like the reference one; _hashlib, which that CPython lacks, has unit tests instead).
import _md5, _sha, _sha256, _sha512
import hashlib
import array


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print '%s: %s' % (type(e).__name__, e)

for m in (_md5, _sha, _sha256, _sha512):
    print m.__name__, sorted(x for x in dir(m) if x != '__file__')
for h in (_md5.new('a'), _sha.new('a'), _sha256.sha256('a'), _sha256.sha224(), _sha512.sha512(), _sha512.sha384()):
    print type(h), sorted(x for x in dir(h) if not x.startswith('__')), repr(h).split(' at ')[0]
    print h.name, h.digest_size, h.digestsize, h.block_size, h.hexdigest(), repr(h.digest())
for data in ['', 'abc', 'x' * 1000, ''.join(chr(i) for i in range(256))]:
    print [hashlib.new(n, data).hexdigest() for n in hashlib.algorithms]
show(lambda: _md5.new(1))
show(lambda: _md5.new(u'abc').hexdigest())
show(lambda: _md5.new(u'\xe9'))
show(lambda: _md5.new('a', 'b'))
show(lambda: _md5.new(string='a'))
show(lambda: _sha.new(string='a').hexdigest())
show(lambda: _sha256.sha256(string='a').hexdigest())
show(lambda: _sha256.sha256('a', 'b'))
show(lambda: _sha512.sha384(1))
for buf in (buffer('abc'), bytearray('abc'), memoryview('abc'), array.array('c', 'abc')):
    show(lambda: _md5.new(buf).hexdigest())
show(lambda: _md5.new().update())
show(lambda: _sha.new().update(1))
h = _md5.new('a'); c = h.copy(); c.update('b'); print h.hexdigest(), c.hexdigest()
print hashlib.md5 is _md5.new, hashlib.sha1 is _sha.new, hashlib.sha224 is _sha256.sha224, hashlib.sha512 is _sha512.sha512
show(lambda: hashlib.new('nope'))
show(lambda: hashlib.new('MD5', 'x').hexdigest())
show(lambda: _md5.MD5Type())
print hashlib.algorithms
for name, password, salt, rounds, length in [('sha1', 'pw', 'salt', 2, None), ('sha256', 'pw', 'salt', 3, 40),
                                             ('md5', 'x' * 100, 'salt', 3, None), ('sha512', 'pw' * 100, 's', 2, 100)]:
    print name, repr(hashlib.pbkdf2_hmac(name, password, salt, rounds, length))
