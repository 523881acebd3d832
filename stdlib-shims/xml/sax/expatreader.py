"""xml.sax.expatreader: the SAX2 driver over pyexpat (xml.sax.make_parser's default).

Written for PyCgiRunner: the jython library ships no such driver (its default is a Java one),
so this one adapts the engine's native pyexpat to xml.sax.xmlreader's IncrementalParser,
with the features, properties and error reporting of CPython 2.7's driver.
"""

version = "0.20"

from xml.sax import xmlreader, saxutils, handler
from xml.sax._exceptions import SAXParseException, SAXNotRecognizedException, SAXNotSupportedException
from xml.parsers import expat

AttributesImpl = xmlreader.AttributesImpl
AttributesNSImpl = xmlreader.AttributesNSImpl


class _ClosedParser(object):
    """Stands in for the pyexpat parser after close(), keeping the last position for the locator."""

    def __init__(self, line, column):
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = column


class ExpatLocator(xmlreader.Locator):
    """The locator handed to setDocumentLocator: it asks the driver, so it follows external entities."""

    def __init__(self, reader):
        self._reader = reader

    def getColumnNumber(self):
        parser = self._reader._parser
        return None if parser is None else parser.ErrorColumnNumber

    def getLineNumber(self):
        parser = self._reader._parser
        return 1 if parser is None else parser.ErrorLineNumber

    def getPublicId(self):
        return self._reader._source.getPublicId()

    def getSystemId(self):
        return self._reader._source.getSystemId()


