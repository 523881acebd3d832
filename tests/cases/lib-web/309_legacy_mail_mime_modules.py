# rfc822, mimetools, mimetypes (only types that /etc/mime.types does not change) and quopri.
import warnings
warnings.simplefilter("ignore")
from StringIO import StringIO
import rfc822
import mimetools
import mimetypes
import quopri
text = ("From someone  Mon Jan  1 00:00:00 2001\nFrom: Ann Lee <ann@example.com>\nTo: bob@example.com,\n  Carol <c@x.org>\n"
        "Subject: Hello\n  world\nDate: Fri, 13 Feb 2009 23:31:30 +0200\nX-Dup: 1\nX-Dup: 2\n\nbody line\n")
fp = StringIO(text)
m = rfc822.Message(fp)
print repr(m.unixfrom), sorted(m.keys()), repr(m["subject"]), m.getheader("x-dup"), m.getheaders("X-Dup"), m.get("nope", "dflt")
print m.getaddr("from"), m.getaddrlist("to"), m.getdate("date"), m.getdate_tz("date"), len(m), "from" in m, m.has_key("FROM")
print repr(fp.read()), repr(m.getrawheader("to")), m.getallmatchingheaders("x-dup"), m.getfirstmatchingheader("subject")
m["X-New"] = "v"
del m["x-dup"]
print repr(str(m)), m.getdate("missing")
try:
    m["missing"]
except KeyError, e:
    print "KeyError", e
print rfc822.parseaddr("Ann <ann@x>"), rfc822.parseaddr(""), rfc822.dump_address_pair(("Ann", "a@x")), rfc822.dump_address_pair(("", "a@x"))
for d in ["13 Feb 09 23:31 EST", "Fri Feb 13 23:31:30 2009", "garbage", "1 Jan 70 00:00:00 GMT"]:
    print repr(d), rfc822.parsedate_tz(d), rfc822.parsedate(d)
print rfc822.formatdate(1234567890), rfc822.parsedate("13 Feb 2009 23:31:30"), rfc822.mktime_tz(rfc822.parsedate_tz("Fri, 13 Feb 2009 23:31:30 +0000"))
print rfc822.quote('a"b'), rfc822.unquote('"a\\"b"'), str(rfc822.AddressList("a@x, B <b@y>") + rfc822.AddressList("c@z, a@x")), str(rfc822.AddressList("a@x, b@y") - rfc822.AddressList("a@x"))
mm = mimetools.Message(StringIO("Content-Type: Text/HTML ; Charset=\"latin-1\"; q=x\nContent-Transfer-Encoding: BASE64\n\n"))
print mm.gettype(), mm.getmaintype(), mm.getsubtype(), mm.getplist(), mm.getparam("charset"), mm.getparam("none"), mm.getparamnames(), mm.getencoding()
plain = mimetools.Message(StringIO("X: y\n\n"))
print plain.gettype(), plain.getencoding(), plain.getplist()
b = mimetools.choose_boundary()
print b.count(".") >= 5, b != mimetools.choose_boundary()
out = StringIO()
mimetools.decode(StringIO("aGVsbG8=\n"), out, "base64")
print repr(out.getvalue())
for name in ["index.html", "a.HTM", "p.png", "x.tar.gz", "y.tgz", "doc.pdf", "s.css", "d.json", "a.txt", "c.gif",
             "no_ext", "arch.zip", "z.bz2", "data:text/csv;base64,xx", "data:,x", "data:nocomma", "http://h/a.jpeg?q=1", "a.unknownext"]:
    print name, mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False)
print mimetypes.guess_extension("application/pdf"), mimetypes.guess_extension("image/png"), mimetypes.guess_extension("no/such")
print mimetypes.guess_all_extensions("image/png"), mimetypes.types_map[".html"], mimetypes.encodings_map[".gz"]
mimetypes.add_type("application/x-custom", ".cst")
print mimetypes.guess_type("f.cst"), mimetypes.guess_extension("application/x-custom")
print repr(quopri.encodestring("caf\xe9 = x\t\nline  \n")), repr(quopri.decodestring("caf=E9 =3D x=\n y")), repr(quopri.encodestring("a b", True))
print repr(quopri.decodestring("a_b", header=True)), repr(quopri.encodestring("a b_c", header=True))
