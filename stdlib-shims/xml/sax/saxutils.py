"""Helpers for writing XML: escape/unescape/quoteattr and the XMLGenerator content handler."""

import sys

from xml.sax import handler


def _replace_all(text, replacements):
    for old, new in replacements:
        text = text.replace(old, new)
    return text


def escape(data, entities={}):
    """Escape '&', '<' and '>' (XML 1.0 section 2.4), then apply the extra `entities` mapping."""
    data = data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    return _replace_all(data, entities.items())


def unescape(data, entities={}):
    """Undo escape(): '&lt;' and '&gt;' first, then `entities`, then '&amp;' last."""
    data = data.replace("&lt;", "<").replace("&gt;", ">")
    data = _replace_all(data, entities.items())
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """Escape and quote an attribute value, choosing the quote that needs no escaping.

    Newline, carriage return and tab become character references so the value survives
    attribute-value normalisation (XML 1.0 section 3.3.3).
    """
    entities = dict(entities)
    entities.update({"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
    data = escape(data, entities)
    if '"' in data:
        if "'" in data:
            return '"%s"' % data.replace('"', "&quot;")
        return "'%s'" % data
    return '"%s"' % data


class XMLGenerator(handler.ContentHandler):
    """A content handler that writes the events it receives as XML text to `out`."""

    def __init__(self, out=None, encoding="iso-8859-1"):
        handler.ContentHandler.__init__(self)
        if out is None:
            out = sys.stdout
        self._out = out
        self._encoding = encoding
        self._ns_contexts = [{}]
        self._current_context = self._ns_contexts[-1]
        self._undeclared_ns_maps = []

    def _write(self, text):
        if isinstance(text, str):
            self._out.write(text)
        else:
            self._out.write(text.encode(self._encoding, "xmlcharrefreplace"))

    def _qname(self, name):
        uri, local = name
        if uri:
            prefix = self._current_context.get(uri)
            if prefix:
                return prefix + ":" + local
        return local

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def startPrefixMapping(self, prefix, uri):
        # Each mapping opens a new scope; the declaration is written on the next start tag.
        saved = dict(self._current_context)
        self._ns_contexts.append(saved)
        self._current_context[uri] = prefix
        self._undeclared_ns_maps.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def startElement(self, name, attrs):
        self._write("<" + name)
        for key, value in attrs.items():
            self._write(" %s=%s" % (key, quoteattr(value)))
        self._write(">")

    def endElement(self, name):
        self._write("</%s>" % name)

    def startElementNS(self, name, qname, attrs):
        self._write("<" + self._qname(name))
        for prefix, uri in self._undeclared_ns_maps:
            if prefix:
                self._write(' xmlns:%s="%s"' % (prefix, uri))
            else:
                self._write(' xmlns="%s"' % uri)
        self._undeclared_ns_maps = []
        for key, value in attrs.items():
            self._write(" %s=%s" % (self._qname(key), quoteattr(value)))
        self._write(">")

    def endElementNS(self, name, qname):
        self._write("</%s>" % self._qname(name))

    def characters(self, content):
        if not isinstance(content, str):
            content = unicode(content)
        self._write(escape(content))

    def ignorableWhitespace(self, content):
        self._write(content)

    def processingInstruction(self, target, data):
        self._write("<?%s %s?>" % (target, data))


class XMLFilterBase(handler.ContentHandler):
    """Passes every event on to a parent handler (the filter pattern of SAX 2)."""

    def __init__(self, parent=None):
        handler.ContentHandler.__init__(self)
        self._parent = parent


def prepare_input_source(source, base=""):
    """An InputSource with a byte stream to read, from a system id, an open file or an InputSource.

    A system id names a file relative to the folder of `base` when that file exists, else a URL joined to
    `base` (the library reference, xml.sax.saxutils). Readers call this before they parse.
    """
    import os
    import urllib
    import urlparse
    from xml.sax import xmlreader

    if isinstance(source, basestring):
        source = xmlreader.InputSource(source)
    elif hasattr(source, "read"):
        stream = source
        source = xmlreader.InputSource()
        source.setByteStream(stream)
        if hasattr(stream, "name"):
            source.setSystemId(stream.name)
    if source.getByteStream() is None and source.getCharacterStream() is None:
        system_id = source.getSystemId()
        local = os.path.join(os.path.dirname(os.path.normpath(base)), system_id)
        if os.path.isfile(local):
            source.setSystemId(local)
            source.setByteStream(open(local, "rb"))
        else:
            source.setSystemId(urlparse.urljoin(base, system_id))
            source.setByteStream(urllib.urlopen(source.getSystemId()))
    return source