def _split_name(name):
    """'uri local [prefix]' as pyexpat writes it with namespace_prefixes on -> (uri, local)."""
    parts = name.split()
    if len(parts) == 1:
        return None, name
    return parts[0], parts[1]


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """SAX2 driver: namespace processing when feature_namespaces is on, external general entities
    read through the EntityResolver, parameter entities never read (UNLESS_STANDALONE)."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        self._namespaces = namespaceHandling
        self._parser = self._lex_handler_prop = self._interning = None
        self._parsing, self._external_ges, self._entity_stack = 0, 1, []
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = xmlreader.InputSource()

    # ---- XMLReader ------------------------------------------------------------------------

    def parse(self, source):
        """Parse a whole document from a system id, a file or an InputSource."""
        self._source = saxutils.prepare_input_source(source)
        try:
            self.reset()
            locator = ExpatLocator(self)
            self._cont_handler.setDocumentLocator(locator)
            xmlreader.IncrementalParser.parse(self, self._source)
        except:
            self._close_source()
            raise

    def prepareParser(self, source):
        base = source.getSystemId()
        if base is not None:
            self._parser.SetBase(base)

    def setContentHandler(self, content_handler):
        xmlreader.IncrementalParser.setContentHandler(self, content_handler)
        if not self._parsing:
            return
        self._wire_content()

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name == handler.feature_string_interning:
            return self._interning is not None
        if name in (handler.feature_validation, handler.feature_external_pes, handler.feature_namespace_prefixes):
            return 0
        if name == handler.feature_external_ges:
            return self._external_ges
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            # Features shape the pyexpat parser, which exists only while parsing.
            raise SAXNotSupportedException("Cannot set features while parsing")
        refused = {
            handler.feature_validation: "expat does not support validation",
            handler.feature_external_pes: "expat does not read external parameter entities",
            handler.feature_namespace_prefixes: "expat does not report namespace prefixes",
        }
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name == handler.feature_external_ges:
            self._external_ges = state
        elif name == handler.feature_string_interning:
            if not state:
                self._interning = None
            elif self._interning is None:
                self._interning = {}
        elif name in refused:
            if state:
                raise SAXNotSupportedException(refused[name])
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_interning_dict:
            return self._interning
        if name == handler.property_lexical_handler:
            return self._lex_handler_prop
        if name == handler.property_xml_string:
            if not self._parser:
                raise SAXNotSupportedException("XML string cannot be returned when not parsing")
            if not hasattr(self._parser, "GetInputContext"):
                raise SAXNotRecognizedException("This version of expat does not support getting the XML string")
            return self._parser.GetInputContext()
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_interning_dict:
            self._interning = value
        elif name == handler.property_lexical_handler:
            self._lex_handler_prop = value
            if self._parsing:
                self._wire_lexical()
        elif name == handler.property_xml_string:
            raise SAXNotSupportedException("Property '%s' cannot be set" % name)
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    # ---- IncrementalParser ------------------------------------------------------------------

    def feed(self, data, isFinal=0):
        starting = not self._parsing
        if starting:
            self.reset()
            self._parsing = 1
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error, error:
            message = expat.ErrorString(error.code)
            self._err_handler.fatalError(SAXParseException(message, error, self))

    def close(self):
        if self._entity_stack or self._parser is None or isinstance(self._parser, _ClosedParser):
            # Inside an external entity, or closed already: nothing to finish.
            return
        try:
            self.feed("", isFinal=1)
            self._cont_handler.endDocument()
            self._parsing = 0
            self._parser = None
        finally:
            self._parsing = 0
            if self._parser is not None:
                self._parser = _ClosedParser(self._parser.ErrorLineNumber, self._parser.ErrorColumnNumber)
            self._close_source()

    def _close_source(self):
        stream = self._source.getCharacterStream()
        try:
            if stream is not None:
                stream.close()
        finally:
            stream = self._source.getByteStream()
            if stream is not None:
                stream.close()

    def reset(self):
        encoding = self._source.getEncoding()
        if self._namespaces:
            parser = expat.ParserCreate(encoding, " ", intern=self._interning)
            parser.namespace_prefixes = 1
            parser.StartElementHandler, parser.EndElementHandler = self.start_element_ns, self.end_element_ns
        else:
            parser = expat.ParserCreate(encoding, intern=self._interning)
            parser.StartElementHandler, parser.EndElementHandler = self.start_element, self.end_element
        self._parser = parser
        self._wire_content()
        parser.UnparsedEntityDeclHandler = self.unparsed_entity_decl
        parser.NotationDeclHandler = self.notation_decl
        parser.StartNamespaceDeclHandler = self.start_namespace_decl
        parser.EndNamespaceDeclHandler = self.end_namespace_decl
        self._decl_handler_prop = None
        if self._lex_handler_prop:
            self._wire_lexical()
        parser.ExternalEntityRefHandler = self.external_entity_ref
        parser.SkippedEntityHandler = self.skipped_entity_handler
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
        self._parsing = 0
        self._entity_stack = []

    def _wire_content(self):
        self._parser.ProcessingInstructionHandler = self._cont_handler.processingInstruction
        self._parser.CharacterDataHandler = self._cont_handler.characters

    def _wire_lexical(self):
        lexical = self._lex_handler_prop
        names = ("CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
                 "StartDoctypeDeclHandler", "EndDoctypeDeclHandler")
        if lexical is None:
            targets = (None,) * len(names)
        else:
            targets = (lexical.comment, lexical.startCDATA, lexical.endCDATA, self.start_doctype_decl, lexical.endDTD)
        for name, target in zip(names, targets):
            setattr(self._parser, name, target)

    # ---- Locator (the driver is its own locator too) ---------------------------------------------

    def getColumnNumber(self):
        return ExpatLocator(self).getColumnNumber()

    def getLineNumber(self):
        return ExpatLocator(self).getLineNumber()

    def getPublicId(self):
        return ExpatLocator(self).getPublicId()

    def getSystemId(self):
        return ExpatLocator(self).getSystemId()

    # ---- pyexpat handlers, forwarding to the SAX handlers -----------------------------------------

    def external_entity_ref(self, context, base, system_id, public_id):
        """Reads an external general entity through the EntityResolver with a child parser."""
        if not self._external_ges:
            return 1
        resolved = self._ent_handler.resolveEntity(public_id, system_id)
        resolved = saxutils.prepare_input_source(resolved, self._source.getSystemId() or "")
        outer = (self._parser, self._source)
        self._entity_stack.append(outer)
        self._parser, self._source = outer[0].ExternalEntityParserCreate(context), resolved
        try:
            xmlreader.IncrementalParser.parse(self, resolved)
        except:
            # The entity's error is not reported: the reference fails, as in CPython's driver.
            return 0
        finally:
            self._parser, self._source = self._entity_stack.pop()
        return 1

    def start_element(self, tag, attributes):
        self._cont_handler.startElement(tag, AttributesImpl(attributes))

    def start_element_ns(self, tag, attributes):
        values = {}
        qnames = {}
        for raw, value in attributes.items():
            parts = raw.split()
            key = _split_name(raw)
            if len(parts) == 3:
                qnames[key] = "%s:%s" % (parts[2], parts[1])
            elif len(parts) == 2:
                qnames[key] = parts[1]
            else:
                qnames[key] = raw
            values[key] = value
        self._cont_handler.startElementNS(_split_name(tag), None, AttributesNSImpl(values, qnames))

    def end_element(self, tag):
        self._cont_handler.endElement(tag)

    def end_element_ns(self, tag):
        self._cont_handler.endElementNS(_split_name(tag), None)

    def character_data(self, text):
        self._cont_handler.characters(text)

    def processing_instruction(self, target, text):
        self._cont_handler.processingInstruction(target, text)

    def start_namespace_decl(self, prefix_name, uri):
        self._cont_handler.startPrefixMapping(prefix_name, uri)

    def end_namespace_decl(self, prefix_name):
        self._cont_handler.endPrefixMapping(prefix_name)

    def skipped_entity_handler(self, entity_name, is_pe):
        self._cont_handler.skippedEntity('%' + entity_name if is_pe else entity_name)

    def start_doctype_decl(self, doctype, system_id, public_id, has_internal_subset):
        self._lex_handler_prop.startDTD(doctype, public_id, system_id)

    def notation_decl(self, notation, base, system_id, public_id):
        self._dtd_handler.notationDecl(notation, public_id, system_id)

    def unparsed_entity_decl(self, entity_name, base, system_id, public_id, notation):
        self._dtd_handler.unparsedEntityDecl(entity_name, public_id, system_id, notation)


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
