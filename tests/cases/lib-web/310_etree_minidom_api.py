# ElementTree and minidom API beyond the basic cases: paths, namespaces, serialisation options, tree edits.
import sys
import warnings
warnings.simplefilter("ignore")
import xml.etree.ElementTree as ET
import xml.etree.cElementTree as cET
from xml.dom import minidom
from StringIO import StringIO
doc = """<root><a id="1"><b>x</b><b>y</b><c><b>z</b></c></a><a id="2"><b>w</b></a><d t="k">text<e/>tail</d></root>"""
r = ET.fromstring(doc)
for path in ["a", "a/b", "*/b", ".//b", "a//b", "a[@id]", "a[@id='2']/b", "a[b]", "a[c]", "a/b[1]", "a/b[2]", "a/b[last()]",
             "a/b[last()-1]", ".", "./a/c/..", "d/e", "nothing", ".//*", "a[1]", "a[2]/b"]:
    print repr(path), [(e.tag, e.text, e.get("id")) for e in r.findall(path)]
print r.findtext("a/b"), repr(r.findtext("d/e")), r.findtext("zz", "dflt"), r.find("zz"), list(r.iterfind("a"))[1].get("id")
for bad in ["/a", "a[", "a[@x=1]"]:
    try:
        r.findall(bad)
        print repr(bad), "ok"
    except SyntaxError, e:
        print repr(bad), "SyntaxError"
