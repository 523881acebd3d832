"""A small non-validating XML 1.0 parser shared by ElementTree and minidom (PyCgiRunner has no expat).

scan(data, handler) decodes `data`, checks well-formedness and calls the handler:
    xml_decl(version, encoding, standalone)          doctype(name, public_id, system_id, subset)
    start(name, attrs)   attrs: [(name, value)] in document order      end(name)
    text(data)   cdata(data)   comment(data)   pi(target, data)
Text may arrive in several text() calls; builders join neighbours. Errors raise XMLSyntaxError with
expat's message, code and position, since scripts print them (e.g. "mismatched tag: line 1, column 5").
"""

import re

# expat's error numbers (XML_Error enum) and texts.
NO_ELEMENTS, SYNTAX, INVALID_TOKEN, UNCLOSED_TOKEN = 3, 2, 4, 5
TAG_MISMATCH, DUPLICATE_ATTRIBUTE, JUNK_AFTER, UNDEFINED_ENTITY = 7, 8, 9, 11
BAD_CHAR_REF, MISPLACED_XML_PI, UNKNOWN_ENCODING, UNCLOSED_CDATA, UNBOUND_PREFIX = 14, 17, 18, 20, 27

_MESSAGES = {
    SYNTAX: "syntax error",
    NO_ELEMENTS: "no element found",
    INVALID_TOKEN: "not well-formed (invalid token)",
    UNCLOSED_TOKEN: "unclosed token",
    TAG_MISMATCH: "mismatched tag",
    DUPLICATE_ATTRIBUTE: "duplicate attribute",
    JUNK_AFTER: "junk after document element",
    UNDEFINED_ENTITY: "undefined entity",
    BAD_CHAR_REF: "reference to invalid character number",
    MISPLACED_XML_PI: "XML or text declaration not at start of entity",
    UNKNOWN_ENCODING: "unknown encoding",
    UNCLOSED_CDATA: "unclosed CDATA section",
    UNBOUND_PREFIX: "unbound prefix",
}


def message_for_code(code):
    return _MESSAGES.get(code)


class XMLSyntaxError(Exception):
    """A well-formedness error at (lineno, offset); offset counts from 0 like expat's column."""

    def __init__(self, code, lineno, offset):
        self.code = code
        self.msg = _MESSAGES[code]
        self.lineno = lineno
        self.offset = offset
        Exception.__init__(self, "%s: line %d, column %d" % (self.msg, lineno, offset))


class BuilderError(Exception):
    """Raised by a handler (e.g. an unbound namespace prefix); reported at the current tag."""

    def __init__(self, code):
        Exception.__init__(self, _MESSAGES[code])
        self.code = code


# XML 1.0 section 2.4: the five predefined entities.
_PREDEFINED = {"amp": u"&", "lt": u"<", "gt": u">", "quot": u'"', "apos": u"'"}

_SPACE = u" \t\r\n"
_TEXT_RUN = re.compile(u"[^<&]*")
# XML 1.0 section 2.2: control characters other than tab, newline and carriage return are not allowed.
_BAD_CHAR = re.compile(u"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DECL_ENCODING = re.compile(r"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z][-A-Za-z0-9._]*)["']""")
_DECL_PSEUDO_ATTR = re.compile(u"""(\\w+)\\s*=\\s*(?:"([^"]*)"|'([^']*)')""")
_ENTITY_DECL = re.compile(u"""<!ENTITY\\s+([^%\\s][^\\s]*)\\s+(?:"([^"]*)"|'([^']*)')\\s*>""")


def _is_name_start(ch):
    return ch.isalpha() or ch == u"_" or ch == u":" or ord(ch) >= 0xC0


def _is_name_char(ch):
    return ch.isalnum() or ch in u"_:.-" or ord(ch) >= 0xB7


def decode(data):
    """Bytes -> unicode using the BOM or the XML declaration's encoding (UTF-8 by default)."""
    if isinstance(data, unicode):
        # 2.7 hands unicode to expat through the default (ASCII) codec: non-ASCII text fails here.
        data = data.encode("ascii")
    if data.startswith("\xef\xbb\xbf"):
        data = data[3:]
    encoding = "utf-8"
    match = _DECL_ENCODING.match(data)
    if match:
        encoding = match.group(1)
    try:
        return data.decode(encoding)
    except LookupError:
        raise _error_at_end(data, UNKNOWN_ENCODING)
    except UnicodeDecodeError, error:
        text = data[:error.start].decode(encoding, "replace")
        raise XMLSyntaxError(INVALID_TOKEN, text.count(u"\n") + 1, len(text) - (text.rfind(u"\n") + 1))


