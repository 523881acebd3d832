"""The Message class: headers (RFC 2822) and a payload that is a string or a list of sub-messages."""

import base64
import binascii
import re

import quopri
from email import errors
from email import utils
from email.charset import Charset

__all__ = ["Message"]

SEMISPACE = "; "

# RFC 2045 section 5.1 tspecials: a parameter value containing one must be quoted.
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')

_MISSING = object()


def _formatparam(param, value=None, quote=True):
    """'name="value"' for a Content-Type parameter (RFC 2231 form for a (charset, lang, value))."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        param += "*"
        value = utils.encode_rfc2231(value[2], value[0], value[1])
        return "%s=%s" % (param, value)
    if quote or tspecials.search(value):
        return '%s="%s"' % (param, utils.quote(value))
    return "%s=%s" % (param, value)


def _parseparam(text):
    """Split ';'-separated parameters, ignoring ';' inside quoted strings; names are lower-cased."""
    found = []
    while text[:1] == ";":
        text = text[1:]
        end = text.find(";")
        while end > 0 and (text.count('"', 0, end) - text.count('\\"', 0, end)) % 2:
            end = text.find(";", end + 1)
        if end < 0:
            end = len(text)
        piece = text[:end]
        if "=" in piece:
            i = piece.index("=")
            piece = piece[:i].strip().lower() + "=" + piece[i + 1:].strip()
        found.append(piece.strip())
        text = text[end:]
    return found


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


def _splitparam(param):
    main, sep, rest = param.partition(";")
    if not sep:
        return main.strip(), None
    return main.strip(), rest.strip()


class Message(object):
    """An email message: ordered, case-insensitive headers plus a payload.

    msg['X'] = v appends a header (it does not replace); del msg['X'] removes every 'X'.
    """

    def __init__(self):
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = "text/plain"

    def __str__(self):
        return self.as_string(unixfrom=True)

    def as_string(self, unixfrom=False):
        from email.generator import Generator
        from StringIO import StringIO
        out = StringIO()
        Generator(out).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    # -- payload -----------------------------------------------------------------------------------

    def attach(self, payload):
        """Add a sub-message, making this message multipart."""
        if self._payload is None:
            self._payload = [payload]
        else:
            self._payload.append(payload)

    def get_payload(self, i=None, decode=False):
        """The payload (a list for multipart); with decode, the Content-Transfer-Encoding is undone."""
        if i is None:
            payload = self._payload
        elif not isinstance(self._payload, list):
            raise TypeError("Expected list, got %s" % type(self._payload))
        else:
            payload = self._payload[i]
        if not decode:
            return payload
        if self.is_multipart():
            return None
        return self._decoded(payload)

    def _decoded(self, payload):
        cte = self.get("content-transfer-encoding", "").lower()
        if cte == "quoted-printable":
            return quopri.decodestring(payload)
        if cte == "base64":
            try:
                return base64.decodestring(payload)
            except binascii.Error:
                return payload
        return payload

    def set_payload(self, payload, charset=None):
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Record the charset in Content-Type and encode the body as that charset requires."""
        if charset is None:
            self.del_param("charset")
            self._charset = None
            return
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        if "MIME-Version" not in self:
            self.add_header("MIME-Version", "1.0")
        if "Content-Type" not in self:
            self.add_header("Content-Type", "text/plain", charset=charset.get_output_charset())
        else:
            self.set_param("charset", charset.get_output_charset())
        if isinstance(self._payload, unicode):
            self._payload = self._payload.encode(charset.output_charset or charset.input_charset)
        if str(charset) != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if "Content-Transfer-Encoding" not in self:
            cte = charset.get_body_encoding()
            if callable(cte):
                cte(self)
            else:
                self._payload = charset.body_encode(self._payload)
                self.add_header("Content-Transfer-Encoding", cte)

    def get_charset(self):
        return self._charset

    # -- headers as a mapping ----------------------------------------------------------------------

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append((name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    has_key = __contains__

    def __iter__(self):
        for name, value in self._headers:
            yield name

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return self._headers[:]

    def get(self, name, failobj=None):
        """The first header called `name` (any case), or failobj."""
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values or failobj

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: add_header('Content-Disposition', 'attachment',
        filename='a.txt'); a parameter value of None adds the bare name."""
        parts = []
        for key, value in _params.items():
            if value is None:
                parts.append(key.replace("_", "-"))
            else:
                parts.append(_formatparam(key.replace("_", "-"), value))
        if _value is not None:
            parts.insert(0, _value)
        self._headers.append((_name, SEMISPACE.join(parts)))

    def replace_header(self, _name, _value):
        """Replace the first header called _name in place; KeyError if there is none."""
        lower = _name.lower()
        for index, (k, v) in enumerate(self._headers):
            if k.lower() == lower:
                self._headers[index] = (k, _value)
                return
        raise KeyError(lower)

    # -- content type and parameters (RFC 2045 section 5) ------------------------------------------

    def get_content_type(self):
        """'maintype/subtype' in lower case; the default type when missing, text/plain if invalid."""
        value = self.get("content-type", _MISSING)
        if value is _MISSING:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count("/") != 1:
            return "text/plain"
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split("/")[0]

    def get_content_subtype(self):
        return self.get_content_type().split("/")[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    # Python 2.1-era names, still in 2.7.
    def get_type(self, failobj=None):
        value = self.get("content-type", _MISSING)
        if value is _MISSING:
            return failobj
        return _splitparam(value)[0].lower()

    def get_main_type(self, failobj=None):
        ctype = self.get_type(_MISSING)
        return failobj if ctype is _MISSING or ctype.count("/") != 1 else ctype.split("/")[0]

    def get_subtype(self, failobj=None):
        ctype = self.get_type(_MISSING)
        return failobj if ctype is _MISSING or ctype.count("/") != 1 else ctype.split("/")[1]

    def _get_params_preserve(self, failobj, header):
        value = self.get(header, _MISSING)
        if value is _MISSING:
            return failobj
        params = []
        for piece in _parseparam(";" + value):
            if "=" in piece:
                name, val = piece.split("=", 1)
                params.append((name.strip(), val.strip()))
            else:
                params.append((piece.strip(), ""))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header="content-type", unquote=True):
        """[(name, value)] of a header's parameters, the value itself first (e.g. ('text/plain', ''))."""
        params = self._get_params_preserve(_MISSING, header)
        if params is _MISSING:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header="content-type", unquote=True):
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header="Content-Type", requote=True, charset=None, language=""):
        """Set or replace one parameter, keeping the others in their order."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == "content-type":
            ctype = "text/plain"
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = SEMISPACE.join([ctype, _formatparam(param, value, requote)])
        else:
            pieces = []
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                if old_param.lower() == param.lower():
                    pieces.append(_formatparam(param, value, requote))
                else:
                    pieces.append(_formatparam(old_param, old_value, requote))
            ctype = SEMISPACE.join(pieces)
        if ctype != self.get(header):
            del self[header]
            self[header] = ctype

    def del_param(self, param, header="content-type", requote=True):
        if header not in self:
            return
        pieces = [_formatparam(p, v, requote) for p, v in self.get_params(header=header, unquote=requote)
                  if p.lower() != param.lower()]
        new_ctype = SEMISPACE.join(pieces)
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def set_type(self, type, header="Content-Type", requote=True):
        """Change the content type, keeping its parameters."""
        if not type.count("/") == 1:
            raise ValueError
        if header.lower() == "content-type":
            del self["mime-version"]
            self["MIME-Version"] = "1.0"
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        filename = self.get_param("filename", _MISSING, "content-disposition")
        if filename is _MISSING:
            filename = self.get_param("name", _MISSING, "content-type")
        if filename is _MISSING:
            return failobj
        return utils.collapse_rfc2231_value(filename).strip()

    def get_boundary(self, failobj=None):
        boundary = self.get_param("boundary", _MISSING)
        if boundary is _MISSING:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Set the multipart boundary parameter in place (the header keeps its position)."""
        params = self._get_params_preserve(_MISSING, "content-type")
        if params is _MISSING:
            raise errors.HeaderParseError("No Content-Type header found")
        new_params = []
        found = False
        for pk, pv in params:
            if pk.lower() == "boundary":
                new_params.append(("boundary", '"%s"' % boundary))
                found = True
            else:
                new_params.append((pk, pv))
        if not found:
            new_params.append(("boundary", '"%s"' % boundary))
        value = SEMISPACE.join([k if v == "" else "%s=%s" % (k, v) for k, v in new_params])
        self._headers = [(h, value if h.lower() == "content-type" else v) for h, v in self._headers]

    def get_content_charset(self, failobj=None):
        charset = self.get_param("charset", _MISSING)
        if charset is _MISSING:
            return failobj
        if isinstance(charset, tuple):
            pcharset = charset[0] or "us-ascii"
            try:
                charset = unicode(charset[2], pcharset).encode("us-ascii")
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            if isinstance(charset, str):
                charset = unicode(charset, "us-ascii")
            charset = charset.encode("us-ascii")
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def walk(self):
        """This message and every sub-message, depth first."""
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                for part in subpart.walk():
                    yield part
