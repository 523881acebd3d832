# email: building, writing and parsing messages, MIME parts, parameters, headers and legacy names.
import email
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email import encoders
from email.header import Header, decode_header, make_header
m = MIMEMultipart(boundary="XYZ")
m["Subject"] = "s"
m.attach(MIMEText("hi"))
m.attach(MIMEText(u"caf\xe9".encode("utf-8"), "html", "utf-8"))
m.preamble = "pre"
print repr(m.as_string())
m.epilogue = "epi"
print repr(m.as_string())
print repr(MIMEText("caf\xe9 x=y", "plain", "iso-8859-1").as_string())
att = MIMEBase("application", "octet-stream")
att.set_payload("\x00\x01binary" * 10)
encoders.encode_base64(att)
att.add_header("Content-Disposition", "attachment", filename="data.bin")
print repr(att.as_string()), att.get_filename(), att.get_content_type(), att.get_content_maintype(), att.get_content_subtype()
print repr(att.get_payload(decode=True)[:8]), att.get_param("filename", header="content-disposition"), att.get_params()
app = MIMEApplication("%PDF-1.4", "pdf")
print repr(app.as_string())
text = """From sender@example.com  Sat Jan  3 01:05:34 1996
Return-Path: <a@b.c>
Subject: folded
 header line
Content-Type: multipart/alternative; boundary="==b=="; charset=us-ascii
X-Dup: 1
X-Dup: 2

preamble text
--==b==
Content-Type: text/plain

plain body
--==b==
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<p>caf=C3=A9</p>
--==b==--
epilogue
"""
p = email.message_from_string(text)
print repr(p.get_unixfrom()), repr(p["subject"]), p.get_all("x-dup"), p.get_all("nope", "none"), len(p), "x-dup" in p
print p.is_multipart(), p.get_content_type(), p.get_boundary(), p.get_content_charset(), repr(p.preamble), repr(p.epilogue)
for part in p.walk():
    print " part", part.get_content_type(), repr(part.get_payload(decode=True)) if not part.is_multipart() else len(part.get_payload()), part.get_content_charset("none")
print p.get_charsets(), p.keys()
p.replace_header("X-Dup", "one")
del p["subject"]
p.add_header("X-Param", "v", a="1", b=None)
print p.items()[1:], p.get_param("a", header="x-param"), p.get_params(header="x-param")
try:
    p.replace_header("Missing", "x")
except KeyError, e:
    print "KeyError", e
p.set_param("charset", "utf-8")
p.set_param("format", "flowed")
print p["content-type"]
p.del_param("format")
p.set_type("multipart/mixed")
print p["content-type"], p.get_boundary()
p.set_boundary("NEW")
print p["content-type"]
print repr(p.as_string()[:80])
plain = email.message_from_string("Subject: x\n\nFrom the start\nbody\n")
print repr(plain.as_string()), repr(str(plain)[:5]), plain.get_content_type(), plain.get_default_type()
noblank = email.message_from_string("Subject: x\nnot a header line\nmore")
print noblank.items(), repr(noblank.get_payload())
print decode_header("plain"), decode_header("=?iso-8859-1?q?caf=E9_au_lait?= and =?utf-8?b?w6k=?= end")
print decode_header("=?UTF-8?Q?a?= =?UTF-8?Q?b?=")
print str(Header("plain ascii")), Header(u"caf\xe9", "iso-8859-1").encode(), Header("x", "utf-8").encode()
print repr(unicode(make_header(decode_header("=?utf-8?q?caf=C3=A9?= x")))), repr(unicode(Header("a"))), repr(unicode(make_header([("x", None), ("\xc3\xa9", "utf-8")])))
import email.Utils, email.MIMEText
from email.MIMEMultipart import MIMEMultipart as OldMultipart
from email.Header import Header as OldHeader
print email.Utils.parseaddr("A <a@b>"), email.MIMEText.MIMEText("x").get_content_type(), OldMultipart is MIMEMultipart, OldHeader is Header
msg = MIMEText("body")
msg["To"] = ", ".join("person%d@example.com" % i for i in range(8))
print repr(msg.as_string())
