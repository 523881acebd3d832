"""Writing ElementTree elements as XML, HTML or text (ElementTree 1.3's serialisation rules)."""

from xml.etree import ElementTree as _ET

# Well-known namespaces get their usual prefix; others get ns0, ns1, ... in document order.
_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}

# HTML 4.01 elements with an EMPTY content model: written without an end tag by method="html".
HTML_EMPTY = ("area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex",
              "link", "meta", "param")


def register_namespace(prefix, uri):
    import re
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in _namespace_map.items():
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


def _serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _encode(text, encoding):
    try:
        return text.encode(encoding, "xmlcharrefreplace")
    except (TypeError, AttributeError, UnicodeError):
        _serialization_error(text)


def escape_cdata(text, encoding):
    """XML 1.0 section 2.4: '&', '<' (and '>' for ']]>') must be escaped in character data."""
    if not isinstance(text, basestring):
        _serialization_error(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _encode(text, encoding)


def escape_attrib(text, encoding):
    """Attribute values also escape '"', and a newline as &#10; so it survives normalisation."""
    if not isinstance(text, basestring):
        _serialization_error(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;").replace("\n", "&#10;")
    return _encode(text, encoding)


def _escape_attrib_html(text, encoding):
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace('"', "&quot;")
    return _encode(text, encoding)


class _QNames(object):
    """Maps each tag/attribute name to its written form, collecting the xmlns declarations."""

    def __init__(self, encoding, default_namespace):
        self.encoding = encoding
        self.default_namespace = default_namespace
        self.names = {}
        self.namespaces = {}  # uri -> prefix
        if default_namespace:
            self.namespaces[default_namespace] = ""

    def add(self, name):
        if name in self.names:
            return
        if name[:1] == "{":
            uri, local = name[1:].split("}", 1)
            prefix = self.namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri) or "ns%d" % len(self.namespaces)
                if prefix != "xml":
                    self.namespaces[uri] = prefix
            written = "%s:%s" % (prefix, local) if prefix else local
        else:
            if self.default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            written = name
        self.names[name] = _encode(written, self.encoding)

    def collect(self, root):
        for elem in root.iter():
            tag = elem.tag
            if isinstance(tag, _ET.QName):
                self.add(tag.text)
            elif isinstance(tag, basestring):
                self.add(tag)
            elif tag is not None and tag is not _ET.Comment and tag is not _ET.PI:
                _serialization_error(tag)
            for key, value in sorted(elem.items()):
                if isinstance(key, _ET.QName):
                    key = key.text
                self.add(key)
                if isinstance(value, _ET.QName):
                    self.add(value.text)
        return self


def _name(qnames, tag):
    return qnames.names[tag.text if isinstance(tag, _ET.QName) else tag]


def write_element(write, elem, encoding, method, default_namespace):
    qnames = _QNames(encoding, default_namespace).collect(elem)
    if method == "html":
        _write_html(write, elem, encoding, qnames, qnames.namespaces)
    else:
        _write_xml(write, elem, encoding, qnames, qnames.namespaces)


def _write_attributes(write, elem, encoding, qnames, namespaces, escape):
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
            suffix = ":" + prefix if prefix else ""
            write(' xmlns%s="%s"' % (_encode(suffix, encoding), escape_attrib(uri, encoding)))
    for key, value in sorted(elem.items()):
        if isinstance(value, _ET.QName):
            value = qnames.names[value.text]
        else:
            value = escape(value, encoding)
        write(' %s="%s"' % (_name(qnames, key), value))


def _write_xml(write, elem, encoding, qnames, namespaces):
    tag = elem.tag
    text = elem.text
    if tag is _ET.Comment:
        write("<!--%s-->" % _encode(text, encoding))
    elif tag is _ET.ProcessingInstruction:
        write("<?%s?>" % _encode(text, encoding))
    elif tag is None:
        # A tag of None writes only the content.
        if text:
            write(escape_cdata(text, encoding))
        for child in elem:
            _write_xml(write, child, encoding, qnames, None)
    else:
        name = _name(qnames, tag)
        write("<" + name)
        _write_attributes(write, elem, encoding, qnames, namespaces, escape_attrib)
        if text or len(elem):
            write(">")
            if text:
                write(escape_cdata(text, encoding))
            for child in elem:
                _write_xml(write, child, encoding, qnames, None)
            write("</" + name + ">")
        else:
            write(" />")
    if elem.tail:
        write(escape_cdata(elem.tail, encoding))


def _write_html(write, elem, encoding, qnames, namespaces):
    tag = elem.tag
    text = elem.text
    if tag is _ET.Comment:
        write("<!--%s-->" % escape_cdata(text, encoding))
    elif tag is _ET.ProcessingInstruction:
        write("<?%s?>" % escape_cdata(text, encoding))
    elif tag is None:
        if text:
            write(escape_cdata(text, encoding))
        for child in elem:
            _write_html(write, child, encoding, qnames, None)
    else:
        name = _name(qnames, tag)
        write("<" + name)
        _write_attributes(write, elem, encoding, qnames, namespaces, _escape_attrib_html)
        write(">")
        lower = name.lower()
        if text:
            # Script and style content is CDATA in HTML 4.01: written as is.
            write(_encode(text, encoding) if lower in ("script", "style") else escape_cdata(text, encoding))
        for child in elem:
            _write_html(write, child, encoding, qnames, None)
        if lower not in HTML_EMPTY:
            write("</" + name + ">")
    if elem.tail:
        write(escape_cdata(elem.tail, encoding))


def write_text(write, elem, encoding):
    for part in elem.itertext():
        write(part.encode(encoding))
    if elem.tail:
        write(elem.tail.encode(encoding))
