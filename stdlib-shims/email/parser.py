"""Parse RFC 2822 text into Message objects (headers, then a body split on MIME boundaries)."""

import re

from email import errors
from email.message import Message

__all__ = ["Parser", "HeaderParser"]

# A header line: a field name of printable characters except ':' (RFC 2822 section 2.2), then ':'.
_HEADER_LINE = re.compile(r"^(From |[\041-\071\073-\176]+:|[\t ])")


def _split_lines(text):
    """Lines with their endings kept ('\\r\\n', '\\r' or '\\n')."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)


def _strip_eol(line):
    return line.rstrip("\r\n")


class Parser(object):
    def __init__(self, _class=Message, strict=False):
        self._class = _class

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        msg = self._class()
        self._parse_into(msg, text, headersonly)
        return msg

    def _parse_into(self, msg, text, headersonly):
        lines = _split_lines(text)
        body_start = self._parse_headers(msg, lines)
        body = "".join(lines[body_start:])
        if headersonly:
            msg.set_payload(body)
            return
        if msg.get_content_maintype() == "multipart":
            self._parse_multipart(msg, body)
        elif msg.get_content_type() == "message/rfc822":
            sub = self._class()
            self._parse_into(sub, body, False)
            msg.attach(sub)
        else:
            msg.set_payload(body)

    def _parse_headers(self, msg, lines):
        """Add the headers to msg; return the index of the first body line."""
        name = None
        value = []
        index = 0
        for index, line in enumerate(lines):
            if not _strip_eol(line):
                self._add_header(msg, name, value)
                return index + 1
            if index == 0 and line.startswith("From "):
                msg.set_unixfrom(_strip_eol(line))
                continue
            if line[0] in " \t":
                if name is None:
                    msg.defects.append(errors.FirstHeaderLineIsContinuationDefect(line))
                    continue
                # RFC 2822 section 2.2.3: an unfolded header keeps its line break and indent.
                value.append(line)
                continue
            if not _HEADER_LINE.match(line) or ":" not in line:
                # Not a header: the body starts here without the blank line.
                self._add_header(msg, name, value)
                msg.defects.append(errors.MalformedHeaderDefect(line))
                return index
            self._add_header(msg, name, value)
            colon = line.find(":")
            name = line[:colon]
            value = [line[colon + 1:].lstrip()]
        self._add_header(msg, name, value)
        return len(lines)

    def _add_header(self, msg, name, value):
        if name is not None:
            msg[name] = "".join(value).rstrip("\r\n")

    def _parse_multipart(self, msg, body):
        """RFC 2046 section 5.1.1: parts sit between '--boundary' lines, ending with '--boundary--'."""
        boundary = msg.get_boundary()
        if boundary is None:
            msg.defects.append(errors.NoBoundaryInMultipartDefect())
            msg.set_payload(body)
            return
        delimiter = re.compile(r"(?:\r\n|\r|\n)?^--" + re.escape(boundary) + r"(--)?[ \t]*(?:\r\n|\r|\n|$)",
                               re.MULTILINE)
        pieces = []
        last = None
        closed = False
        for match in delimiter.finditer(body):
            if last is None:
                msg.preamble = body[:match.start()] if match.start() > 0 else None
            else:
                pieces.append(body[last:match.start()])
            last = match.end()
            if match.group(1):
                closed = True
                break
        if last is None:
            msg.defects.append(errors.StartBoundaryNotFoundDefect())
            msg.set_payload(body)
            return
        if not closed:
            pieces.append(body[last:])
        else:
            epilogue = body[last:]
            msg.epilogue = epilogue if epilogue or last < len(body) else ""
        msg.set_payload([])
        for piece in pieces:
            part = self._class()
            self._parse_into(part, piece, False)
            msg.attach(part)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)
