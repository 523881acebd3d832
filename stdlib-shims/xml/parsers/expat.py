"""The part of xml.parsers.expat that scripts touch: the ExpatError exception and error messages.

PyCgiRunner has no expat; minidom raises ExpatError from its own parser (xml/parsers/_scanner.py) with
expat's messages and positions, so `except ExpatError` in old scripts keeps working.
"""


class ExpatError(Exception):
    """A well-formedness error: str() is 'message: line L, column C'; .code, .lineno, .offset."""

    def __init__(self, message, code=None, lineno=None, offset=None):
        Exception.__init__(self, message)
        self.code = code
        self.lineno = lineno
        self.offset = offset


error = ExpatError

EXPAT_VERSION = "expat_2.2.8"
version_info = (2, 2, 8)
native_encoding = "UTF-8"


class errors(object):
    """expat's message texts (the XML_ERROR_* names), as pyexpat.errors exposes them."""
    XML_ERROR_NO_MEMORY = "out of memory"
    XML_ERROR_SYNTAX = "syntax error"
    XML_ERROR_NO_ELEMENTS = "no element found"
    XML_ERROR_INVALID_TOKEN = "not well-formed (invalid token)"
    XML_ERROR_UNCLOSED_TOKEN = "unclosed token"
    XML_ERROR_TAG_MISMATCH = "mismatched tag"
    XML_ERROR_DUPLICATE_ATTRIBUTE = "duplicate attribute"
    XML_ERROR_JUNK_AFTER_DOC_ELEMENT = "junk after document element"
    XML_ERROR_UNDEFINED_ENTITY = "undefined entity"
    XML_ERROR_BAD_CHAR_REF = "reference to invalid character number"
    XML_ERROR_UNKNOWN_ENCODING = "unknown encoding"
    XML_ERROR_UNCLOSED_CDATA_SECTION = "unclosed CDATA section"
    XML_ERROR_UNBOUND_PREFIX = "unbound prefix"
    XML_ERROR_MISPLACED_XML_PI = "XML or text declaration not at start of entity"


def ErrorString(code):
    from xml.parsers._scanner import message_for_code
    return message_for_code(code)
