"""A tolerant HTML parser with Python 2.7's HTMLParser interface.

The parser is fed text in chunks and calls handle_* methods, which subclasses override. It follows
2.7's rules: tag and attribute names are lower-cased, attribute values are unescaped, the content of
<script> and <style> is data (HTML 4.01 appendix B.3.2), and a construct cut by the end of a chunk waits
for the next feed().
"""

import re

import markupbase

__all__ = ["HTMLParser", "HTMLParseError"]

_INTERESTING = re.compile("[&<]")
# "&x" that might still become an entity or character reference once more text arrives.
_INCOMPLETE = re.compile("&[a-zA-Z#]")
# A reference needs one character after the name to know the name ended; a ';' there is consumed.
_ENTITY_REF = re.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_CHAR_REF = re.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_START_TAG_OPEN = re.compile("<[a-zA-Z]")
# Tag names run to white space, '/', '>' or NUL (HTML5 tag name state, as 2.7.3+ accepts them).
_TAG_NAME = re.compile("[a-zA-Z][^\t\n\r\f />\x00]*")
_END_TAG = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_SPACE = " \t\n\r\f\v"


class HTMLParseError(Exception):
    """Raised for input the parser cannot recover from; carries the (line, column) position."""

    def __init__(self, msg, position=(None, None)):
        assert msg
        self.msg = msg
        self.lineno, self.offset = position

    def __str__(self):
        where = []
        if self.lineno is not None:
            where.append(", at line %d" % self.lineno)
        if self.offset is not None:
            where.append(", column %d" % (self.offset + 1))
        return self.msg + "".join(where)


# ---------------------------------------------------------------------------------------------------
# Attributes: name[=value] where value is '...', "..." or a bare word. Shared by the scan that finds
# where a start tag ends and by the parse of its attributes, so the two always agree.

def _skip_spaces(raw, k):
    while k < len(raw) and raw[k] in _SPACE:
        k += 1
    return k


def _skip_attribute_gap(raw, k):
    """Skip white space and any '/' that does not begin '/>'."""
    n = len(raw)
    while k < n and (raw[k] in _SPACE or (raw[k] == "/" and raw[k + 1:k + 2] != ">")):
        k += 1
    return k


def _scan_value(raw, k):
    """The end of an attribute value starting at k, or -1 if there is none (e.g. an open quote)."""
    n = len(raw)
    if k < n and raw[k] in "'\"":
        close = raw.find(raw[k], k + 1)
        return close + 1 if close >= 0 else -1
    while k < n and raw[k] not in _SPACE and raw[k] != ">":
        k += 1
    return k


def _scan_attribute(raw, k):
    """One attribute at k: (name, raw value or None, index after it and the gap), or None."""
    n = len(raw)
    # An attribute begins after a quote, white space or '/', never glued to the tag name.
    if k == 0 or k >= n or raw[k - 1] not in "'\"/" + _SPACE or raw[k] in "/>" + _SPACE:
        return None
    end = k + 1
    while end < n and raw[end] not in "/=>" + _SPACE:
        end += 1
    name = raw[k:end]
    value = None
    eq = _skip_spaces(raw, end)
    if eq < n and raw[eq] == "=":
        while eq < n and raw[eq] == "=":
            eq += 1
        start = _skip_spaces(raw, eq)
        stop = _scan_value(raw, start)
        if stop >= 0:
            value = raw[start:stop]
            end = stop
    return name, value, _skip_attribute_gap(raw, end)


def _start_tag_scan_end(raw, i):
    """Where the scan of the start tag at i stops: after the name, attributes and white space."""
    k = _TAG_NAME.match(raw, i + 1).end()
    while k < len(raw) and (raw[k] in _SPACE or raw[k] == "/"):
        k += 1
    while True:
        attribute = _scan_attribute(raw, k)
        if attribute is None:
            break
        k = attribute[2]
    return _skip_spaces(raw, k)


