# io: io.open text/binary modes, encodings, newline translation, BytesIO/StringIO type rules.
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with io.open(p, "w", encoding="utf-8") as f:
    print f.write(u"caf\xe9\nline2\r\nline3\rend")
    try:
        f.write("bytes")
    except TypeError, e:
        print "TypeError", e
with io.open(p, encoding="utf-8") as f:
    print repr(f.read())
with io.open(p, encoding="utf-8") as f:
    print [l for l in f]
with io.open(p, encoding="utf-8", newline="") as f:
    print f.readlines()
with io.open(p, "rb") as f:
    print repr(f.read())
try:
    io.open(p).read()
except UnicodeDecodeError, e:
    print "UnicodeDecodeError"
print repr(io.open(p, errors="replace").readline())
b = io.BytesIO("abc")
print b.read(2), b.tell(), b.getvalue()
b.write("Z")
print repr(b.getvalue())
try:
    b.write(u"x")
except TypeError, e:
    print "TypeError", e
s = io.StringIO(u"x\ny")
print repr(s.readline()), repr(s.read())
try:
    s.write("str")
except TypeError, e:
    print "TypeError", e
try:
    io.StringIO("str")
except TypeError, e:
    print "TypeError", e
os.remove(p); os.rmdir(d)
