"""A small DOM (Level 1 Core plus the usual minidom extras) with Python 2.7's minidom interface.

parseString()/parse() build a Document with our own XML parser; parsed names and text are unicode,
as 2.7 gives them. toxml()/toprettyxml() write what 2.7's minidom writes (attributes sorted by name,
an element with a single text child kept on one line when pretty-printing).
"""

import xml.dom
from xml.dom import Node as _NodeTypes
from xml.dom import EMPTY_NAMESPACE, XMLNS_NAMESPACE
from xml.parsers import _scanner
from xml.parsers.expat import ExpatError

__all__ = ["parse", "parseString", "getDOMImplementation", "Node", "Document", "Element", "Text",
           "Comment", "Attr"]


class NodeList(list):
    """A list with the DOM accessors .length and item()."""

    @property
    def length(self):
        return len(self)

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None


EmptyNodeList = NodeList


def _write_data(writer, data):
    """Escape text for element content and attribute values (as minidom does, '"' included)."""
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;").replace(">", "&gt;")
        writer.write(data)


class _Writer(object):
    """Collects output pieces; minidom writes to a StringIO, this is the same without the import."""

    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)

    def getvalue(self):
        return "".join(self.pieces)


# ---------------------------------------------------------------------------------------------------
# Node: the tree structure shared by every node type.

class Node(_NodeTypes):
    parentNode = None
    ownerDocument = None
    nodeValue = None
    namespaceURI = None
    prefix = None
    localName = None
    childNodeTypes = ()

    def __init__(self):
        self.childNodes = NodeList()

    def __nonzero__(self):
        # A node is true even when it has no children (len() is not the point of a node).
        return True

    # -- navigation --------------------------------------------------------------------------------

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _sibling(self, step):
        parent = self.parentNode
        if parent is None:
            return None
        siblings = parent.childNodes
        for index, node in enumerate(siblings):
            if node is self:
                target = index + step
                return siblings[target] if 0 <= target < len(siblings) else None
        return None

    @property
    def nextSibling(self):
        return self._sibling(1)

    @property
    def previousSibling(self):
        return self._sibling(-1)

    def hasChildNodes(self):
        return bool(self.childNodes)

    def isSameNode(self, other):
        return self is other

    # -- changing the tree -------------------------------------------------------------------------

    def _index_of(self, child):
        for index, node in enumerate(self.childNodes):
            if node is child:
                return index
        raise xml.dom.NotFoundErr()

    def _adopt(self, node):
        if node.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            return list(node.childNodes)
        if self.childNodeTypes and node.nodeType not in self.childNodeTypes:
            raise xml.dom.HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        return [node]

    def appendChild(self, node):
        for child in self._adopt(node):
            if child.parentNode is not None:
                child.parentNode.removeChild(child)
            self.childNodes.append(child)
            child.parentNode = self
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        for child in self._adopt(newChild):
            if child.parentNode is not None:
                child.parentNode.removeChild(child)
            self.childNodes.insert(self._index_of(refChild), child)
            child.parentNode = self
        return newChild

    def removeChild(self, oldChild):
        del self.childNodes[self._index_of(oldChild)]
        oldChild.parentNode = None
        return oldChild

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return oldChild
        self.insertBefore(newChild, oldChild)
        return self.removeChild(oldChild)

    def normalize(self):
        """Join neighbouring Text nodes and drop empty ones, in the whole subtree."""
        merged = NodeList()
        for child in self.childNodes:
            if child.nodeType == self.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if merged and merged[-1].nodeType == self.TEXT_NODE:
                    merged[-1].data = merged[-1].data + child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == self.ELEMENT_NODE:
                child.normalize()
            merged.append(child)
        self.childNodes[:] = merged

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.childNodes = NodeList()

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()

    # -- writing -----------------------------------------------------------------------------------

    def toxml(self, encoding=None):
        return self.toprettyxml("", "", encoding)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None):
        writer = _Writer()
        if self.nodeType == self.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding)
        else:
            self.writexml(writer, "", indent, newl)
        text = writer.getvalue()
        if encoding is not None:
            return text.encode(encoding) if isinstance(text, unicode) else text
        return text


