#!/usr/bin/env python3
"""Write the request files (.json) of tests/cases/cgi-extra/.

Why: these cases cover cgi/cgitb behaviour the shared corpus does not reach
(big binary uploads, spooling, empty files, semicolons, part headers, ...).
The expected outputs are then produced by CPython 2.7 with its OWN cgi and
cgitb modules:  run-cgi-corpus-cpython.py --corpus tests/cases/cgi-extra --real --write
"""
import base64, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(os.path.dirname(HERE)), "tests", "cases", "cgi-extra")
B = "----ExtraBoundary9x"


def part(name, data, filename=None, ctype=None, extra=()):
    disp = 'Content-Disposition: form-data; name="%s"' % name
    if filename is not None:
        disp += '; filename="%s"' % filename
    head = [disp]
    if ctype:
        head.append("Content-Type: " + ctype)
    head.extend(extra)
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + data


def multipart(parts, boundary=B, end=True, sep=b"\r\n"):
    body = b""
    for p in parts:
        body += b"--" + boundary.encode() + sep + p + sep
    if end:
        body += b"--" + boundary.encode() + b"--" + sep
    return body


def case(n, name, script, note, method="POST", query="", headers=None, body=None,
         compare=None, must=None, path_info=""):
    d = {"script": "scripts/" + script, "method": method, "query": query,
         "headers": headers or {}, "body": None, "body_base64": None,
         "path_info": path_info, "note": note}
    if body is not None:
        d["body_base64"] = base64.b64encode(body).decode()
    if compare:
        d["compare"] = compare
        d["must_contain"] = must
    with open(os.path.join(OUT, "%03d_%s.json" % (n, name)), "w") as f:
        json.dump(d, f, indent=1)
        f.write("\n")


MP = {"Content-Type": "multipart/form-data; boundary=" + B}
rng = random.Random(2718)
binary = bytes(rng.randrange(256) for _ in range(150000))
# A line of 70000 bytes without LF (longer than the 64 KiB readline chunk),
# a CR exactly at the chunk edge, and a fake boundary inside the data.
long_line = b"A" * 65535 + b"\r" + b"\nB" * 10 + b"C" * 5000
fake = b"\r\n--" + B.encode() + b"x\r\n--" + B.encode() + b"--not\r\n"
big = binary[:70000] + fake + long_line + binary[70000:] + b"\r\n\r\n"

case(1, "upload_big_binary", "upload_dump.py",
     "150 KB of random bytes plus a 70 KB line, a CR at the 64 KiB edge and boundary look-alikes: "
     "bytes kept exactly, the file part spooled to a temporary file.",
     headers=MP, body=multipart([part("title", b"Big one"),
                                 part("blob", big, "blob.bin", "application/octet-stream")]))
sizes = []
for size in (998, 999, 1000, 1001, 1500):
    sizes.append(part("f%d" % size, (b"x" * (size - 2)) + b"\r\n", "f%d.txt" % size, "text/plain"))
case(2, "spool_threshold", "upload_dump.py",
     "Parts of 998..1500 bytes (each ending in CRLF): which ones make_file() moves to a temporary file.",
     headers=MP, body=multipart(sizes))
case(3, "empty_files", "upload_dump.py",
     "A file field with a filename but no content, a file field with filename=\"\" (nothing chosen), "
     "and an empty text field.",
     headers=MP, body=multipart([part("doc", b"", "empty.txt", "text/plain"),
                                 part("other", b"", "", "application/octet-stream"),
                                 part("note", b"")]))
case(4, "part_content_length", "upload_dump.py",
     "A part with its own Content-Length header is read with exactly that many bytes; folded header "
     "lines; a header with odd case and spaces.",
     headers=MP, body=multipart([part("sized", b"0123456789", "s.txt", "text/plain",
                                      ("Content-Length: 10",)),
                                 part("folded", b"value",
                                      extra=("X-Long: first", "  second part", "x-ODD :  spaced  "))]))
case(5, "no_final_boundary", "upload_dump.py",
     "The body ends without the closing boundary (a truncated upload): the parts read so far are kept.",
     headers=MP, body=multipart([part("a", b"1"), part("b", b"partial data")], end=False)[:-2])
case(6, "quoted_boundary", "upload_dump.py",
     "Boundary given in quotes with a space inside; LF-only line ends; query fields first.",
     query="q=1&q=2",
     headers={"Content-Type": 'multipart/form-data; boundary="odd boundary 42"; charset=utf-8'},
     body=multipart([part("x", b"one\nline"), part("y", b"two", "y.txt")],
                    boundary="odd boundary 42", sep=b"\n"))
