#!/usr/bin/env python
# A contact form that mails what it is given, as old CGI sites do: the mail server cannot be reached, and the
# script tells the visitor. 255.255.255.255 gives "Network is unreachable" on any Linux machine, which is also
# what PyCgiRunner's sandbox answers for every connection (its message adds the policy).
import cgi, errno, smtplib, socket
from email.MIMEText import MIMEText

form = cgi.FieldStorage()
name = form.getfirst("name", "")
sender = form.getfirst("email", "")
body = form.getfirst("message", "")

msg = MIMEText(body)
msg["Subject"] = "Contact form: %s" % name
msg["From"] = sender
msg["To"] = "webmaster@example.org"

print "Content-Type: text/html"
print
print "<html><body>"
print "<p>Thank you, %s.</p>" % cgi.escape(name)
try:
    server = smtplib.SMTP("255.255.255.255", 25, timeout=10)
    server.sendmail(sender, ["webmaster@example.org"], msg.as_string())
    server.quit()
    print "<p>Your message was sent.</p>"
except socket.error, e:
    print "<p>Your message could not be sent (%s: %s, %s).</p>" % (
        type(e).__name__, e.errno, errno.errorcode.get(e.errno))
    print "<p>is a socket.error and an IOError: %s %s</p>" % (isinstance(e, socket.error), isinstance(e, IOError))
# The same with the connection made separately, and with the server named in connect().
client = smtplib.SMTP()
try:
    client.connect("255.255.255.255")
except (socket.error, smtplib.SMTPException), e:
    print "<p>connect: %s %s</p>" % (type(e).__name__, errno.errorcode.get(e.errno))
print "<pre>%s</pre>" % cgi.escape(msg.as_string().split("\n\n", 1)[1])
print "</body></html>"
