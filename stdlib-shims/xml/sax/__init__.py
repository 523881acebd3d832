"""Simple API for XML (SAX 2): parse()/parseString() drive a ContentHandler with our own parser."""

from xml.sax.handler import ContentHandler, ErrorHandler


class SAXException(Exception):
    def __init__(self, msg, exception=None):
        Exception.__init__(self, msg)
        self._msg = msg
        self._exception = exception

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg


class SAXParseException(SAXException):
    """str() is 'systemId:line:column: message' as in 2.7."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._line, self._column, self._system_id = locator

    def getLineNumber(self):
        return self._line

    def getColumnNumber(self):
        return self._column

    def getSystemId(self):
        return self._system_id

    def __str__(self):
        return "%s:%d:%d: %s" % (self._system_id or "<unknown>", self._line, self._column, self._msg)


class SAXNotRecognizedException(SAXException):
    pass


class SAXNotSupportedException(SAXException):
    pass


class _AttributesImpl(object):
    """The attrs argument of startElement: a read-only mapping with the SAX accessor names."""

    def __init__(self, attrs):
        self._attrs = attrs

    def getLength(self):
        return len(self._attrs)

    def getType(self, name):
        return "CDATA"

    def getValue(self, name):
        return self._attrs[name]

    def getNames(self):
        return self._attrs.keys()

    def __len__(self):
        return len(self._attrs)

    def __getitem__(self, name):
        return self._attrs[name]

    def __contains__(self, name):
        return name in self._attrs

    def has_key(self, name):
        return name in self._attrs

    def get(self, name, alternative=None):
        return self._attrs.get(name, alternative)

    def keys(self):
        return self._attrs.keys()

    def items(self):
        return self._attrs.items()

    def values(self):
        return self._attrs.values()


def parseString(string, handler, errorHandler=ErrorHandler()):
    from xml.parsers import _scanner

    class _Events(_scanner.Handler):
        def start(self, name, attrs):
            handler.startElement(name, _AttributesImpl(dict(attrs)))

        def end(self, name):
            handler.endElement(name)

        def text(self, data):
            handler.characters(data)

        def pi(self, target, data):
            handler.processingInstruction(target, data)

    handler.startDocument()
    try:
        _scanner.scan(string, _Events())
    except _scanner.XMLSyntaxError, error:
        errorHandler.fatalError(SAXParseException(error.msg, None, (error.lineno, error.offset, None)))
    handler.endDocument()


def parse(source, handler, errorHandler=ErrorHandler()):
    if hasattr(source, "read"):
        data = source.read()
    else:
        f = open(source, "rb")
        try:
            data = f.read()
        finally:
            f.close()
    parseString(data, handler, errorHandler)
