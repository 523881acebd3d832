#!/usr/bin/env python
# A link checker and a text extractor over a posted HTML page, with the parsers old scripts used: sgmllib,
# htmllib with a formatter, and HTMLParser.
import cgi, sgmllib, htmllib, formatter, HTMLParser, StringIO

form = cgi.FieldStorage()
page = form.getfirst("page", "")
print "Content-Type: text/plain"
print


class Links(sgmllib.SGMLParser):
    def reset(self):
        sgmllib.SGMLParser.reset(self)
        self.links = []
        self.text = []

    def start_a(self, attrs):
        self.links.append(dict(attrs).get("href"))

    def do_img(self, attrs):
        self.links.append(("img", dict(attrs).get("src")))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())

    def unknown_starttag(self, tag, attrs):
        self.text.append("<%s %d>" % (tag, len(attrs)))

    def handle_entityref(self, name):
        self.text.append("&%s;" % name)

links = Links()
links.feed(page)
links.close()
print "sgmllib links:", links.links
print "sgmllib text:", links.text

out = StringIO.StringIO()
writer = formatter.DumbWriter(out, maxcol=40)
parser = htmllib.HTMLParser(formatter.AbstractFormatter(writer))
parser.feed(page)
parser.close()
print "htmllib anchors:", parser.anchorlist
print "htmllib title:", repr(parser.title) if hasattr(parser, "title") else None
print out.getvalue()


class Tags(HTMLParser.HTMLParser):
    def __init__(self):
        HTMLParser.HTMLParser.__init__(self)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def handle_entityref(self, name):
        self.events.append(("entity", name))

    def handle_comment(self, data):
        self.events.append(("comment", data))

tags = Tags()
tags.feed(page)
tags.close()
for event in tags.events:
    print event
print repr(HTMLParser.HTMLParser().unescape("&lt;b&gt; &amp; &#233; &eacute;"))
