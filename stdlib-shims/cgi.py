"""Support module for CGI (Common Gateway Interface) scripts.

PyCgiRunner's own implementation of Python 2.7's ``cgi`` module, written from
the Python 2.7 library reference and checked against CPython 2.7.18's answers
(../../shared/conformance/cgi/). It is plain Python 2 so the engine can run it
like any user module; see the report in the repository for the engine
features it relies on.

Parsing rules implemented here (Python 2.7 library reference, section 20.2):
- GET/HEAD: fields come from QUERY_STRING only; stdin is never read.
- POST/PUT urlencoded: the body (CONTENT_LENGTH bytes, or to EOF when it is
  absent), then the query string, are parsed as one field list.
- multipart/*: query string fields first, then one FieldStorage per part.
- anything else: the body is kept as a file; the object is "not indexable".
"""

import os
import sys

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

__all__ = ["MiniFieldStorage", "FieldStorage", "parse", "parse_qs",
           "parse_qsl", "parse_multipart", "parse_header", "test",
           "print_exception", "print_environ", "print_form",
           "print_directory", "print_arguments", "print_environ_usage",
           "escape"]

# Largest accepted request body; 0 means no limit (library reference 20.2.5).
maxlen = 0

# Parts smaller than this stay in memory; larger ones go to a temporary file,
# as CPython 2.7 does once a part grows past 1000 bytes.
_SPOOL_LIMIT = 1000

# readline() size used while scanning multipart bodies, so one huge line
# without a newline never has to fit in memory at once.
_CHUNK = 1 << 16


# ---------------------------------------------------------------- logging
# The 2.7 module has a tiny optional log; scripts occasionally call log().

logfile = ""
logfp = None


def initlog(*allargs):
    """Open the log file named by cgi.logfile on first use, then log."""
    global logfp, log
    if logfile and not logfp:
        try:
            logfp = open(logfile, "a")
        except IOError:
            pass
    if logfp:
        log = dolog
    else:
        log = nolog
    log(*allargs)


def dolog(fmt, *args):
    """Write one formatted line to the log file."""
    logfp.write(fmt % args + "\n")


def nolog(*allargs):
    """Logging is off: ignore everything."""
    pass


log = initlog


# ---------------------------------------------------------------- helpers

