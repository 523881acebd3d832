"""ElementTree 1.3 as Python 2.7 ships it: Element, SubElement, ElementTree, parsing and serialising.

Parsed text is str when it is ASCII and unicode otherwise, as 2.7 gives it; serialisation writes
attributes sorted by name and escapes characters the output encoding lacks as &#nnn;.
"""

import sys
import warnings

from xml.etree import ElementPath
from xml.parsers import _scanner

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist", "iselement",
           "iterparse", "parse", "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
           "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLParser", "XMLTreeBuilder",
           "register_namespace"]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """Raised for ill-formed XML; .code is expat's error number, .position is (line, column)."""


def iselement(element):
    return isinstance(element, Element) or hasattr(element, "tag")


# ---------------------------------------------------------------------------------------------------
# Elements

class Element(object):
    """An XML element: tag, attrib dict, text before the first child, tail after the element."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        attrib = attrib.copy()
        attrib.update(extra)
        self.tag = tag
        self.attrib = attrib
        self._children = []

    def __repr__(self):
        return "<Element %s at 0x%x>" % (repr(self.tag), id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    # -- children: an element behaves like a list of its subelements --------------------------------

    def __len__(self):
        return len(self._children)

    def __nonzero__(self):
        warnings.warn("The behavior of this method will change in future versions.  "
                      "Use specific 'len(elem)' or 'elem is not None' test instead.",
                      FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __getslice__(self, start, stop):
        return self._children[start:stop]

    def __setslice__(self, start, stop, elements):
        self._children[start:stop] = list(elements)

    def __delslice__(self, start, stop):
        del self._children[start:stop]

    def __iter__(self):
        return iter(self._children)

    def append(self, element):
        self._children.append(element)

    def extend(self, elements):
        self._children.extend(elements)

    def insert(self, index, element):
        self._children.insert(index, element)

    def remove(self, element):
        self._children.remove(element)

    def getchildren(self):
        warnings.warn("This method will be removed in future versions.  "
                      "Use 'list(elem)' or iteration over elem instead.",
                      DeprecationWarning, stacklevel=2)
        return self._children

    # -- searching ---------------------------------------------------------------------------------

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    # -- attributes --------------------------------------------------------------------------------

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    # -- walking -----------------------------------------------------------------------------------

    def iter(self, tag=None):
        """This element and all below it, depth first, optionally only those with `tag`."""
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            for elem in child.iter(tag):
                yield elem

    def getiterator(self, tag=None):
        return list(self.iter(tag))

    def itertext(self):
        """All text inside the element (its children's tails included, its own tail not)."""
        tag = self.tag
        if not isinstance(tag, basestring) and tag is not None:
            return
        if self.text:
            yield self.text
        for child in self:
            for text in child.itertext():
                yield text
            if child.tail:
                yield child.tail


_ElementInterface = Element


def SubElement(parent, tag, attrib={}, **extra):
    attrib = attrib.copy()
    attrib.update(extra)
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName(object):
    """A qualified name {uri}local, usable as a tag or attribute value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __hash__(self):
        return hash(self.text)

    def __cmp__(self, other):
        if isinstance(other, QName):
            return cmp(self.text, other.text)
        return cmp(self.text, other)


# ---------------------------------------------------------------------------------------------------
# Trees

class ElementTree(object):
    """A whole document: a root element plus parse() and write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser(target=TreeBuilder())
            parser.feed(source.read())
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def getiterator(self, tag=None):
        return list(self.iter(tag))

    def _relative(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn("This search is broken in 1.3 and earlier, and will be fixed in a future "
                          "version.  If you rely on the current behaviour, change it to %r" % path,
                          FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None):
        """Serialise to a file name or file object; an XML declaration is written for encodings
        other than us-ascii and utf-8 unless xml_declaration says otherwise."""
        from xml.etree import _serialize
        method = method or "xml"
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        if hasattr(file_or_filename, "write"):
            out = file_or_filename
            close = False
        else:
            out = open(file_or_filename, "wb")
            close = True
        try:
            if method == "xml" and (xml_declaration or (xml_declaration is None and
                                                         encoding not in ("utf-8", "us-ascii"))):
                out.write("<?xml version='1.0' encoding='%s'?>\n" % encoding)
            if method == "text":
                _serialize.write_text(out.write, self._root, encoding)
            else:
                _serialize.write_element(out.write, self._root, encoding, method, default_namespace)
        finally:
            if close:
                out.close()

    def write_c14n(self, file):
        return self.write(file, method="c14n")


def register_namespace(prefix, uri):
    from xml.etree import _serialize
    _serialize.register_namespace(prefix, uri)


def tostring(element, encoding=None, method=None):
    """Serialise an element and its subtree to a string (us-ascii with &#nnn; by default)."""
    chunks = []

    class _Collector(object):
        write = chunks.append

    ElementTree(element).write(_Collector(), encoding, method=method)
    return "".join(chunks)


def tostringlist(element, encoding=None, method=None):
    return [tostring(element, encoding, method)]


def dump(elem):
    """Write an element tree to sys.stdout (for debugging)."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout)
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


# ---------------------------------------------------------------------------------------------------
# Building trees from parser events

class TreeBuilder(object):
    """Turns start/data/end calls into Elements; close() returns the root."""

    def __init__(self, element_factory=None):
        self._data = []
        self._elem = []
        self._last = None
        self._tail = None
        self._factory = element_factory or Element

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._last is not None, "missing toplevel element"
        return self._last

    def _flush(self):
        if not self._data:
            return
        if self._last is not None:
            text = "".join(self._data)
            if self._tail:
                assert self._last.tail is None, "internal error (tail)"
                self._last.tail = text
            else:
                assert self._last.text is None, "internal error (text)"
                self._last.text = text
        self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, "end tag mismatch (expected %s, got %s)" % (self._last.tag, tag)
        self._tail = 1
        return self._last


def _fixtext(text):
    """2.7 hands out ASCII text as str and anything else as unicode."""
    try:
        return text.encode("ascii")
    except UnicodeError:
        return text


class _NamespaceResolver(_scanner.Handler):
    """Scanner events -> target calls, with namespaces resolved to {uri}local (Namespaces in XML 1.0)."""

    def __init__(self, parser):
        self.parser = parser
        self.scopes = [{"xml": "http://www.w3.org/XML/1998/namespace"}]

    def _resolve(self, name, scope, is_attribute):
        if ":" in name:
            prefix, local = name.split(":", 1)
            if prefix not in scope:
                raise _scanner.BuilderError(_scanner.UNBOUND_PREFIX)
            return "{%s}%s" % (scope[prefix], local)
        if not is_attribute and scope.get(""):
            return "{%s}%s" % (scope[""], name)
        return name

    def start(self, name, attrs):
        scope = dict(self.scopes[-1])
        plain = []
        for key, value in attrs:
            if key == "xmlns":
                scope[""] = value
            elif key.startswith("xmlns:"):
                scope[key[6:]] = value
            else:
                plain.append((key, value))
        self.scopes.append(scope)
        attrib = {}
        for key, value in plain:
            attrib[_fixtext(self._resolve(key, scope, True))] = _fixtext(value)
        self.parser._target.start(_fixtext(self._resolve(name, scope, False)), attrib)

    def end(self, name):
        scope = self.scopes.pop()
        self.parser._target.end(_fixtext(self._resolve(name, scope, False)))

    def text(self, data):
        self.parser._target.data(_fixtext(data))

    def comment(self, data):
        handler = getattr(self.parser._target, "comment", None)
        if handler is not None:
            handler(_fixtext(data))

    def pi(self, target, data):
        handler = getattr(self.parser._target, "pi", None)
        if handler is not None:
            handler(_fixtext(target), _fixtext(data))

    def doctype(self, name, public_id, system_id, subset):
        handler = getattr(self.parser._target, "doctype", None)
        if handler is not None:
            handler(name, public_id, system_id)


class XMLParser(object):
    """feed() text, close() to parse it and get the target's result (the root, for a TreeBuilder).

    Parsing happens at close(): our parser is not incremental, the result is the same.
    """

    def __init__(self, html=0, target=None, encoding=None):
        self.target = self._target = target if target is not None else TreeBuilder()
        self._chunks = []
        self.entity = {}
        self.version = "Expat 2.2.8"

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        data = "".join(self._chunks) if all(isinstance(c, str) for c in self._chunks) \
            else u"".join(self._chunks)
        self._chunks = []
        try:
            _scanner.scan(data, _NamespaceResolver(self))
        except _scanner.XMLSyntaxError, error:
            err = ParseError(str(error))
            err.code = error.code
            err.position = (error.lineno, error.offset)
            raise err
        return self._target.close()

    def doctype(self, name, pubid, system):
        pass


XMLTreeBuilder = XMLParser


def XML(text, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        key = elem.get("id")
        if key:
            ids[key] = elem
    return tree, ids


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _EventCollector(TreeBuilder):
    def __init__(self, events, wanted):
        TreeBuilder.__init__(self)
        self.events = events
        self.wanted = wanted

    def start(self, tag, attrs):
        elem = TreeBuilder.start(self, tag, attrs)
        if "start" in self.wanted:
            self.events.append(("start", elem))
        return elem

    def end(self, tag):
        elem = TreeBuilder.end(self, tag)
        if "end" in self.wanted:
            self.events.append(("end", elem))
        return elem


def iterparse(source, events=None, parser=None):
    """(event, element) pairs for 'start'/'end' (after the whole document is read)."""
    wanted = events or ("end",)
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True
    collected = []
    try:
        builder = _EventCollector(collected, wanted)
        target = XMLParser(target=builder)
        target.feed(source.read())
        root = target.close()
    finally:
        if close_source:
            source.close()
    return _IterParseResult(collected, root)


class _IterParseResult(object):
    def __init__(self, events, root):
        self._events = iter(events)
        self.root = root

    def __iter__(self):
        return self

    def next(self):
        return self._events.next()
