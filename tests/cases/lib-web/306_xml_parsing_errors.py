# The shared XML parser through ElementTree and minidom: errors and positions, entities, namespaces.
import xml.etree.ElementTree as ET
from xml.dom import minidom
from xml.parsers.expat import ExpatError
docs = ['', '   ', '<a>', '<a></b>', '<a/><b/>', '<a/>x', '<a>&foo;</a>', '<a b="1" b="2"/>', '<a b=1/>', '<a',
        '<a>\n  <b>\n</a>', '<1a/>', '<a>&#0;</a>', '<a>&#xD800;</a>', '<a><!-- x -- y --></a>', '<a>]]></a>',
        '<a x="<"/>', '<?xml version="1.0"?>\n<a>', 'text', '<a>\xff</a>', '<a><![CDATA[x</a>', '<a>&amp</a>',
        '<a b="&#60;" c="x\ny\tz\r\nw"/>', '<!DOCTYPE a [<!ENTITY e "v">]><a>&e;&e;</a>', '<?pi x?><a/><!--c-->',
        '<a xmlns="u"><b xmlns:p="v" p:c="1" d="2"/></a>', '<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>',
        '<a>\r\nx\ry</a>', '<p:a/>', '<a><![CDATA[<b>&amp;</b>]]> tail</a>', '<a>&#65;&#x42;&lt;&gt;&amp;&quot;&apos;</a>',
        '\xef\xbb\xbf<a>bom</a>', '<a  x = "1"  y=\'2\' ></a >', '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html/>',
        '<a><?target some data?></a>', u'<a>ascii</a>', '<a>caf\xc3\xa9<b t="\xc3\xa9"/></a>']
for doc in docs:
    try:
        root = ET.fromstring(doc)
        print repr(doc), "ET", ET.tostring(root), repr(root.text), sorted(root.attrib.items()), [(c.tag, c.text, c.tail) for c in root]
    except ET.ParseError, e:
        print repr(doc), "ParseError", e, e.code, e.position
    try:
        d = minidom.parseString(doc)
        print "  dom", repr(d.toxml()), [(n.nodeType, n.nodeName) for n in d.childNodes]
    except ExpatError, e:
        print "  ExpatError", e, e.code, e.lineno, e.offset