def _error_at_end(data, code):
    return XMLSyntaxError(code, 1, 0)


def normalize_newlines(text):
    """XML 1.0 section 2.11: CR LF and lone CR become LF."""
    if u"\r" in text:
        text = text.replace(u"\r\n", u"\n").replace(u"\r", u"\n")
    return text


class _Scanner(object):

    def __init__(self, text, handler):
        self.s = text
        self.n = len(text)
        self.handler = handler
        self.entities = dict(_PREDEFINED)

    # -- errors ------------------------------------------------------------------------------------

    def fail(self, code, pos):
        line = self.s.count(u"\n", 0, pos) + 1
        column = pos - (self.s.rfind(u"\n", 0, pos) + 1)
        raise XMLSyntaxError(code, line, column)

    # -- small helpers -----------------------------------------------------------------------------

    def skip_space(self, i):
        while i < self.n and self.s[i] in _SPACE:
            i += 1
        return i

    def scan_name(self, i):
        """The end of the XML Name at i; fails with 'invalid token' if none starts there."""
        s = self.s
        if i >= self.n:
            self.fail(NO_ELEMENTS, self.n)
        if not _is_name_start(s[i]):
            self.fail(INVALID_TOKEN, i)
        j = i + 1
        while j < self.n and _is_name_char(s[j]):
            j += 1
        return j

    def expect_end(self, marker, i, start):
        """Index of `marker` at or after i; a missing one is an unclosed token at `start`."""
        j = self.s.find(marker, i)
        if j < 0:
            self.fail(UNCLOSED_TOKEN, start)
        return j

    # -- the document ------------------------------------------------------------------------------

    def run(self):
        i = self.prolog(0)
        if i >= self.n:
            self.fail(NO_ELEMENTS, self.n)
        if self.s[i] != u"<":
            self.fail(SYNTAX, i)
        i = self.element(i)
        self.epilog(i)

    def prolog(self, i):
        if self.s.startswith(u"<?xml", i) and self.n > 5 and self.s[5] in _SPACE + u"?":
            i = self.xml_decl(i)
        seen_doctype = False
        while True:
            i = self.skip_space(i)
            if self.s.startswith(u"<!--", i):
                i = self.comment(i)
            elif self.s.startswith(u"<?", i):
                i = self.pi(i)
            elif self.s.startswith(u"<!DOCTYPE", i) and not seen_doctype:
                i = self.doctype(i)
                seen_doctype = True
            else:
                return i

    def epilog(self, i):
        while True:
            i = self.skip_space(i)
            if i >= self.n:
                return
            if self.s.startswith(u"<!--", i):
                i = self.comment(i)
            elif self.s.startswith(u"<?", i):
                i = self.pi(i)
            else:
                self.fail(JUNK_AFTER, i)

    def xml_decl(self, i):
        end = self.expect_end(u"?>", i + 5, i)
        fields = {}
        for match in _DECL_PSEUDO_ATTR.finditer(self.s, i + 5, end):
            fields[match.group(1)] = match.group(2) if match.group(2) is not None else match.group(3)
        self.handler.xml_decl(fields.get("version"), fields.get("encoding"), fields.get("standalone"))
        return end + 2

    def doctype(self, i):
        """<!DOCTYPE name [SYSTEM "s" | PUBLIC "p" "s"] [[subset]]> (XML 1.0 section 2.8)."""
        j = self.skip_space(i + 9)
        end_name = self.scan_name(j)
        name = self.s[j:end_name]
        j = self.skip_space(end_name)
        public_id = system_id = subset = None
        if self.s.startswith(u"PUBLIC", j):
            public_id, j = self.quoted(self.skip_space(j + 6), i)
            system_id, j = self.quoted(self.skip_space(j), i)
        elif self.s.startswith(u"SYSTEM", j):
            system_id, j = self.quoted(self.skip_space(j + 6), i)
        j = self.skip_space(j)
        if j < self.n and self.s[j] == u"[":
            close = self.subset_end(j + 1, i)
            subset = self.s[j + 1:close]
            self.declare_entities(subset)
            j = self.skip_space(close + 1)
        if j >= self.n or self.s[j] != u">":
            self.fail(UNCLOSED_TOKEN if j >= self.n else INVALID_TOKEN, j if j < self.n else i)
        self.handler.doctype(name, public_id, system_id, subset)
        return j + 1

    def quoted(self, i, start):
        if i >= self.n or self.s[i] not in u"'\"":
            self.fail(SYNTAX, i)
        close = self.expect_end(self.s[i], i + 1, start)
        return self.s[i + 1:close], close + 1

    def subset_end(self, i, start):
        """The ']' closing an internal subset, skipping quoted strings and comments."""
        while i < self.n:
            ch = self.s[i]
            if ch == u"]":
                return i
            if ch in u"'\"":
                i = self.expect_end(ch, i + 1, start) + 1
            elif self.s.startswith(u"<!--", i):
                i = self.expect_end(u"-->", i + 4, start) + 3
            else:
                i += 1
        self.fail(UNCLOSED_TOKEN, start)

    def declare_entities(self, subset):
        # Internal general entities only (<!ENTITY name "text">); the first declaration wins.
        for match in _ENTITY_DECL.finditer(subset):
            value = match.group(2) if match.group(2) is not None else match.group(3)
            self.entities.setdefault(match.group(1), value)

    # -- markup ------------------------------------------------------------------------------------

    def comment(self, i):
        """<!-- text -->; '--' inside a comment is not allowed (XML 1.0 section 2.5)."""
        j = self.expect_end(u"--", i + 4, i)
        if j + 2 >= self.n:
            self.fail(UNCLOSED_TOKEN, i)
        if self.s[j + 2] != u">":
            self.fail(INVALID_TOKEN, j + 2)
        self.handler.comment(normalize_newlines(self.s[i + 4:j]))
        return j + 3

    def pi(self, i):
        """<?target data?> (XML 1.0 section 2.6); 'xml' is reserved for the declaration."""
        end_name = self.scan_name(i + 2)
        target = self.s[i + 2:end_name]
        if target.lower() == u"xml":
            self.fail(MISPLACED_XML_PI, i)
        end = self.expect_end(u"?>", end_name, i)
        data = self.s[self.skip_space(end_name):end]
        self.handler.pi(target, normalize_newlines(data))
        return end + 2

    def element(self, i):
        """Parse the element at i and everything inside it; return the index after it."""
        stack = []
        while True:
            i, name, empty = self.start_tag(i)
            if empty:
                self.handler.end(name)
            else:
                stack.append(name)
            while stack:
                i = self.content(i)
                if not self.s.startswith(u"</", i):
                    break  # another start tag: the outer loop parses it
                i = self.end_tag(i, stack.pop())
            if not stack:
                return i

    def content(self, i):
        """Character data, references, comments, PIs and CDATA up to the next tag."""
        s = self.s
        while True:
            if i >= self.n:
                self.fail(NO_ELEMENTS, self.n)
            ch = s[i]
            if ch == u"&":
                value, i = self.reference(i)
                self.handler.text(value)
            elif ch != u"<":
                end = _TEXT_RUN.match(s, i).end()
                self.text_run(i, end)
                i = end
            elif s.startswith(u"<!--", i):
                i = self.comment(i)
            elif s.startswith(u"<![CDATA[", i):
                end = s.find(u"]]>", i + 9)
                if end < 0:
                    self.fail(UNCLOSED_CDATA, self.n)
                self.handler.cdata(normalize_newlines(s[i + 9:end]))
                i = end + 3
            elif s.startswith(u"<?", i):
                i = self.pi(i)
            elif s.startswith(u"<!", i):
                self.fail(INVALID_TOKEN, i + 2)
            else:
                return i

    def text_run(self, i, end):
        text = self.s[i:end]
        bad = _BAD_CHAR.search(text)
        if bad:
            self.fail(INVALID_TOKEN, i + bad.start())
        close = text.find(u"]]>")
        if close >= 0:
            # XML 1.0 section 2.4: ']]>' may not appear in content.
            self.fail(INVALID_TOKEN, i + close + 2)
        self.handler.text(normalize_newlines(text))

    def reference(self, i):
        """&name; or &#n; or &#xh; at i -> (replacement text, index after it)."""
        s = self.s
        if s.startswith(u"&#", i):
            j = i + 2
            hexadecimal = s.startswith(u"x", j)
            if hexadecimal:
                j += 1
            digits = u"0123456789abcdefABCDEF" if hexadecimal else u"0123456789"
            k = j
            while k < self.n and s[k] in digits:
                k += 1
            if k == j or k >= self.n or s[k] != u";":
                self.fail(INVALID_TOKEN, k if k < self.n else i)
            return self.char_for(int(s[j:k], 16 if hexadecimal else 10), i), k + 1
        end = self.scan_name(i + 1)
        if end >= self.n or s[end] != u";":
            self.fail(INVALID_TOKEN, end)
        name = s[i + 1:end]
        if name not in self.entities:
            self.fail(UNDEFINED_ENTITY, i)
        return self.entities[name], end + 1

    def char_for(self, code, pos):
        # XML 1.0 section 2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
        if code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD:
            return unichr(code)
        if 0x10000 <= code <= 0x10FFFF:
            try:
                return unichr(code)
            except ValueError:
                # A narrow build stores it as a surrogate pair.
                code -= 0x10000
                return unichr(0xD800 + (code >> 10)) + unichr(0xDC00 + (code & 0x3FF))
        self.fail(BAD_CHAR_REF, pos)

    def start_tag(self, i):
        """<name attr="v" ...> or <name .../> at i -> (index after, name, is-empty)."""
        s = self.s
        if i + 1 >= self.n:
            self.fail(UNCLOSED_TOKEN, i)
        end_name = self.scan_name(i + 1)
        name = s[i + 1:end_name]
        attrs = []
        seen = set()
        j = end_name
        while True:
            k = self.skip_space(j)
            if k >= self.n:
                self.fail(UNCLOSED_TOKEN, i)
            if s[k] == u">":
                self.emit_start(name, attrs, i)
                return k + 1, name, False
            if s.startswith(u"/>", k):
                self.emit_start(name, attrs, i)
                return k + 2, name, True
            if k == j:
                self.fail(INVALID_TOKEN, k)  # attributes must be separated by white space
            attr_name, value, j = self.attribute(k, i)
            if attr_name in seen:
                self.fail(DUPLICATE_ATTRIBUTE, k)
            seen.add(attr_name)
            attrs.append((attr_name, value))

    def emit_start(self, name, attrs, pos):
        try:
            self.handler.start(name, attrs)
        except BuilderError, error:
            self.fail(error.code, pos)

    def attribute(self, i, tag_start):
        s = self.s
        end_name = self.scan_name(i)
        j = self.skip_space(end_name)
        if j >= self.n:
            self.fail(UNCLOSED_TOKEN, tag_start)
        if s[j] != u"=":
            self.fail(INVALID_TOKEN, j)
        j = self.skip_space(j + 1)
        if j >= self.n:
            self.fail(UNCLOSED_TOKEN, tag_start)
        quote = s[j]
        if quote not in u"'\"":
            self.fail(INVALID_TOKEN, j)
        close = self.expect_end(quote, j + 1, tag_start)
        return s[i:end_name], self.attribute_value(j + 1, close), close + 1

    def attribute_value(self, i, close):
        """XML 1.0 section 3.3.3: references replaced, each white space character becomes a space."""
        s = self.s
        pieces = []
        while i < close:
            ch = s[i]
            if ch == u"<":
                self.fail(INVALID_TOKEN, i)
            if ch == u"&":
                value, i = self.reference(i)
                pieces.append(value)
                continue
            j = i
            while j < close and s[j] not in u"<&":
                j += 1
            raw = normalize_newlines(s[i:j])
            pieces.append(raw.replace(u"\t", u" ").replace(u"\n", u" "))
            i = j
        return u"".join(pieces)

    def end_tag(self, i, expected):
        end_name = self.scan_name(i + 2)
        name = self.s[i + 2:end_name]
        if name != expected:
            self.fail(TAG_MISMATCH, i + 2)
        j = self.skip_space(end_name)
        if j >= self.n:
            self.fail(UNCLOSED_TOKEN, i)
        if self.s[j] != u">":
            self.fail(INVALID_TOKEN, j)
        self.handler.end(name)
        return j + 1


class Handler(object):
    """A handler that ignores everything; builders override what they need."""

    def xml_decl(self, version, encoding, standalone):
        pass

    def doctype(self, name, public_id, system_id, subset):
        pass

    def start(self, name, attrs):
        pass

    def end(self, name):
        pass

    def text(self, data):
        pass

    def cdata(self, data):
        self.text(data)

    def comment(self, data):
        pass

    def pi(self, target, data):
        pass


def scan(data, handler):
    """Parse a whole document (bytes or unicode) into handler calls."""
    _Scanner(decode(data), handler).run()