class HTMLParser(markupbase.ParserBase):
    """Find tags and other markup and call handler functions.

    Usage: p = HTMLParser(); p.feed(data); ...; p.close()
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    # name -> unicode character for unescape(); built on first use. 'apos' is XML's, accepted too.
    entitydefs = None

    def __init__(self):
        self.reset()

    def reset(self):
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = _INTERESTING
        self.cdata_elem = None
        self._starttag_text = None
        markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Feed more text; complete constructs are handled now, an incomplete tail is kept."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle whatever is buffered as if the input ended here."""
        self.goahead(1)

    def error(self, message):
        raise HTMLParseError(message, self.getpos())

    def get_starttag_text(self):
        """The source text of the most recently opened start tag."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        # Inside <script>/<style> only the matching end tag is markup.
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r"</\s*%s\s*>" % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _INTERESTING
        self.cdata_elem = None

    # -- the main loop -----------------------------------------------------------------------------

    def goahead(self, end):
        """Handle as much of rawdata as possible; if `end`, flush everything."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            match = self.interesting.search(rawdata, i)
            if match:
                j = match.start()
            elif self.cdata_elem:
                break
            else:
                j = n
            if i < j:
                self.handle_data(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith("<", i):
                k = self._parse_markup(i)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    k = self._recover_unclosed(i)
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                k, more = self._parse_charref(i)
                if k > i:
                    i = self.updatepos(i, k)
                if not more:
                    break
            elif rawdata.startswith("&", i):
                k = self._parse_entityref(i, end)
                if k < 0:
                    break
                i = self.updatepos(i, k)
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self.handle_data(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _parse_markup(self, i):
        """Markup at '<': the index after it, -1 if incomplete, None to wait for more input."""
        rawdata = self.rawdata
        if _START_TAG_OPEN.match(rawdata, i):
            return self.parse_starttag(i)
        if rawdata.startswith("</", i):
            return self.parse_endtag(i)
        if rawdata.startswith("<!--", i):
            return self.parse_comment(i)
        if rawdata.startswith("<?", i):
            return self.parse_pi(i)
        if rawdata.startswith("<!", i):
            return self.parse_html_declaration(i)
        if i + 1 < len(rawdata):
            # A '<' that starts nothing ("a < b") is text.
            self.handle_data("<")
            return i + 1
        return None

    def _recover_unclosed(self, i):
        """At the end of input, an unfinished construct is text up to its '>' (or the next '<')."""
        rawdata = self.rawdata
        k = rawdata.find(">", i + 1)
        if k < 0:
            k = rawdata.find("<", i + 1)
            if k < 0:
                k = i + 1
        else:
            k += 1
        self.handle_data(rawdata[i:k])
        return k

    def _parse_charref(self, i):
        """(index after the reference, whether to go on parsing)."""
        rawdata = self.rawdata
        match = _CHAR_REF.match(rawdata, i)
        if match:
            self.handle_charref(match.group()[2:-1])
            k = match.end()
            return (k if rawdata[k - 1] == ";" else k - 1), True
        if ";" in rawdata[i:]:
            # Not a valid reference: "&#" is text and parsing stops until the next feed()/close(),
            # as in 2.7, which then parses the rest from scratch.
            self.handle_data(rawdata[i:i + 2])
            return i + 2, False
        return i, False

    def _parse_entityref(self, i, end):
        rawdata = self.rawdata
        match = _ENTITY_REF.match(rawdata, i)
        if match:
            self.handle_entityref(match.group(1))
            k = match.end()
            return k if rawdata[k - 1] == ";" else k - 1
        match = _INCOMPLETE.match(rawdata, i)
        if match:
            if end and match.group() == rawdata[i:]:
                self.error("EOF in middle of entity or char ref")
            return -1
        if i + 1 < len(rawdata):
            # A lone '&' ("a & b") is text.
            self.handle_data("&")
            return i + 1
        return -1

    # -- tags --------------------------------------------------------------------------------------

    def check_for_whole_start_tag(self, i):
        """The index after the start tag at i, or -1 if the tag may continue in the next chunk."""
        rawdata = self.rawdata
        j = _start_tag_scan_end(rawdata, i)
        following = rawdata[j:j + 1]
        if following == ">":
            return j + 1
        if following == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            if rawdata.startswith("/", j):
                return -1  # "/" at the end of the buffer: maybe "/>" next
            self.updatepos(i, j + 1)
            self.error("malformed empty start tag")
        if following == "":
            return -1
        if following.isalpha() or following in "=/":
            # Inside or before an attribute value at the end of the buffer.
            return -1
        if j > i:
            return j
        return i + 1

    def parse_starttag(self, i):
        rawdata = self.rawdata
        endpos = self.check_for_whole_start_tag(i)
        # The tag's text (get_starttag_text) once the whole tag has arrived.
        self._starttag_text = rawdata[i:endpos] if endpos >= 0 else None
        if endpos < 0:
            return endpos
        name_end = _TAG_NAME.match(rawdata, i + 1).end()
        self.lasttag = tag = rawdata[i + 1:name_end].lower()
        k = _skip_attribute_gap(rawdata, name_end)
        attrs = []
        while k < endpos:
            attribute = _scan_attribute(rawdata, k)
            if attribute is None:
                break
            name, value, k = attribute
            attrs.append((name.lower(), self._attribute_value(value)))
        tail = rawdata[k:endpos].strip()
        if tail not in (">", "/>"):
            # Junk inside the tag: the whole tag is text.
            self.handle_data(rawdata[i:endpos])
            return endpos
        if tail.endswith("/>"):
            # XHTML-style empty element: <br />
            self.handle_startendtag(tag, attrs)
            return endpos
        self.handle_starttag(tag, attrs)
        # <script> and <style> hold raw text up to their own end tag.
        if tag in self.CDATA_CONTENT_ELEMENTS:
            self.set_cdata_mode(tag)
        return endpos

    def _attribute_value(self, value):
        if value is None:
            return None
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        if value:
            value = self.unescape(value)
        return value

    def parse_endtag(self, i):
        rawdata = self.rawdata
        gt = rawdata.find(">", i + 1)
        if gt < 0:
            return -1
        gtpos = gt + 1
        match = _END_TAG.match(rawdata, i)
        if not match:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            return self._parse_loose_endtag(i)
        closing = match.group(1).lower()
        inside_raw_text = self.cdata_elem is not None
        if inside_raw_text and closing != self.cdata_elem:
            # Inside <script>, any other end tag is just text.
            self.handle_data(rawdata[i:gtpos])
        else:
            self.handle_endtag(closing)
            self.clear_cdata_mode()
        return gtpos

    def _parse_loose_endtag(self, i):
        """HTML5 end tag open state: '</>' is dropped, '</3>' is a comment, '</a b>' closes a."""
        rawdata = self.rawdata
        name = _TAG_NAME.match(rawdata, i + 2)
        if not name:
            if rawdata[i:i + 3] == "</>":
                return i + 3
            return self.parse_bogus_comment(i)
        self.handle_endtag(name.group().lower())
        return rawdata.find(">", name.end()) + 1

    # -- declarations, comments, processing instructions -------------------------------------------

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 4] == "<!--":
            return self.parse_comment(i)
        if rawdata[i:i + 3] == "<![":
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == "<!doctype":
            gtpos = rawdata.find(">", i + 9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        """'<!...>' or '</...>' that is nothing else: a comment (HTML5 bogus comment state)."""
        rawdata = self.rawdata
        if rawdata[i:i + 2] not in ("<!", "</"):
            self.error("unexpected call to parse_comment()")
        pos = rawdata.find(">", i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        """<?target data> (SGML processing instruction: ends at the first '>')."""
        rawdata = self.rawdata
        j = rawdata.find(">", i + 2)
        if j < 0:
            return -1
        self.handle_pi(rawdata[i + 2:j])
        return j + 1

    # -- handlers, overridden by subclasses --------------------------------------------------------

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def _ignore(self, *event):
        """What the parser does with an event no subclass handles: nothing."""

    handle_starttag = handle_endtag = handle_charref = handle_entityref = _ignore
    handle_data = handle_comment = handle_decl = handle_pi = unknown_decl = _ignore

    # -- entities ----------------------------------------------------------------------------------

    def unescape(self, s):
        """Replace &name; &#nn; and &#xhh; by their characters (the result is unicode if any is)."""
        if "&" not in s:
            return s
        return _REFERENCE.sub(self._replace_reference, s)

    def _replace_reference(self, match):
        text = match.group(1)
        if text[0] == "#":
            digits = text[1:]
            try:
                if digits[:1] in ("x", "X"):
                    return unichr(int(digits[1:], 16))
                return unichr(int(digits))
            except ValueError:
                return "&#" + digits + ";"
        table = _entity_table(self)
        if text in table:
            return table[text]
        return "&" + text + ";"


# A reference as unescape() accepts it: '#', an optional 'x', then hex digits or a short word.
_REFERENCE = re.compile(r"&(#?[xX]?(?:[0-9a-fA-F]+|\w{1,8}));")


def _entity_table(parser):
    if HTMLParser.entitydefs is None:
        import htmlentitydefs
        table = {"apos": u"'"}
        for name, code in htmlentitydefs.name2codepoint.items():
            table[name] = unichr(code)
        HTMLParser.entitydefs = table
    return parser.entitydefs