def escape(s, quote=None):
    """Replace &, < and > (and " when quote is true) by HTML entities."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
    return s


def _hexval(c):
    """Value of one hex digit, or -1."""
    if "0" <= c <= "9":
        return ord(c) - 48
    if "a" <= c <= "f":
        return ord(c) - 87
    if "A" <= c <= "F":
        return ord(c) - 55
    return -1


def _unquote(s):
    """Decode %XX escapes; a '%' not followed by two hex digits stays as is
    (conformance case 017)."""
    if "%" not in s:
        return s
    pieces = s.split("%")
    out = [pieces[0]]
    for piece in pieces[1:]:
        if len(piece) >= 2:
            hi = _hexval(piece[0])
            lo = _hexval(piece[1])
            if hi >= 0 and lo >= 0:
                out.append(chr(hi * 16 + lo))
                out.append(piece[2:])
                continue
        out.append("%")
        out.append(piece)
    return "".join(out)


def parse_qsl(qs, keep_blank_values=0, strict_parsing=0, max_num_fields=None):
    """Split a query string into a list of (name, value) pairs.

    Fields are separated by '&' or ';'. A field without '=' or with an empty
    value is dropped unless keep_blank_values; with strict_parsing it is a
    ValueError instead. '+' means space; %XX escapes are decoded."""
    if max_num_fields is not None:
        # CPython 2.7.18 counts separators, not the fields that survive.
        count = 1 + qs.count("&") + qs.count(";")
        if max_num_fields < count:
            raise ValueError("Max number of fields exceeded")
    result = []
    for piece in qs.replace(";", "&").split("&"):
        if not piece and not strict_parsing:
            continue
        eq = piece.find("=")
        if eq < 0:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (piece,))
            if not keep_blank_values:
                continue
            name, value = piece, ""
        else:
            name, value = piece[:eq], piece[eq + 1:]
        if value or keep_blank_values:
            result.append((_unquote(name.replace("+", " ")),
                           _unquote(value.replace("+", " "))))
    return result


def parse_qs(qs, keep_blank_values=0, strict_parsing=0, max_num_fields=None):
    """Parse a query string into a dict mapping each name to a list of values."""
    fields = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 max_num_fields):
        if name in fields:
            fields[name].append(value)
        else:
            fields[name] = [value]
    return fields


def _split_params(line):
    """Split a header value at the ';' that are not inside a quoted string."""
    pieces = []
    start = 0
    quoted = False
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if c == "\\" and quoted and i + 1 < n and line[i + 1] == '"':
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == ";" and not quoted:
            pieces.append(line[start:i].strip())
            start = i + 1
        i += 1
    pieces.append(line[start:].strip())
    return pieces


def parse_header(line):
    """Parse a Content-Type-like header into (main value, parameter dict).

    Parameter names are lower-cased; a value in double quotes loses its quotes
    and its backslash escapes."""
    pieces = _split_params(line)
    key = pieces[0]
    params = {}
    for piece in pieces[1:]:
        eq = piece.find("=")
        if eq < 0:
            continue
        name = piece[:eq].strip().lower()
        value = piece[eq + 1:].strip()
        if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
            value = value[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        params[name] = value
    return key, params


def valid_boundary(s):
    """A multipart boundary is 1 to 201 printable ASCII characters that do
    not end with a space (RFC 2046 section 5.1.1, as CPython checks it)."""
    import re
    return re.match("^[ -~]{0,200}[!-~]$", s)


class _PartHeaders:
    """The header block of one multipart part (RFC 822 style).

    Names are case-insensitive and stored lower-cased; values are stripped;
    folded continuation lines are joined with a newline and a space."""

    def __init__(self, fp=None):
        self.dict = {}
        self.headers = []
        if fp is not None:
            self._read(fp)

    def _read(self, fp):
        last = None
        while 1:
            line = fp.readline()
            if not line:
                break
            if line == "\r\n" or line == "\n":
                break
            if last is not None and line[0] in " \t":
                self.headers.append(line)
                self.dict[last] = (self.dict[last] + "\n " + line.strip()).strip()
                continue
            colon = line.find(":")
            if colon < 0:
                # Not a header: the block ends here (the line is lost, as it
                # is with CPython on an unseekable stdin).
                break
            name = line[:colon].lower()
            if not name:
                continue
            self.headers.append(line)
            self.dict[name] = line[colon + 1:].strip()
            last = name

    def __getitem__(self, name):
        return self.dict[name.lower()]

    def __contains__(self, name):
        return name.lower() in self.dict

    def has_key(self, name):
        return name.lower() in self.dict

    def get(self, name, default=None):
        return self.dict.get(name.lower(), default)

    getheader = get

    def keys(self):
        return self.dict.keys()

    def values(self):
        return self.dict.values()

    def items(self):
        return self.dict.items()

    def __len__(self):
        return len(self.dict)

    def __iter__(self):
        return iter(self.dict)


def parse_multipart(fp, pdict):
    """Parse a multipart/form-data body into {name: [raw value, ...]}.

    File names are lost; only form-data parts with a name are kept."""
    boundary = pdict.get("boundary", "")
    if not valid_boundary(boundary):
        raise ValueError("Invalid boundary in multipart form: %r" % (boundary,))
    nextpart = "--" + boundary
    lastpart = nextpart + "--"
    result = {}
    terminator = ""
    while terminator != lastpart:
        size = -1
        data = None
        headers = None
        if terminator:
            headers = _PartHeaders(fp)
            declared = headers.get("content-length")
            if declared:
                try:
                    size = int(declared)
                except ValueError:
                    pass
            if size > 0:
                if maxlen and size > maxlen:
                    raise ValueError("Maximum content length exceeded")
                data = fp.read(size)
            else:
                data = ""
        lines = []
        while 1:
            line = fp.readline()
            if not line:
                terminator = lastpart
                break
            if line[:2] == "--":
                terminator = line.strip()
                if terminator == nextpart or terminator == lastpart:
                    break
            lines.append(line)
        if data is None:
            continue  # the preamble before the first boundary
        if size < 0 and lines:
            tail = lines[-1]
            if tail[-2:] == "\r\n":
                lines[-1] = tail[:-2]
            elif tail[-1:] == "\n":
                lines[-1] = tail[:-1]
            data = "".join(lines)
        disposition = headers["content-disposition"]
        if not disposition:
            continue
        key, params = parse_header(disposition)
        if key != "form-data" or "name" not in params:
            continue
        name = params["name"]
        if name in result:
            result[name].append(data)
        else:
            result[name] = [data]
    return result


def parse(fp=None, environ=None, keep_blank_values=0, strict_parsing=0):
    """Parse the request's fields into a dict of lists (the pre-FieldStorage
    interface). On a POST the body and the query string are joined and the
    result is written back to environ['QUERY_STRING']."""
    if fp is None:
        fp = sys.stdin
    if environ is None:
        environ = os.environ
    if "REQUEST_METHOD" not in environ:
        environ["REQUEST_METHOD"] = "GET"
    if environ["REQUEST_METHOD"] == "POST":
        ctype, pdict = parse_header(environ["CONTENT_TYPE"])
        if ctype == "multipart/form-data":
            return parse_multipart(fp, pdict)
        if ctype == "application/x-www-form-urlencoded":
            length = int(environ["CONTENT_LENGTH"])
            if maxlen and length > maxlen:
                raise ValueError("Maximum content length exceeded")
            qs = fp.read(length)
        else:
            qs = ""
        extra = None
        if "QUERY_STRING" in environ:
            extra = environ["QUERY_STRING"]
        elif len(sys.argv) > 1:
            extra = sys.argv[1]
        if extra is not None:
            if qs:
                qs = qs + "&"
            qs = qs + extra
        environ["QUERY_STRING"] = qs
    elif "QUERY_STRING" in environ:
        qs = environ["QUERY_STRING"]
    else:
        if len(sys.argv) > 1:
            qs = sys.argv[1]
        else:
            qs = ""
        environ["QUERY_STRING"] = qs
    return parse_qs(qs, keep_blank_values, strict_parsing)


# ---------------------------------------------------------------- classes
# Both classes are old-style, as in Python 2.7: print_form() shows
# repr(type(field)) and CPython prints "<type 'instance'>" (case 087).

class MiniFieldStorage:
    """One field of a urlencoded form (or of a query string)."""

    filename = None
    list = None
    type = None
    file = None
    type_options = {}
    disposition = None
    disposition_options = {}
    headers = {}

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return "MiniFieldStorage(%r, %r)" % (self.name, self.value)


class FieldStorage:
    """The fields of a request, or one part of a multipart body.

    Dictionary-like: form['name'] is a field (or a list of fields when the
    name repeats), getvalue/getfirst/getlist return their values. A part
    has name, filename, type, type_options, disposition,
    disposition_options, headers, length, file and value."""

    FieldStorageClass = None
    bufsize = 8 * 1024

    def __init__(self, fp=None, headers=None, outerboundary="", environ=None,
                 keep_blank_values=0, strict_parsing=0, max_num_fields=None):
        if environ is None:
            environ = os.environ
        method = "GET"
        if "REQUEST_METHOD" in environ:
            method = environ["REQUEST_METHOD"].upper()
        self.keep_blank_values = keep_blank_values
        self.strict_parsing = strict_parsing
        self.max_num_fields = max_num_fields
        self.qs_on_post = None
        if method == "GET" or method == "HEAD":
            # The query string plays the part of the body.
            if "QUERY_STRING" in environ:
                qs = environ["QUERY_STRING"]
            elif len(sys.argv) > 1:
                qs = sys.argv[1]
            else:
                qs = ""
            fp = StringIO(qs)
            if headers is None:
                headers = {"content-type": "application/x-www-form-urlencoded"}
        if headers is None:
            # Top level of a request with a body: headers come from the CGI
            # meta-variables (RFC 3875 section 4.1).
            headers = {}
            if method == "POST":
                headers["content-type"] = "application/x-www-form-urlencoded"
            if "CONTENT_TYPE" in environ:
                headers["content-type"] = environ["CONTENT_TYPE"]
            if "QUERY_STRING" in environ:
                self.qs_on_post = environ["QUERY_STRING"]
            if "CONTENT_LENGTH" in environ:
                headers["content-length"] = environ["CONTENT_LENGTH"]
        if fp is None:
            fp = sys.stdin
        self.fp = fp
        self.headers = headers
        self.outerboundary = outerboundary

        disposition, dparams = "", {}
        if "content-disposition" in headers:
            disposition, dparams = parse_header(headers["content-disposition"])
        self.disposition = disposition
        self.disposition_options = dparams
        self.name = dparams.get("name")
        self.filename = dparams.get("filename")

        if "content-type" in headers:
            ctype, tparams = parse_header(headers["content-type"])
        elif outerboundary or method != "POST":
            ctype, tparams = "text/plain", {}
        else:
            ctype, tparams = "application/x-www-form-urlencoded", {}
        self.type = ctype
        self.type_options = tparams
        self.innerboundary = tparams.get("boundary", "")

        length = -1
        if "content-length" in headers:
            try:
                length = int(headers["content-length"])
            except ValueError:
                pass
            if maxlen and length > maxlen:
                raise ValueError("Maximum content length exceeded")
        self.length = length

        self.list = None
        self.file = None
        self._mem = None
        # 0 = more parts follow, 1 = closing boundary seen, -1 = end of input
        self.done = 0
        # Media types compare case-sensitively, as in CPython (case 025).
        if ctype == "application/x-www-form-urlencoded":
            self.read_urlencoded()
        elif ctype[:10] == "multipart/":
            self.read_multi(environ, keep_blank_values, strict_parsing)
        else:
            self.read_single()

    def __repr__(self):
        return "FieldStorage(%r, %r, %r)" % (self.name, self.filename, self.value)

    def __iter__(self):
        return iter(self.keys())

    def __getattr__(self, name):
        # 'value' is computed: the file's whole content, or the part list.
        if name != "value":
            raise AttributeError(name)
        if self.file:
            self.file.seek(0)
            data = self.file.read()
            self.file.seek(0)
            return data
        if self.list is not None:
            return self.list
        return None

    def _fields(self):
        if self.list is None:
            raise TypeError("not indexable")
        return self.list

    def __getitem__(self, key):
        found = [item for item in self._fields() if item.name == key]
        if not found:
            raise KeyError(key)
        if len(found) == 1:
            return found[0]
        return found

    def getvalue(self, key, default=None):
        """The field's value, a list of values if it repeats, else default."""
        if key not in self:
            return default
        item = self[key]
        if isinstance(item, list):
            return [part.value for part in item]
        return item.value

    def getfirst(self, key, default=None):
        """The first value of the field, else default."""
        if key not in self:
            return default
        item = self[key]
        if isinstance(item, list):
            return item[0].value
        return item.value

    def getlist(self, key):
        """All values of the field as a list (empty when absent)."""
        if key not in self:
            return []
        item = self[key]
        if isinstance(item, list):
            return [part.value for part in item]
        return [item.value]

    def keys(self):
        """The distinct field names, in the order they first appear."""
        names = []
        seen = {}
        for item in self._fields():
            if item.name not in seen:
                seen[item.name] = 1
                names.append(item.name)
        return names

    def has_key(self, key):
        for item in self._fields():
            if item.name == key:
                return True
        return False

    def __contains__(self, key):
        return self.has_key(key)

    def __len__(self):
        return len(self.keys())

    def __nonzero__(self):
        return bool(self.list)

    # ------------------------------------------------------- body readers

    def read_urlencoded(self):
        """Read a urlencoded body (then the query string, on a POST)."""
        if self.length >= 0:
            qs = self.fp.read(self.length)
        else:
            qs = self.fp.read()
        if self.qs_on_post:
            qs = qs + "&" + self.qs_on_post
        self.list = [MiniFieldStorage(name, value) for name, value in
                     parse_qsl(qs, self.keep_blank_values, self.strict_parsing,
                               self.max_num_fields)]
        self.skip_lines()

    def read_multi(self, environ, keep_blank_values, strict_parsing):
        """Read a multipart body: one FieldStorage per part."""
        boundary = self.innerboundary
        if not valid_boundary(boundary):
            raise ValueError("Invalid boundary in multipart form: %r" % (boundary,))
        self.list = []
        if self.qs_on_post:
            for name, value in parse_qsl(self.qs_on_post, self.keep_blank_values,
                                         self.strict_parsing, self.max_num_fields):
                self.list.append(MiniFieldStorage(name, value))
        klass = self.FieldStorageClass or self.__class__
        budget = self.max_num_fields
        # Whatever precedes the first boundary (the preamble) is dropped.
        state = _scan_to_boundary(self.fp, boundary, None)
        while state == 0:
            headers = _PartHeaders(self.fp)
            part = klass(self.fp, headers, boundary, environ,
                         keep_blank_values, strict_parsing, budget)
            if budget is not None:
                budget -= 1
                if part.list:
                    budget -= len(part.list)
                if budget < 0:
                    raise ValueError("Max number of fields exceeded")
            self.list.append(part)
            state = part.done
        self.skip_lines()

    def read_single(self):
        """Read a part (or a body) that is not a form: keep it as a file."""
        if self.length >= 0:
            self.read_binary()
            self.skip_lines()
        else:
            self.read_lines()
        self.file.seek(0)

    def read_binary(self):
        """Copy exactly self.length bytes into a temporary file."""
        self.file = self.make_file("b")
        todo = self.length
        while todo > 0:
            data = self.fp.read(min(todo, self.bufsize))
            if not data:
                self.done = -1
                break
            self.file.write(data)
            todo = todo - len(data)

    def read_lines(self):
        """Read the part's lines (to the next boundary, or to EOF at the top
        level) into memory, moving to a temporary file when it grows."""
        self._mem = StringIO()
        self.file = self._mem
        if self.outerboundary:
            self.done = _scan_to_boundary(self.fp, self.outerboundary, self._spool)
        else:
            self.read_lines_to_eof()

    def read_lines_to_eof(self):
        while 1:
            line = self.fp.readline(_CHUNK)
            if not line:
                self.done = -1
                break
            self._spool(line)

    def read_lines_to_outerboundary(self):
        self.done = _scan_to_boundary(self.fp, self.outerboundary, self._spool)

    def _spool(self, data):
        if self._mem is not None and self._mem.tell() + len(data) > _SPOOL_LIMIT:
            spooled = self.make_file("b")
            spooled.write(self._mem.getvalue())
            self.file = spooled
            self._mem = None
        self.file.write(data)

    def skip_lines(self):
        """Inside a multipart body, skip to the boundary after this part."""
        if not self.outerboundary or self.done:
            return
        self.done = _scan_to_boundary(self.fp, self.outerboundary, None)

    def make_file(self, binary=None):
        """Return a new read/write temporary file for a large part.

        Overridable, as the library reference suggests, e.g. to keep
        uploads in a chosen folder."""
        import tempfile
        return tempfile.TemporaryFile("w+b")


