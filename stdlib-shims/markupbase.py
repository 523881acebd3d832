"""Shared base of the SGML/HTML parsers: position tracking, comments and marked sections.

Only the parts HTMLParser uses are here (sgmllib's full declaration parser is not needed by CGI scripts).
"""

import re

# A comment ends at "--" and ">" with optional white space between (SGML allows "-- >").
_COMMENT_CLOSE = re.compile(r"--\s*>")
# Marked sections: <![CDATA[...]]> and friends end at "]]>"; MS Office's <![if ...]> at "]>".
_SECTION_CLOSE = re.compile(r"]\s*]\s*>")
_MS_SECTION_CLOSE = re.compile(r"]\s*>")
_DECL_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")

_STANDARD_SECTIONS = set(["temp", "cdata", "ignore", "include", "rcdata"])
_MS_SECTIONS = set(["if", "else", "endif"])


class ParserBase:
    """Keeps (line, column) of the parse and parses the constructs common to SGML and HTML."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("markupbase.ParserBase must be subclassed")

    def error(self, message):
        raise NotImplementedError("subclasses of ParserBase must override error()")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """(line number starting at 1, column offset starting at 0) of the current position."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Advance the position over rawdata[i:j] and return j."""
        if i >= j:
            return j
        rawdata = self.rawdata
        newlines = rawdata.count("\n", i, j)
        if newlines:
            self.lineno = self.lineno + newlines
            self.offset = j - (rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    def parse_comment(self, i, report=1):
        """<!-- text --> at i: report the text, return the index after it, or -1 if incomplete."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != "<!--":
            self.error("unexpected call to parse_comment()")
        match = _COMMENT_CLOSE.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start(0)])
        return match.end(0)

    def parse_marked_section(self, i, report=1):
        """<![name ... ]]> at i, reported through unknown_decl."""
        rawdata = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in _STANDARD_SECTIONS:
            match = _SECTION_CLOSE.search(rawdata, i + 3)
        elif name in _MS_SECTIONS:
            match = _MS_SECTION_CLOSE.search(rawdata, i + 3)
        else:
            self.error("unknown status keyword %r in marked section" % rawdata[i + 3:j])
        if not match:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:match.start(0)])
        return match.end(0)

    def _scan_name(self, i, declstartpos):
        """A declaration keyword at i: (lower-cased name, index after it and its spaces)."""
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        match = _DECL_NAME.match(rawdata, i)
        if not match:
            self.updatepos(declstartpos, i)
            self.error("expected name token at %r" % rawdata[declstartpos:declstartpos + 20])
        text = match.group()
        if i + len(text) == n:
            return None, -1  # the name may continue in the next chunk
        return text.strip().lower(), match.end()

    def unknown_decl(self, data):
        self.error("unknown declaration: %r" % (data,))
