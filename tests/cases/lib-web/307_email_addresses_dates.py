# email.utils: addresses, dates, quoting and RFC 2231 helpers beyond the basic case.
import email.utils as u
for a in ["Ann Lee <ann@example.com>", "bob@example.com", "bob@example.com (Bob Smith)", '"Lee, Ann" <ann@x.org>', "", "invalid",
          "<just@angle>", "a@b, c@d", "Group: a@b, C <c@d>;", '"quoted \\"x\\"" <q@x>', "first.last@sub.example.com",
          "Ann (comment) <ann@x>", "<@route:a@b>", "a @ b . c", '"a b"@example.com', "x@[127.0.0.1]", "Name <a@b> trailing",
          "Mr. Smith <s@x>", "a .b <c@d>", "J. R. R. <t@x> (x)", "no-at-sign", "x@", "@domain", "a@b.c.", "a@b (c) (d)", "<>", "Jane <jane@x", "@", "a,,b", "  spaced  <  s@x  >  "]:
    print repr(a), u.parseaddr(a), u.getaddresses([a])
for n in [("Ann", "a@b"), ("Lee, Ann", "x"), ('Q "x"', "y"), ("a.b", "z"), ("back\\slash", "b"), ("", ""), ("(p)", "z"), (u"caf\xe9", "c")]:
    print repr(n), repr(u.formataddr(n))
print u.quote('a\\b"c'), u.unquote('"a\\\\b\\"c"'), u.unquote('"'), u.unquote("<x"), u.unquote("'x'")
print u.formatdate(1234567890), u.formatdate(1234567890, usegmt=True), u.formatdate(1234567890, localtime=True), u.formatdate(0, True, True)
import time
print u.mktime_tz(u.parsedate_tz("Fri, 13 Feb 2009 23:31:30")) == time.mktime((2009, 2, 13, 23, 31, 30, 0, 1, -1))
for d in ['Fri, 13 Feb 2009 23:31:30 GMT','13 Feb 09 23:31 EST','Fri Feb 13 23:31:30 2009','13-Feb-2009 23:31:30 -0130','Friday, 13-Feb-09 23:31:30 GMT','garbage','','Fri, 13 Feb 2009 23:31:30','13 Feb 2009 23:31:30 +0000 (UTC)', 'Fri, 13 Feb 2009 23:31:30 UT', "1 February 1999 1:02:03 PDT", "Thu, 01 Jan 70 00:00:00 +0100", "Mon, 20 Nov 1995 19:12:08 -0500", "20 Nov 1995 19:12 +0100", "Sun,06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "6 Nov 1994 8:49:37+0100", "x y z w v", "13 Foo 2009 23:31:30 GMT", "13 Feb 2009 25:61 XYZ", "Fri, 13 Feb 2009"]:
    print repr(d), u.parsedate_tz(d), u.parsedate(d)
print u.decode_rfc2231("utf-8'en'caf%C3%A9"), u.decode_rfc2231("plain"), u.encode_rfc2231("a b", "utf-8"), u.encode_rfc2231("a b")
print u.decode_params([("text/plain", ""), ("title*0*", "us-ascii'en'This%20is"), ("title*1", " fun"), ("x", "y")])
print repr(u.collapse_rfc2231_value(("utf-8", "en", '"caf\xc3\xa9"'))), repr(u.collapse_rfc2231_value('"plain"'))
m = u.make_msgid("tag")
print m.startswith("<") and m.endswith(">") and ".tag@" in m