case(7, "text_plain_body", "upload_dump.py",
     "Content-Type text/plain body that the script sees as a file (not indexable).",
     headers={"Content-Type": "text/plain; charset=us-ascii"}, body=b"just text\r\nsecond line\r\n")
case(10, "semicolons_get", "fields.py",
     "Semicolons and ampersands mixed, empty pieces, names without '=', '+' and %2B, %00.",
     method="GET", query="a=1;b=2;;c=;d&e=x+y%2Bz&&f=%00;g==h")
case(11, "fields_post", "fields.py",
     "The same options on a urlencoded POST whose query string is merged.",
     query="z=last;z=again",
     headers={"Content-Type": "application/x-www-form-urlencoded"}, body=b"a=1&b=&c=3&a=4")
case(12, "fields_bad_strict", "fields.py",
     "strict_parsing on an empty piece: ValueError with repr ''.",
     method="GET", query="a=1&&b=2")
case(20, "parse_env", "parse_env.py",
     "cgi.parse and FieldStorage with explicit fp/environ/headers, maxlen, print_form on an empty "
     "form, MiniFieldStorage attributes, parse_header and valid_boundary edge cases.",
     method="GET")
case(30, "cgitb_more", "cgitb_more.py",
     "cgitb.text with context=3 and cgitb.html on a two-frame traceback with *args/**kw, attribute "
     "chains, list comprehension names and a long string (paths replaced by SCRIPT).",
     method="GET")
case(31, "cgitb_quiet_text", "cgitb_quiet_log.py",
     "cgitb.enable(display=0, format='text'): no reset block, only the short message; the pending "
     "softspace newline.", method="GET")
# Dict and set order (CPython 2.7's table): the environment, form keys and cookies the way scripts list them.
# The variables reach CPython in the corpus README's order (env -i with them in that order), which is the
# order StandaloneCgi inserts them into os.environ; header order is the order listed here.
BROWSER = {"Host": "localhost:8080", "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) OrderTest/1.0",
           "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "Accept-Language": "fr-FR,fr;q=0.8,en;q=0.5",
           "Accept-Encoding": "gzip, deflate", "Cookie": "session=abc; theme=dark",
           "Referer": "http://localhost:8080/form.html", "X-Requested-With": "XMLHttpRequest",
           "Cache-Control": "max-age=0", "DNT": "1"}
case(40, "environ_get", "environ_dump.py",
     "os.environ.keys() of a GET with a query, PATH_INFO and ten request headers, in CPython's dict order, "
     "listed as the tutorial's get_env.py lists it and as 'name value' lines.",
     method="GET", query="first_name=ZARA&last_name=ALI", headers=BROWSER, path_info="/extra/path")
case(41, "environ_post", "environ_dump.py",
     "os.environ.keys() of a urlencoded POST (CONTENT_TYPE and CONTENT_LENGTH join the variables).",
     headers=dict(BROWSER, **{"Content-Type": "application/x-www-form-urlencoded", "Origin": "http://localhost:8080"}),
     body=b"first_name=ZARA&last_name=ALI")
case(42, "form_keys_get", "form_keys.py",
     "FieldStorage().keys() of a query with ten fields (one repeated): a list made from a set in 2.7's cgi.",
     method="GET", query="name=Zara&email=zara%40example.org&age=7&city=Paris&zip=75001&phone=12345"
     "&country=FR&lang=fr&theme=dark&submit=Send&city=Lyon")
case(43, "form_keys_multipart", "form_keys.py",
     "FieldStorage().keys() of a multipart POST with ten fields.",
     headers=MP, body=multipart([part(n, v.encode()) for n, v in [
         ("name", "Zara"), ("email", "zara@example.org"), ("age", "7"), ("city", "Paris"), ("zip", "75001"),
         ("phone", "12345"), ("country", "FR"), ("lang", "fr"), ("theme", "dark"), ("submit", "Send")]]))
case(44, "cookie_header", "cookie_header.py",
     "SimpleCookie of a Cookie header with five cookies (keys/items in dict order), and five cookies set "
     "in reply (Set-Cookie lines sorted by output()).",
     method="GET", headers={"Host": "localhost:8080",
                            "Cookie": "session=abc123; user=zara; theme=dark; lang=en-GB; cart=3"})
