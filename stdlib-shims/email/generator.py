"""Write a Message as RFC 2822 text: headers, a blank line, then the body (multipart bodies with
their boundaries, RFC 2046 section 5.1.1)."""

import random
import re
import sys
import time
from StringIO import StringIO

from email.header import Header

__all__ = ["Generator", "DecodedGenerator"]

# mbox convention: a body line starting "From " would look like a new message.
_FROM_LINE = re.compile(r"^From ", re.MULTILINE)


def _is_8bit(text):
    if isinstance(text, str):
        for ch in text:
            if ord(ch) >= 128:
                return True
    return False


class Generator(object):
    def __init__(self, outfp, mangle_from_=True, maxheaderlen=78):
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self._maxheaderlen = maxheaderlen

    def write(self, s):
        self._fp.write(s)

    def clone(self, fp):
        return self.__class__(fp, self._mangle_from_, self._maxheaderlen)

    def flatten(self, msg, unixfrom=False):
        if unixfrom:
            ufrom = msg.get_unixfrom()
            if not ufrom:
                ufrom = "From nobody " + time.ctime(time.time())
            self._fp.write(ufrom + "\n")
        self._write(msg)

    def _write(self, msg):
        # The body is generated first: generating a multipart may set its boundary header.
        saved = self._fp
        body = StringIO()
        self._fp = body
        try:
            self._dispatch(msg)
        finally:
            self._fp = saved
        self._write_headers(msg)
        self._fp.write(body.getvalue())

    def _write_headers(self, msg):
        for name, value in msg.items():
            if self._maxheaderlen == 0 or _is_8bit(value):
                text = value
            elif isinstance(value, Header):
                text = value.encode()
            else:
                text = Header(value, maxlinelen=self._maxheaderlen, header_name=name).encode()
            self._fp.write("%s: %s\n" % (name, text))
        self._fp.write("\n")

    def _dispatch(self, msg):
        main = msg.get_content_maintype()
        if main == "multipart":
            self._handle_multipart(msg)
        elif msg.get_content_type() == "message/rfc822" or isinstance(msg.get_payload(), list):
            self._handle_message(msg)
        else:
            self._handle_text(msg)

    def _handle_text(self, msg):
        payload = msg.get_payload()
        if payload is None:
            return
        if not isinstance(payload, basestring):
            raise TypeError("string payload expected: %s" % type(payload))
        if self._mangle_from_:
            payload = _FROM_LINE.sub(">From ", payload)
        self._fp.write(payload)

    def _flatten_part(self, part):
        out = StringIO()
        self.clone(out).flatten(part, unixfrom=False)
        return out.getvalue()

    def _handle_multipart(self, msg):
        subparts = msg.get_payload()
        if subparts is None:
            subparts = []
        elif isinstance(subparts, basestring):
            self._fp.write(subparts)
            return
        elif not isinstance(subparts, list):
            subparts = [subparts]
        texts = [self._flatten_part(part) for part in subparts]
        boundary = msg.get_boundary()
        if not boundary:
            boundary = _make_boundary("\n".join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            preamble = msg.preamble
            if self._mangle_from_:
                preamble = _FROM_LINE.sub(">From ", preamble)
            self._fp.write(preamble + "\n")
        self._fp.write("--" + boundary + "\n")
        if texts:
            self._fp.write(texts.pop(0))
        for text in texts:
            self._fp.write("\n--" + boundary + "\n")
            self._fp.write(text)
        self._fp.write("\n--" + boundary + "--\n")
        if msg.epilogue is not None:
            epilogue = msg.epilogue
            if self._mangle_from_:
                epilogue = _FROM_LINE.sub(">From ", epilogue)
            self._fp.write(epilogue)

    def _handle_message(self, msg):
        payload = msg.get_payload()
        if isinstance(payload, list):
            self._fp.write("".join(self._flatten_part(part) for part in payload))
        elif payload is not None:
            self._fp.write(payload)


class DecodedGenerator(Generator):
    """Writes text parts decoded and replaces non-text parts by a one-line description."""

    def __init__(self, outfp, mangle_from_=True, maxheaderlen=78, fmt=None):
        Generator.__init__(self, outfp, mangle_from_, maxheaderlen)
        self._fmt = fmt or "[Non-text (%(type)s) part of message omitted, filename %(filename)s]"

    def _dispatch(self, msg):
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                self._fp.write(part.get_payload(decode=True))
            elif part.get_content_maintype() != "multipart":
                self._fp.write(self._fmt % {
                    "type": part.get_content_type(),
                    "maintype": part.get_content_maintype(),
                    "subtype": part.get_content_subtype(),
                    "filename": part.get_filename("[no filename]"),
                    "description": part.get("Content-Description", "[no description]"),
                    "encoding": part.get("Content-Transfer-Encoding", "[no encoding]"),
                })


def _make_boundary(text=None):
    """A boundary that does not occur in the text (RFC 2046 section 5.1.1)."""
    width = len(repr(sys.maxint - 1))
    token = random.randrange(sys.maxint)
    boundary = ("=" * 15) + (("%%0%dd" % width) % token) + "=="
    if text is None:
        return boundary
    candidate = boundary
    counter = 0
    while re.search("^--" + re.escape(candidate) + "(--)?$", text, re.MULTILINE):
        candidate = boundary + "." + str(counter)
        counter += 1
    return candidate
