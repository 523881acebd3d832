#!/usr/bin/env python
# A "send this page to a friend" form that builds the message it would mail (text, HTML alternative and an
# attachment), then parses a stored message back, as webmail and newsletter scripts do.
import cgi, email, email.utils, email.base64mime, email.quoprimime
from email.MIMEText import MIMEText
from email.MIMEMultipart import MIMEMultipart
from email.MIMEBase import MIMEBase
from email.Header import Header
from email import Encoders

form = cgi.FieldStorage()
friend = form.getfirst("friend", "friend@example.org")
note = form.getfirst("note", "")
print "Content-Type: text/plain"
print

outer = MIMEMultipart("mixed", boundary="==outer==")
outer["Subject"] = Header(u"Caf\xe9 page for you", "utf-8")
outer["From"] = email.utils.formataddr(("Web Site", "site@example.org"))
outer["To"] = friend
outer["Date"] = email.utils.formatdate(1000000000, localtime=False)
outer["Message-ID"] = "<12345@example.org>"
body = MIMEMultipart("alternative", boundary="==alt==")
body.attach(MIMEText("Look at this page.\n" + note + "\n", "plain"))
body.attach(MIMEText("<p>Look at <b>this</b> page.</p>", "html", "utf-8"))
outer.attach(body)
attachment = MIMEBase("application", "octet-stream")
attachment.set_payload("\x00\x01binary\xff" * 10)
Encoders.encode_base64(attachment)
attachment.add_header("Content-Disposition", "attachment", filename="data.bin")
outer.attach(attachment)
print outer.as_string()
print "----"
print email.utils.parseaddr("Zara Ali <zara@example.org>"), email.utils.getaddresses(["a@x, B <b@y>"])
print email.utils.parsedate_tz("Sun, 09 Sep 2001 01:46:40 -0000"), email.utils.mktime_tz(email.utils.parsedate_tz("Sun, 09 Sep 2001 01:46:40 -0000"))
print repr(email.base64mime.encode("hello world")), repr(email.base64mime.decode("aGVsbG8gd29ybGQ="))
print repr(email.quoprimime.header_encode("caf\xe9")), repr(email.quoprimime.body_encode("a=b \xe9\n"))

stored = """From: Bob <bob@example.org>
To: site@example.org
Subject: =?iso-8859-1?q?Re:_caf=E9?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"

preamble
--XX
Content-Type: text/plain; charset="us-ascii"

Thanks!
--XX
Content-Type: text/plain; name="a.txt"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="a.txt"

YXR0YWNoZWQgdGV4dAo=
--XX--
"""
msg = email.message_from_string(stored)
print msg["From"], "|", msg.get_content_type(), msg.is_multipart(), msg.get_boundary(), repr(msg.preamble)
print email.Header.decode_header(msg["Subject"])
for part in msg.walk():
    print part.get_content_type(), part.get_filename(), repr(part.get_payload(decode=True))
print msg.keys(), msg.get_params()
