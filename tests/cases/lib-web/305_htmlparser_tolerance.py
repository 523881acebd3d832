# HTMLParser on malformed and chunked input, CDATA elements, positions and unescape.
from HTMLParser import HTMLParser, HTMLParseError
class Events(HTMLParser):
    def __init__(self):
        HTMLParser.__init__(self)
        self.events = []
    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.getpos(), self.get_starttag_text()))
    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))
    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))
    def handle_data(self, data):
        self.events.append(("data", data))
    def handle_entityref(self, name):
        self.events.append(("entity", name))
    def handle_charref(self, name):
        self.events.append(("charref", name))
    def handle_comment(self, data):
        self.events.append(("comment", data))
    def handle_decl(self, decl):
        self.events.append(("decl", decl))
    def handle_pi(self, data):
        self.events.append(("pi", data))
    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))
docs = ['<script>a</b>c<x>d</script>e', '<style>p{}</STYLE >after', '<script>unclosed', 'x &amp', 'x &#12a; <b>y</b>',
        '<a href="x', '<!-- unclosed', '<![CDATA[x]]>', '<![if !IE]>', '<!bogus>', '</>', '</ a>', '</3>', '< b>', 'a<', 'a&',
        '&#', '&#x;', '<?php x ?>', '<a b=c d="e" f=\'g\' h i=j/>', '<a href=x?a=1&amp;b=2&lt;>', '<div<p>x', '<a b="1"c="2">',
        '<p\n  class="x"\n>line\nnext</p\n>', '<A HREF="X" Title=\'T\'>', '<br/><br /><br/ >', '<img src=a.png/>',
        '<p title="a > b">t</p>', '<a b==c>', '<a =x>', '<a b=>', '<input value="&quot;q&quot; &#65;&#x42; &bogus; &amp">',
        '&amp;&lt&gt x&#169;y&#xa9z &unknown; &', '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">', '<!doctype html>',
        '<!-- a -- b -->', '<!---->', '<!-- x --  >', '<?xml version="1.0"?>', 'text</p>more', '<script>if (a<b && c>d) x="</div>";</script>',
        '<SCRIPT type="text/javascript">document.write("<p>")</Script>', '<textarea><b></textarea>', '<a b="x\ny">', '<td nowrap>',
        '<a href="&#106;avascript">', '<p>caf\xc3\xa9</p>', u'<p title="\xe9">\u20ac</p>']
for doc in docs:
    p = Events()
    try:
        p.feed(doc)
        p.close()
    except HTMLParseError, e:
        print repr(doc), "HTMLParseError", e, e.lineno, e.offset
        continue
    print repr(doc), p.events
whole = '<html><body class="c">Hi &amp; <b id=x>bye</b><!--c--><br/>&#65;</body></html>'
for size in [1, 2, 3, 5, 7]:
    p = Events()
    for start in range(0, len(whole), size):
        p.feed(whole[start:start + size])
    p.close()
    merged = []
    for e in p.events:
        if e[0] == "data" and merged and merged[-1][0] == "data":
            merged[-1] = ("data", merged[-1][1] + e[1])
        else:
            merged.append(e[:3] if e[0] == "start" else e[:2])
    print size, merged
try:
    p = Events()
    p.feed("x &a")
    p.close()
except HTMLParseError, e:
    print "HTMLParseError", e
u = HTMLParser().unescape
for s in ["no refs", "&amp;", "&lt;&gt;&quot;&apos;&#39;", "&#x41;&#X42;&#67;", "&bogus; &amp", "&#xZZ;", "&nbsp;&eacute;&hellip;&euro;",
          "&#0;", "&abcdefghi;", "&AMP;", u"&amp; \xe9"]:
    print repr(s), repr(u(s))
p = HTMLParser()
p.feed("<a>\nline two <b>")
print p.getpos(), p.lasttag, p.get_starttag_text(), p.cdata_elem
p.reset()
print p.getpos(), repr(p.rawdata), p.lasttag
print str(HTMLParseError("msg", (3, 4))), str(HTMLParseError("msg")), HTMLParser.CDATA_CONTENT_ELEMENTS
