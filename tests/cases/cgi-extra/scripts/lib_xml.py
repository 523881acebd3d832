#!/usr/bin/env python
# An RSS feed posted by a form, read three ways (xml.sax, minidom, ElementTree) and a new feed written back,
# as the blog and news scripts of the time do.
import cgi, xml.sax, xml.sax.handler, xml.sax.saxutils
from xml.dom import minidom
from xml.etree import ElementTree

form = cgi.FieldStorage()
feed = form.getfirst("feed", "")
print "Content-Type: text/plain"
print


class Titles(xml.sax.handler.ContentHandler):
    def __init__(self):
        xml.sax.handler.ContentHandler.__init__(self)
        self.titles, self.inside, self.events = [], False, 0

    def startElement(self, name, attrs):
        self.events += 1
        self.inside = name == "title"
        if name == "item":
            print "sax item attrs:", attrs.getNames(), [attrs.getValue(n) for n in attrs.getNames()]

    def endElement(self, name):
        self.inside = False

    def characters(self, content):
        if self.inside:
            self.titles.append(content)

handler = Titles()
xml.sax.parseString(feed, handler)
print "sax titles:", handler.titles, handler.events
parser = xml.sax.make_parser()
print "sax parser:", parser.getFeature(xml.sax.handler.feature_namespaces)
try:
    xml.sax.parseString("<a><b></a>", xml.sax.handler.ContentHandler())
except xml.sax.SAXParseException, e:
    print "SAXParseException", e.getLineNumber(), e.getColumnNumber(), e.getMessage()
print xml.sax.saxutils.escape("<a & b>"), xml.sax.saxutils.quoteattr('say "hi"')

doc = minidom.parseString(feed)
for item in doc.getElementsByTagName("item"):
    title = item.getElementsByTagName("title")[0].firstChild.data
    print "minidom:", item.getAttribute("id"), repr(title), item.parentNode.tagName
print doc.documentElement.toxml()[:60]
new = minidom.Document()
root = new.appendChild(new.createElement("rss"))
root.setAttribute("version", "2.0")
channel = root.appendChild(new.createElement("channel"))
channel.appendChild(new.createElement("title")).appendChild(new.createTextNode(u"Caf\xe9 & news"))
print new.toprettyxml(indent="  ").encode("utf-8")
print new.toxml("utf-8")

tree = ElementTree.fromstring(feed)
for item in tree.iter("item"):
    print "etree:", item.get("id"), repr(item.findtext("title")), item.find("link").text
print [e.tag for e in tree.find("channel")]
built = ElementTree.Element("feed", {"lang": "en"})
entry = ElementTree.SubElement(built, "entry", id="1")
entry.text = "first & <best>"
ElementTree.SubElement(built, "entry", id="2").tail = "\n"
print ElementTree.tostring(built)
print ElementTree.tostring(ElementTree.fromstring("<a><b x='1'>t</b>tail</a>"), encoding="utf-8")
try:
    ElementTree.fromstring("<a><b></a>")
except ElementTree.ParseError, e:
    print "ParseError", e
