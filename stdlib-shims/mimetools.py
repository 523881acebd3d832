"""MIME headers on top of rfc822.Message (deprecated since 2.3 in favour of email)."""

import os
import time

import rfc822

__all__ = ["Message", "choose_boundary", "encode", "decode", "copyliteral", "copybinary"]


class Message(rfc822.Message):
    """rfc822.Message plus the parsed Content-Type and Content-Transfer-Encoding."""

    def __init__(self, fp, seekable=1):
        rfc822.Message.__init__(self, fp, seekable)
        self.encodingheader = self.getheader("content-transfer-encoding")
        self.typeheader = self.getheader("content-type")
        self.parsetype()
        self.parseplist()

    def parsetype(self):
        # RFC 2045 section 5.2: no Content-Type means text/plain.
        text = self.typeheader
        if text is None:
            text = "text/plain"
        if ";" in text:
            i = text.index(";")
            self.plisttext = text[i:]
            text = text[:i]
        else:
            self.plisttext = ""
        fields = [field.strip().lower() for field in text.split("/")]
        self.type = "/".join(fields)
        self.maintype = fields[0]
        self.subtype = "/".join(fields[1:])

    def parseplist(self):
        text = self.plisttext
        self.plist = []
        while text[:1] == ";":
            text = text[1:]
            end = text.index(";") if ";" in text else len(text)
            field = text[:end]
            if "=" in field:
                i = field.index("=")
                field = field[:i].strip().lower() + "=" + field[i + 1:].strip()
            self.plist.append(field.strip())
            text = text[end:]

    def getplist(self):
        return self.plist

    def getparam(self, name):
        prefix = name.lower() + "="
        for param in self.plist:
            if param[:len(prefix)] == prefix:
                return rfc822.unquote(param[len(prefix):])
        return None

    def getparamnames(self):
        return [param[:param.find("=")].lower() for param in self.plist if "=" in param]

    def getencoding(self):
        if self.encodingheader is None:
            return "7bit"
        return self.encodingheader.lower()

    def gettype(self):
        return self.type

    def getmaintype(self):
        return self.maintype

    def getsubtype(self):
        return self.subtype


_prefix = None
_counter = 0


def choose_boundary():
    """A boundary unlikely to occur in any text: address.uid.pid.time.counter."""
    global _prefix, _counter
    if _prefix is None:
        uid = repr(os.getuid()) if hasattr(os, "getuid") else "1"
        _prefix = "127.0.0.1." + uid + "." + repr(os.getpid())
    _counter += 1
    return "%s.%.3f.%d" % (_prefix, time.time(), _counter)


def decode(input, output, encoding):
    """Decode base64 or quoted-printable from file input to file output."""
    import base64
    import quopri
    if encoding == "base64":
        return base64.decode(input, output)
    if encoding == "quoted-printable":
        return quopri.decode(input, output)
    if encoding in ("7bit", "8bit"):
        return output.write(input.read())
    raise ValueError("unknown Content-Transfer-Encoding: %s" % encoding)


def encode(input, output, encoding):
    import base64
    import quopri
    if encoding == "base64":
        return base64.encode(input, output)
    if encoding == "quoted-printable":
        return quopri.encode(input, output, 0)
    if encoding in ("7bit", "8bit"):
        return output.write(input.read())
    raise ValueError("unknown Content-Transfer-Encoding: %s" % encoding)


def copyliteral(input, output):
    output.write(input.read())


def copybinary(input, output):
    output.write(input.read())