class _CharacterData(Node):
    """Text, Comment and CDATASection: a node holding a string."""

    def __init__(self, data):
        Node.__init__(self)
        self.data = data

    def _get_value(self):
        return self.data

    def _set_value(self, value):
        self.data = value

    nodeValue = property(_get_value, _set_value)

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        shown = data[:10] + "..." if len(data) > 10 else data
        return "<DOM %s node \"%r\">" % (self.__class__.__name__, shown)

    def appendData(self, arg):
        self.data = self.data + arg

    def substringData(self, offset, count):
        return self.data[offset:offset + count]


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    def cloneNode(self, deep=False):
        return self.ownerDocument.createTextNode(self.data) if self.ownerDocument else Text(self.data)

    @property
    def wholeText(self):
        return self.data

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        tail = Text(self.data[offset:])
        tail.ownerDocument = self.ownerDocument
        self.data = self.data[:offset]
        if self.parentNode is not None:
            next_node = self.nextSibling
            self.parentNode.insertBefore(tail, next_node)
        return tail


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)

    def cloneNode(self, deep=False):
        clone = CDATASection(self.data)
        clone.ownerDocument = self.ownerDocument
        return clone


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))

    def cloneNode(self, deep=False):
        clone = Comment(self.data)
        clone.ownerDocument = self.ownerDocument
        return clone


class ProcessingInstruction(Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        Node.__init__(self)
        self.target = self.nodeName = target
        self.data = data

    def _get_value(self):
        return self.data

    def _set_value(self, value):
        self.data = value

    nodeValue = property(_get_value, _set_value)

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))

    def cloneNode(self, deep=False):
        clone = ProcessingInstruction(self.target, self.data)
        clone.ownerDocument = self.ownerDocument
        return clone


# ---------------------------------------------------------------------------------------------------
# Attributes and elements

def _split_qname(qname):
    if ":" in qname:
        return qname.split(":", 1)
    return None, qname


class Attr(Node):
    nodeType = Node.ATTRIBUTE_NODE
    specified = True
    ownerElement = None

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        Node.__init__(self)
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        found_prefix, found_local = _split_qname(qName)
        self.prefix = prefix if prefix is not None else found_prefix
        self.localName = localName if localName is not None else found_local
        self.value = ""

    def _get_value(self):
        return self.value

    def _set_value(self, value):
        self.value = value

    nodeValue = property(_get_value, _set_value)

    def __repr__(self):
        return "<DOM Attr node %r>" % (self.name,)


class NamedNodeMap(object):
    """An element's attributes, by name: attrs['a'].value, attrs.item(0), attrs.length."""

    def __init__(self, element):
        self._attrs = element._attrs
        self._element = element

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        names = self._attrs.keys()
        if 0 <= index < len(names):
            return self._attrs[names[index]]
        return None

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def items(self):
        return [(name, attr.value) for name, attr in self._attrs.items()]

    def itemsNS(self):
        return [((attr.namespaceURI, attr.localName), attr.value) for attr in self._attrs.values()]

    def has_key(self, name):
        return name in self._attrs

    def __contains__(self, name):
        return name in self._attrs

    def __getitem__(self, name):
        return self._attrs[name]

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def setNamedItem(self, node):
        return self._element.setAttributeNode(node)

    def removeNamedItem(self, name):
        attr = self._attrs.get(name)
        if attr is None:
            raise xml.dom.NotFoundErr()
        self._element.removeAttribute(name)
        return attr

    def __setitem__(self, name, value):
        self._element.setAttribute(name, value)

    def __delitem__(self, name):
        self._element.removeAttribute(name)