def _scan_to_boundary(fp, boundary, sink):
    """Read lines up to the next "--boundary" line.

    Calls sink(data) with the data before it (unless sink is None). The line
    break just before a boundary belongs to the boundary, not to the data, so
    each line's terminator is held back until the next line shows it is not a
    boundary. A boundary only counts at the start of a line. Returns 0 when
    another part follows, 1 after the closing "--boundary--", -1 at EOF."""
    marker = "--" + boundary
    closing = marker + "--"
    held = ""
    at_line_start = True
    while 1:
        line = fp.readline(_CHUNK)
        if not line:
            return -1
        if held == "\r":
            # A CR that ended the previous chunk: it may start a CRLF.
            line = held + line
            held = ""
        if at_line_start and line[:2] == "--":
            token = line.strip()
            if token == marker:
                return 0
            if token == closing:
                return 1
        previous = held
        if line[-2:] == "\r\n":
            held, line, at_line_start = "\r\n", line[:-2], True
        elif line[-1:] == "\n":
            held, line, at_line_start = "\n", line[:-1], True
        elif line[-1:] == "\r":
            held, line, at_line_start = "\r", line[:-1], False
        else:
            held, at_line_start = "", False
        if sink is not None:
            sink(previous + line)


# ---------------------------------------------------------------- test helpers