# The sandbox's network and locks (issue 8): what CPython 2.7 does when the network is unreachable, which is
# what the policy answers, and flock around a data file.
case(50, "mail_refused", "mail_form.py",
     "A contact form mailing through smtplib: the connection fails with socket.error ENETUNREACH "
     "(255.255.255.255 on CPython, the sandbox policy here); the page says so.",
     headers={"Content-Type": "application/x-www-form-urlencoded"},
     body=b"name=Zara+Ali&email=zara%40example.org&message=Hello%0Aworld")
case(51, "http_refused", "web_fetch.py",
     "httplib, urllib2 (GET, opener POST) and urllib fail to reach a remote site with socket.error "
     "ENETUNREACH inside their own errors; quoting, gethostbyname('localhost'), inet_aton, getaddrinfo work.",
     method="GET")
case(52, "guestbook_post", "guestbook.py",
     "A guestbook appends a posted entry under fcntl.flock(LOCK_EX) (a second open file gets EAGAIN with "
     "LOCK_NB) and lists the entries under LOCK_SH; lockf twice in one process succeeds.",
     headers={"Content-Type": "application/x-www-form-urlencoded"},
     body=b"name=Carol+%3Cc%40x%3E&comment=Hi+%26+bye")
case(53, "guestbook_get", "guestbook.py", "The guestbook's list of entries, read under a shared flock.",
     method="GET")
# The library modules legacy CGI code uses (issue 8), each the way such scripts use it; the module's own
# data (archives, logs, databases) goes to a folder under the temp folder that the script removes.
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
from urllib.parse import quote_plus
case(60, "lib_archive", "lib_archive.py", "zipfile (write, append, read back), gzip, zlib, binascii, base64.",
     headers=FORM, body=b"text=caf%E9+notes+for+export%0A")
case(61, "lib_config", "lib_config.py", "ConfigParser (Safe, Raw, errors, write), optparse and argparse "
     "(parsing, help pages, errors).", method="GET")
case(62, "lib_html", "lib_html.py", "sgmllib, htmllib with a formatter, HTMLParser over a posted page.",
     headers=FORM, body=("page=" + quote_plus(
         "<html><head><title>Old page</title></head><body><h1>Links &amp; more</h1>"
         "<p>See <a href='/a.html'>A</a> and <A HREF=\"http://x.org/b\">B</A>.<img src=pic.gif>"
         "<!-- note --> &copy; &#169; <br><unknown x=1 y>text</unknown></p><ul><li>one<li>two</ul>"
         "</body></html>")).encode())
case(63, "lib_email", "lib_email.py", "email: MIMEText, MIMEMultipart with an attachment, headers, utils, "
     "base64mime, quoprimime, parsing a stored message.", headers=FORM,
     body=b"friend=zara%40example.org&note=Have+a+look%21")
case(64, "lib_xml", "lib_xml.py", "xml.sax (handler, make_parser, errors, saxutils), minidom, ElementTree "
     "over a posted feed.", headers=FORM, body=("feed=" + quote_plus((
         "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>News</title>"
         "<item id='1' kind='a'><title>First &amp; best</title><link>http://x.org/1</link></item>"
         "<item id='2'><title>Caf\u00e9</title><link>http://x.org/2</link></item></channel></rss>"
     ).encode("utf-8"))).encode())
case(65, "lib_data", "lib_data.py", "csv, pickle and cPickle (protocols 0-2, the same bytes), shelve, anydbm, "
     "json.", method="GET", query="item=book&qty=2")
case(66, "lib_log", "lib_log.py", "logging to a file, logging.config.fileConfig and dictConfig.",
     method="GET", query="user=zara")
case(67, "lib_text", "lib_text.py", "difflib (unified, context, ndiff, SequenceMatcher, HtmlDiff), textwrap.",
     headers=FORM, body=b"old=one%0Atwo%0Athree%0Afour%0A&new=one%0Atwo+and+a+half%0Athree%0Afive%0A")
case(68, "lib_numbers", "lib_numbers.py", "decimal, fractions, random with a seed, uuid, hashlib, md5, sha, "
     "hmac.", method="GET", query="price=19.99&qty=3")
case(69, "lib_dates", "lib_dates.py", "time.strptime/strftime, datetime, calendar (no clock read).",
     method="GET", query="start=2001-09-09+01%3A46%3A40&days=10")
case(70, "lib_cookies", "lib_cookies.py", "cookielib: CookieJar, policy, LWP and Mozilla cookie files.",
     method="GET")
case(71, "lib_sqlite", "lib_sqlite.py", "sqlite3: parameters, Row, user function and aggregate, errors, "
     "rollback, iterdump.", headers=FORM, body=b"name=Carol&text=Hello+%26+bye")