def _elements_by_tag(parent, name, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == "*" or node.tagName == name:
                found.append(node)
            _elements_by_tag(node, name, found)
    return found


def _elements_by_tag_ns(parent, uri, local, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if (local == "*" or node.localName == local) and (uri == "*" or node.namespaceURI == uri):
                found.append(node)
            _elements_by_tag_ns(node, uri, local, found)
    return found


class Element(Node):
    nodeType = Node.ELEMENT_NODE
    childNodeTypes = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                      Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        Node.__init__(self)
        self.tagName = self.nodeName = tagName
        found_prefix, found_local = _split_qname(tagName)
        self.prefix = prefix if prefix is not None else found_prefix
        self.localName = localName if localName is not None else found_local
        self.namespaceURI = namespaceURI
        self._attrs = {}

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return attr.value if attr is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        attr = self.getAttributeNodeNS(namespaceURI, localName)
        return attr.value if attr is not None else ""

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.ownerDocument = self.ownerDocument
            attr.ownerElement = self
            self._attrs[attname] = attr
        attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, local = _split_qname(qualifiedName)
        attr = Attr(qualifiedName, namespaceURI, local, prefix)
        attr.value = value
        self.setAttributeNode(attr)

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        for attr in self._attrs.values():
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                return attr
        return None

    def setAttributeNode(self, attr):
        old = self._attrs.get(attr.name)
        attr.ownerElement = self
        self._attrs[attr.name] = attr
        return old

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        if name not in self._attrs:
            raise xml.dom.NotFoundErr()
        self._attrs[name].ownerElement = None
        del self._attrs[name]

    def removeAttributeNode(self, node):
        self.removeAttribute(node.name)
        return node

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return self.getAttributeNodeNS(namespaceURI, localName) is not None

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return _elements_by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_by_tag_ns(self, namespaceURI, localName, NodeList())

    def cloneNode(self, deep=False):
        clone = Element(self.tagName, self.namespaceURI, self.prefix, self.localName)
        clone.ownerDocument = self.ownerDocument
        for name, attr in self._attrs.items():
            copy = Attr(attr.name, attr.namespaceURI, attr.localName, attr.prefix)
            copy.value = attr.value
            copy.ownerElement = clone
            clone._attrs[name] = copy
        if deep:
            for child in self.childNodes:
                clone.appendChild(child.cloneNode(True))
        return clone

    def writexml(self, writer, indent="", addindent="", newl=""):
        """indent: this element's indentation; addindent: added per level; newl: line end."""
        writer.write(indent + "<" + self.tagName)
        for name in sorted(self._attrs.keys()):
            writer.write(" %s=\"" % name)
            _write_data(writer, self._attrs[name].value)
            writer.write("\"")
        if not self.childNodes:
            writer.write("/>%s" % newl)
            return
        writer.write(">")
        if len(self.childNodes) == 1 and self.childNodes[0].nodeType == Node.TEXT_NODE:
            # A single text child stays on the element's line (2.7.3+ minidom).
            self.childNodes[0].writexml(writer, "", "", "")
        else:
            writer.write(newl)
            for child in self.childNodes:
                child.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write("</%s>%s" % (self.tagName, newl))


class DocumentFragment(Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"


class DocumentType(Node):
    nodeType = Node.DOCUMENT_TYPE_NODE

    def __init__(self, qualifiedName, publicId=None, systemId=None, internalSubset=None):
        Node.__init__(self)
        self.name = self.nodeName = qualifiedName
        self.publicId = publicId
        self.systemId = systemId
        self.internalSubset = internalSubset
        self.entities = NodeList()
        self.notations = NodeList()

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)

    def cloneNode(self, deep=False):
        return DocumentType(self.name, self.publicId, self.systemId, self.internalSubset)


# ---------------------------------------------------------------------------------------------------
# Documents

class Document(Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    childNodeTypes = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                      Node.DOCUMENT_TYPE_NODE)
    actualEncoding = None
    encoding = None
    standalone = None
    version = None

    def __init__(self):
        Node.__init__(self)
        self.doctype = None

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    @property
    def implementation(self):
        return getDOMImplementation()

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise xml.dom.HierarchyRequestErr("two document elements disallowed")
        if node.nodeType == Node.DOCUMENT_TYPE_NODE:
            self.doctype = node
        return Node.appendChild(self, node)

    def removeChild(self, oldChild):
        if oldChild is self.doctype:
            self.doctype = None
        return Node.removeChild(self, oldChild)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        return self._own(Element(qualifiedName, namespaceURI, prefix, local))

    def createTextNode(self, data):
        if not isinstance(data, basestring):
            raise TypeError("node contents must be a string")
        return self._own(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, basestring):
            raise TypeError("node contents must be a string")
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        return self._own(Attr(qualifiedName, namespaceURI, local, prefix))

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def importNode(self, node, deep):
        clone = node.cloneNode(deep)
        for each in _walk(clone):
            each.ownerDocument = self
        return clone

    def getElementsByTagName(self, name):
        return _elements_by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_by_tag_ns(self, namespaceURI, localName, NodeList())

    def getElementById(self, elementId):
        # Without a DTD no attribute is of type ID; 2.7's minidom then finds nothing either.
        return None

    def cloneNode(self, deep=False):
        clone = Document()
        if deep:
            for child in self.childNodes:
                clone.appendChild(clone.importNode(child, True))
        return clone

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None):
        if encoding is None:
            writer.write('<?xml version="1.0" ?>' + newl)
        else:
            writer.write('<?xml version="1.0" encoding="%s"?>%s' % (encoding, newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


def _walk(node):
    yield node
    for child in node.childNodes:
        for each in _walk(child):
            yield each


class DOMImplementation(object):
    _features = [("core", "1.0"), ("core", "2.0"), ("core", None), ("xml", "1.0"), ("xml", "2.0"),
                 ("xml", None), ("ls-load", "3.0"), ("ls-load", None)]

    def hasFeature(self, feature, version):
        if version == "":
            version = None
        return (feature.lower(), version) in self._features

    def createDocumentType(self, qualifiedName, publicId, systemId):
        return DocumentType(qualifiedName, publicId, systemId)

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if doctype is not None:
            doctype.ownerDocument = doc
            doc.appendChild(doctype)
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc


_implementation = DOMImplementation()


def getDOMImplementation(features=None):
    return _implementation


# ---------------------------------------------------------------------------------------------------
# Parsing

class _DOMBuilder(_scanner.Handler):
    """Scanner events -> nodes. Neighbouring text becomes one Text node; CDATA stays separate."""

    def __init__(self):
        self.document = Document()
        self.current = self.document
        self.scopes = [{"xml": xml.dom.XML_NAMESPACE}]

    def xml_decl(self, version, encoding, standalone):
        self.document.version = version
        self.document.encoding = encoding
        if standalone is not None:
            self.document.standalone = standalone == "yes"

    def doctype(self, name, public_id, system_id, subset):
        node = DocumentType(name, public_id, system_id, subset)
        node.ownerDocument = self.document
        self.document.appendChild(node)

    def _namespace(self, qname, scope, is_attribute):
        prefix, local = _split_qname(qname)
        if prefix == "xmlns" or (prefix is None and local == "xmlns" and is_attribute):
            return XMLNS_NAMESPACE
        if prefix is None:
            return EMPTY_NAMESPACE if is_attribute else scope.get("")
        if prefix not in scope:
            raise _scanner.BuilderError(_scanner.UNBOUND_PREFIX)
        return scope[prefix]

    def start(self, name, attrs):
        scope = dict(self.scopes[-1])
        for key, value in attrs:
            if key == "xmlns":
                scope[""] = value or None
            elif key.startswith("xmlns:"):
                scope[key[6:]] = value
        self.scopes.append(scope)
        element = Element(name, self._namespace(name, scope, False))
        element.ownerDocument = self.document
        for key, value in attrs:
            prefix, local = _split_qname(key)
            attr = Attr(key, self._namespace(key, scope, True), local, prefix)
            attr.value = value
            attr.ownerDocument = self.document
            attr.ownerElement = element
            element._attrs[key] = attr
        self.current.appendChild(element)
        self.current = element

    def end(self, name):
        self.scopes.pop()
        self.current = self.current.parentNode

    def text(self, data):
        last = self.current.lastChild
        if last is not None and last.nodeType == Node.TEXT_NODE:
            last.data = last.data + data
        else:
            self.current.appendChild(self.document.createTextNode(data))

    def cdata(self, data):
        self.current.appendChild(self.document.createCDATASection(data))

    def comment(self, data):
        self.current.appendChild(self.document.createComment(data))

    def pi(self, target, data):
        self.current.appendChild(self.document.createProcessingInstruction(target, data))


def parseString(string, parser=None):
    """Parse an XML document held in a string (bytes or unicode) into a Document."""
    builder = _DOMBuilder()
    try:
        _scanner.scan(string, builder)
    except _scanner.XMLSyntaxError, error:
        exc = ExpatError(str(error))
        exc.code, exc.lineno, exc.offset = error.code, error.lineno, error.offset
        raise exc
    return builder.document


def parse(file, parser=None, bufsize=None):
    """Parse an XML document from a file name or an open file."""
    if hasattr(file, "read"):
        return parseString(file.read(), parser)
    f = open(file, "rb")
    try:
        return parseString(f.read(), parser)
    finally:
        f.close()