def test(environ=None):
    """A CGI script that shows everything it received (for testing a server)."""
    if environ is None:
        environ = os.environ
    global maxlen
    print "Content-type: text/html"
    print
    sys.stderr = sys.stdout
    try:
        form = FieldStorage()
        print_directory()
        print_arguments()
        print_form(form)
        print_environ(environ)
        print_environ_usage()

        def inner():
            exec "testing print_exception() -- <I>italics?</I>"

        def outer(f=inner):
            f()
        print "<H3>What follows is a test, not an actual exception:</H3>"
        outer()
    except:
        print_exception()

    print "<H1>Second try with a small maxlen...</H1>"
    maxlen = 50
    try:
        form = FieldStorage()
        print_directory()
        print_arguments()
        print_form(form)
        print_environ(environ)
    except:
        print_exception()


def print_exception(type=None, value=None, tb=None, limit=None):
    """Print the current (or given) exception as HTML."""
    import traceback
    if type is None:
        type, value, tb = sys.exc_info()
    print
    print "<H3>Traceback (most recent call last):</H3>"
    lines = traceback.format_tb(tb, limit) + \
        traceback.format_exception_only(type, value)
    print "<PRE>%s<B>%s</B></PRE>" % (escape("".join(lines[:-1])),
                                      escape(lines[-1]))
    del tb