print [t for t in r.itertext()], "".join(r.find("d").itertext())
print [e.tag for e in r.iter("b")], [e.tag for e in r.getiterator("a")], len(r.getchildren())
e = ET.Element("e", {"b": "2"}, a="1")
e.text = "t"
e.tail = "tail"
e.append(ET.Element("x"))
e.insert(0, ET.Element("first"))
e.extend([ET.Element("y"), ET.Element("z")])
e[1] = ET.Element("replaced")
del e[-1]
print ET.tostring(e), len(e), [c.tag for c in e[1:3]], e.keys() == e.attrib.keys(), sorted(e.items())
c = e.copy()
c.set("new", "v")
print ET.tostring(c), ET.tostring(e)
e.clear()
print ET.tostring(e), repr(e.text), e.tail
ns = ET.fromstring('<r xmlns="urn:a" xmlns:b="urn:b"><b:x b:attr="1" plain="2"/><y/></r>')
print ns.tag, [ch.tag for ch in ns], sorted(ns[0].attrib.items())
print ET.tostring(ns)
print [x.tag for x in ns.findall("{urn:a}y")], [x.tag for x in ns.findall("bb:x", {"bb": "urn:b"})]
ET.register_namespace("my", "urn:my")
print ET.tostring(ET.Element("{urn:my}t")), ET.tostring(ET.Element("{http://www.w3.org/1999/xhtml}p"))
print ET.tostring(ET.Element("x", {"{http://www.w3.org/XML/1998/namespace}lang": "en"}))
print ET.tostring(ET.fromstring("<a>1<b>2</b>3</a>"), method="text"), ET.tostring(ET.fromstring("<p>a<br/>b<img src='x'/><script>1&lt;2</script></p>"), method="html")
print ET.tostring(ET.Element("u", t=u"\xe9"), "utf-8"), repr(ET.tostring(ET.Element("l", t=u"\xe9"), "iso-8859-1")), ET.tostring(ET.Element("q", v='a"b\nc'))
print ET.tostring(ET.Comment(" note ")), ET.tostring(ET.PI("target", "data")), ET.tostring(ET.fromstring("<a><!--c--><?p d?></a>"))
tree = ET.ElementTree(ET.fromstring("<r><i>1</i></r>"))
out = StringIO()
tree.write(out)
out2 = StringIO()
tree.write(out2, encoding="utf-8", xml_declaration=True)
print repr(out.getvalue()), repr(out2.getvalue()), tree.findtext("i"), tree.findall("/i") == tree.findall("./i")
parsed = ET.parse(StringIO("<top><k>v</k></top>"))
print parsed.getroot().tag, [x.tag for x in parsed.iter()], ET.XMLID('<r><a id="x"/></r>')[1].keys()
print [(ev, el.tag) for ev, el in ET.iterparse(StringIO("<a><b/><c/></a>"), events=("start", "end"))]
p = ET.XMLParser()
p.feed("<a><b>")
p.feed("1</b></a>")
print ET.tostring(p.close()), ET.iselement(ET.Element("x")), cET.fromstring("<q/>").tag, ET.VERSION
ET.dump(ET.fromstring("<dumped a='1'/>"))
q = ET.QName("urn:q", "name")
print q.text, str(q), q == "{urn:q}name", ET.tostring(ET.Element(q))
d = minidom.parseString('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE r SYSTEM "r.dtd"><r a="1"><![CDATA[<raw>]]><x/>t1<!--c--><?pi data?></r>')
print d.doctype.name, d.doctype.systemId, [(n.nodeType, n.nodeName, n.nodeValue) for n in d.documentElement.childNodes]
print repr(d.toxml()), repr(d.documentElement.toprettyxml())
print repr(d.toprettyxml(indent=" ", newl="\n", encoding="utf-8"))
r2 = d.documentElement
at = r2.attributes
print at.length, at.keys(), at.items(), at["a"].value, at.item(0).name, r2.getAttributeNode("a").nodeValue, at.has_key("a")
r2.removeAttribute("a")
r2.setAttribute("z", "1")
print r2.toxml(), r2.hasAttributes(), r2.firstChild.nodeName, r2.lastChild.nodeName, r2.firstChild.nextSibling.nodeName, r2.lastChild.previousSibling.nodeName
new = d.createElement("new")
r2.insertBefore(new, r2.firstChild)
r2.replaceChild(d.createTextNode("swapped"), new)
print r2.toxml(), r2.hasChildNodes(), len(r2.childNodes), r2.childNodes.length, r2.childNodes.item(99)
t = d.createTextNode("a")
r2.appendChild(t)
r2.appendChild(d.createTextNode("b"))
r2.normalize()
print r2.toxml(), r2.lastChild.data, r2.lastChild.length
clone = r2.cloneNode(True)
shallow = r2.cloneNode(False)
print clone.toxml() == r2.toxml(), shallow.toxml(), clone.parentNode
frag = d.createDocumentFragment()
frag.appendChild(d.createElement("f1"))
frag.appendChild(d.createElement("f2"))
r2.appendChild(frag)
print r2.toxml(), len(frag.childNodes)
try:
    d.appendChild(d.createElement("second"))
except Exception, e:
    print type(e).__name__, e
try:
    r2.removeChild(d.createElement("stranger"))
except Exception, e:
    print type(e).__name__
try:
    d.createComment("a -- b").toxml()
except ValueError, e:
    print "ValueError", e
nsd = minidom.parseString('<r xmlns="urn:x" xmlns:p="urn:p"><p:i p:a="1"/></r>')
i = nsd.getElementsByTagName("p:i")[0]
print i.tagName, i.localName, i.prefix, i.namespaceURI, nsd.documentElement.namespaceURI, len(nsd.getElementsByTagNameNS("urn:p", "i")), i.getAttributeNS("urn:p", "a")
print minidom.getDOMImplementation().hasFeature("core", "2.0"), repr(minidom.parseString("<a>x</a>").getElementsByTagName("*")[0].tagName)
impl = minidom.getDOMImplementation()
dt = impl.createDocumentType("html", "-//W3C//DTD XHTML 1.0//EN", "x.dtd")
hd = impl.createDocument(None, "html", dt)
print repr(hd.toxml()), hd.doctype is dt, hd.documentElement.tagName
f = StringIO("<fromfile>ok</fromfile>")
print minidom.parse(f).documentElement.firstChild.data, minidom.parseString("<a/>").documentElement.toprettyxml(indent="  ")
