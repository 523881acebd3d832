# Regular expressions of the kinds CGI-era library code uses: header and cookie parsing, URL splitting,
# template substitution, JSON-style tokenizing, form escaping. Compiling (with the cache purged) and matching
# are timed apart, because the library's re compiles in Python (sre_parse, sre_compile) while matching is native.
import re, time

PATTERNS = [
    (r'^[ -~]{0,200}[!-~]$', 0),
    (r'\s*(?P<key>[\w\d!#%&\'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\=]+?)\s*(=\s*(?P<val>"(?:[^\\"]|\\.)*"|[\w\d!#%&\'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\=]*))?\s*(;|$)', 0),
    (r'^(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*):(?://(?P<netloc>[^/?#]*))?(?P<path>[^?#]*)(?:\?(?P<query>[^#]*))?(?:#(?P<frag>.*))?$', 0),
    (r'\$(?:(?P<escaped>\$)|(?P<named>[_a-z][_a-z0-9]*)|{(?P<braced>[_a-z][_a-z0-9]*)}|(?P<invalid>))', re.I),
    (r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?', 0),
    (r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])', 0),
    (r'[ \t\n\r]*', 0),
    (r'=\?([^?]*?)\?([qb])\?(.*?)\?=', re.I | re.M),
    (r'^(From |[\041-\071\073-\176]+:|[\t ])', 0),
    (r'[][\\()<>@,:;".]', 0),
    (r'(?:\r\n|\r|\n)', 0),
    (r'<[^>]+>', 0),
    (r'&(#?[xX]?(?:[0-9a-fA-F]+|\w{1,8}));', 0),
    (r'^\s*([^:\s]+)\s*:\s*(.*?)\s*$', 0),
    (r'(?i)content-type:\s*([^;\s]+)(?:;\s*charset=([\w-]+))?', 0),
]

COOKIE = 'session="abc\\"def"; user=ann; theme=dark; Path=/; expires=Wed, 09 Jun 2021 10:18:14 GMT'
URLS = ['http://www.example.com:8080/cgi-bin/test.py?first_name=ZARA&last_name=ALI#top',
        'https://user@host/a/b/c.html', 'mailto:someone@example.org', 'ftp://ftp.example.net/pub/file.tar.gz']
TEMPLATE = 'Dear $name, your order ${order} of $$5 ships to $city.'
JSON_TEXT = '{"name": "Zara \\"Z\\" Ali", "age": 27, "score": -12.5e3, "tags": ["a", "b", "c"], "ok": true}' * 4
HEADERS = 'From: Zara <zara@example.com>\nTo: Ali <ali@example.com>\nSubject: =?utf-8?q?Hello_there?=\n' \
          'Content-Type: text/html; charset=utf-8\n\n'
HTML = '<html><body><p class="x">Tom &amp; Jerry &#169; &lt;tag&gt;</p><br/><a href="/x">link</a></body></html>' * 3

start = time.time()
for i in xrange(30):
    re.purge()
    compiled = [re.compile(p, f) for p, f in PATTERNS]
compile_time = time.time() - start

printable, cookie, url, template, number, chunk, ws, encoded, header_line, specials, newline, tag, entity, \
    field, ctype = compiled
t1 = time.time()
total = 0
for i in xrange(1500):
    total += bool(printable.match('a legal cookie value %d' % i))
    pos = 0
    while True:
        m = cookie.search(COOKIE, pos)
        if not m:
            break
        total += len(m.group('key'))
        pos = m.end()
    for u in URLS:
        m = url.match(u)
        total += len(m.group('path'))
    total += len(template.sub(lambda m: m.group('named') or m.group('braced') or '$', TEMPLATE))
    total += len(number.findall(JSON_TEXT))
    end = 0
    while True:
        m = chunk.match(JSON_TEXT, end)
        if not m:
            break
        end = ws.match(JSON_TEXT, m.end()).end()
        total += 1
    total += len(encoded.findall(HEADERS))
    total += sum(1 for line in newline.split(HEADERS) if header_line.match(line))
    total += len(specials.sub(r'\\\g<0>', 'Ali, Zara (admin) <a@b>'))
    total += len(tag.sub('', HTML)) + len(entity.findall(HTML))
    total += len(field.match('Content-Length :  1234  ').group(2))
    total += len(ctype.search(HEADERS).group(2))
match_time = time.time() - t1
print "result", total
print "compile %.4f match %.4f" % (compile_time, match_time)
print "elapsed %.4f" % (time.time() - start)