def print_environ(environ=None):
    """Print the environment as an HTML definition list, sorted by name."""
    if environ is None:
        environ = os.environ
    names = environ.keys()
    names.sort()
    print
    print "<H3>Shell Environment:</H3>"
    print "<DL>"
    for name in names:
        print "<DT>", escape(name), "<DD>", escape(environ[name])
    print "</DL>"
    print


def print_form(form):
    """Print the form's fields as an HTML definition list."""
    names = form.keys()
    names.sort()
    print
    print "<H3>Form Contents:</H3>"
    if not names:
        print "<P>No form fields."
    print "<DL>"
    for name in names:
        print "<DT>" + escape(name) + ":",
        value = form[name]
        print "<i>" + escape(repr(type(value))) + "</i>"
        print "<DD>" + escape(repr(value))
    print "</DL>"
    print


def print_directory():
    """Print the current working directory."""
    print
    print "<H3>Current Working Directory:</H3>"
    try:
        here = os.getcwd()
    except os.error, msg:
        print "os.error:", escape(str(msg))
    else:
        print escape(here)
    print


def print_arguments():
    """Print sys.argv."""
    print
    print "<H3>Command Line Arguments:</H3>"
    print
    print sys.argv
    print


_USUAL_VARIABLES = ["AUTH_TYPE", "CONTENT_LENGTH", "CONTENT_TYPE", "DATE_GMT",
                    "DATE_LOCAL", "DOCUMENT_NAME", "DOCUMENT_ROOT",
                    "DOCUMENT_URI", "GATEWAY_INTERFACE", "LAST_MODIFIED",
                    "PATH", "PATH_INFO", "PATH_TRANSLATED", "QUERY_STRING",
                    "REMOTE_ADDR", "REMOTE_HOST", "REMOTE_IDENT",
                    "REMOTE_USER", "REQUEST_METHOD", "SCRIPT_NAME",
                    "SERVER_NAME", "SERVER_PORT", "SERVER_PROTOCOL",
                    "SERVER_ROOT", "SERVER_SOFTWARE"]

_USUAL_HEADERS = ["HTTP_ACCEPT", "HTTP_CONNECTION", "HTTP_HOST", "HTTP_PRAGMA",
                  "HTTP_REFERER", "HTTP_USER_AGENT"]


def print_environ_usage():
    """Print the list of CGI variables a script may find useful."""
    print
    print "<H3>These environment variables could have been set:</H3>"
    print "<UL>"
    for name in _USUAL_VARIABLES:
        print "<LI>" + name
    print "</UL>"
    print "In addition, HTTP headers sent by the server may be passed in the"
    print "environment as well.  Here are some common variable names:"
    print "<UL>"
    for name in _USUAL_HEADERS:
        print "<LI>" + name
    print "</UL>"
    print


if __name__ == "__main__":
    test()
