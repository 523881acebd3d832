"""URL quoting and the Python 2.7 urllib helpers, written for PyCgiRunner.

Network access is a sandbox policy of the product: urlopen() and friends raise IOError instead of
connecting. Local files (file: URLs and plain paths) can still be opened, since open() can read them.
"""

import os
import string

from urlparse import urljoin as basejoin

__all__ = ["urlopen", "URLopener", "FancyURLopener", "urlretrieve", "urlcleanup", "quote",
           "quote_plus", "unquote", "unquote_plus", "urlencode", "url2pathname", "pathname2url",
           "splittag", "localhost", "thishost", "ftperrors", "basejoin", "unwrap", "splittype",
           "splithost", "splituser", "splitpasswd", "splitport", "splitnport", "splitquery",
           "splitattr", "splitvalue", "getproxies"]

__version__ = "1.17"

NETWORK_DISABLED = "network access is disabled in PyCgiRunner"

# ---------------------------------------------------------------------------------------------------
# Quoting. RFC 2396 section 2.3 "unreserved" marks are NOT all kept: Python 2.7 keeps only letters, digits
# and "_.-" plus the caller's `safe` characters (default "/"), and quotes "~" (library reference 20.5).

_ALWAYS_SAFE = string.ascii_letters + string.digits + "_.-"

# One table per `safe` string: byte -> its quoted form.
_quote_tables = {}


def _quote_table(safe):
    table = _quote_tables.get(safe)
    if table is None:
        keep = _ALWAYS_SAFE + safe
        table = {}
        for code in range(256):
            ch = chr(code)
            if ch in keep:
                table[ch] = ch
            else:
                table[ch] = "%%%02X" % code
        _quote_tables[safe] = table
    return table


def quote(s, safe="/"):
    """quote('abc def') -> 'abc%20def'. Unicode with non-ASCII characters raises KeyError, as in 2.7."""
    if not s:
        if s is None:
            raise TypeError("None object cannot be quoted")
        return s
    if not s.rstrip(_ALWAYS_SAFE + safe):
        # Nothing to escape: the argument itself comes back (a unicode stays unicode).
        return s
    table = _quote_table(safe)
    # A unicode character outside the table fails the lookup: 2.7 raises KeyError(u'\xe9') here.
    return "".join([table[ch] for ch in s])


def quote_plus(s, safe=""):
    """Like quote(), but spaces become '+' (HTML 4.01 section 17.13.4.1 form encoding)."""
    if " " in s:
        return quote(s, safe + " ").replace(" ", "+")
    return quote(s, safe)


_HEX = "0123456789abcdefABCDEF"


def _unquote_bytes(s):
    pieces = s.split("%")
    out = [pieces[0]]
    for piece in pieces[1:]:
        if len(piece) >= 2 and piece[0] in _HEX and piece[1] in _HEX:
            out.append(chr(int(piece[:2], 16)))
            out.append(piece[2:])
        else:
            # A malformed escape is kept verbatim, '%' included.
            out.append("%")
            out.append(piece)
    return "".join(out)


def unquote(s):
    """unquote('abc%20def') -> 'abc def'. For unicode input each escape becomes one Latin-1 character."""
    if "%" not in s:
        return s
    if isinstance(s, unicode):
        return _unquote_unicode(s)
    return _unquote_bytes(s)


def _unquote_unicode(s):
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "%" and i + 2 < n and s[i + 1] in _HEX and s[i + 2] in _HEX:
            out.append(unichr(int(s[i + 1:i + 3], 16)))
            i += 3
        else:
            out.append(ch)
            i += 1
    return u"".join(out)


def unquote_plus(s):
    """unquote('%7e/abc+def') -> '~/abc def'."""
    return unquote(s.replace("+", " "))


# ---------------------------------------------------------------------------------------------------
# urlencode: HTML 4.01 section 17.13.4.1 application/x-www-form-urlencoded.

def urlencode(query, doseq=0):
    """Encode a mapping or a sequence of pairs as a query string.

    With doseq, a value that is a sequence yields one name=value pair per element.
    """
    pairs = _query_pairs(query)
    out = []
    for key, value in pairs:
        name = quote_plus(str(key))
        if not doseq:
            out.append(name + "=" + quote_plus(str(value)))
        else:
            for item in _doseq_values(value):
                out.append(name + "=" + item)
    return "&".join(out)


def _query_pairs(query):
    if hasattr(query, "items"):
        return query.items()
    try:
        if len(query) and not isinstance(query[0], tuple):
            raise TypeError
    except TypeError:
        raise TypeError("not a valid non-string sequence or mapping object")
    return query


def _doseq_values(value):
    if isinstance(value, str):
        return [quote_plus(value)]
    if isinstance(value, unicode):
        # 2.7 replaces what ASCII cannot hold by '?'.
        return [quote_plus(value.encode("ASCII", "replace"))]
    try:
        len(value)
    except TypeError:
        return [quote_plus(str(value))]
    return [quote_plus(str(item)) for item in value]


# ---------------------------------------------------------------------------------------------------
# File paths (POSIX form: a path is a quoted URL path).

def pathname2url(pathname):
    return quote(pathname)


def url2pathname(pathname):
    return unquote(pathname)


# ---------------------------------------------------------------------------------------------------
# The split* helpers: small parsers that return (part, rest) pairs, None for an absent part.

def toBytes(url):
    """Unicode URLs must be ASCII (RFC 1738 section 2.2)."""
    if isinstance(url, unicode):
        try:
            url = url.encode("ASCII")
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


def unwrap(url):
    """'<URL:type://host/path>' -> 'type://host/path' (RFC 1738 appendix)."""
    url = url.strip()
    if url[:1] == "<" and url[-1:] == ">":
        url = url[1:-1].strip()
    if url[:4] == "URL:":
        url = url[4:].strip()
    return url


def _scheme_prefix(url):
    i = url.find(":")
    if i <= 0:
        return None
    head = url[:i]
    for ch in head:
        if not (ch.isalnum() or ch in "+-."):
            return None
    return head


def splittype(url):
    """'type:opaquestring' -> ('type', 'opaquestring'); the type is lower-cased."""
    head = _scheme_prefix(url)
    if head is None:
        return None, url
    return head.lower(), url[len(head) + 1:]


def splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path')."""
    if url[:2] != "//":
        return None, url
    rest = url[2:]
    end = len(rest)
    for sep in "/?#":
        j = rest.find(sep)
        if 0 <= j < end:
            end = j
    path = rest[end:]
    if path and path[0] != "/":
        path = "/" + path
    return rest[:end], path


def splituser(host):
    """'user[:passwd]@host[:port]' -> ('user[:passwd]', 'host[:port]')."""
    user, sep, rest = host.rpartition("@")
    if not sep:
        return None, host
    return user, rest


def splitpasswd(user):
    """'user:passwd' -> ('user', 'passwd')."""
    name, sep, password = user.partition(":")
    if not sep:
        return user, None
    return name, password


def splitport(host):
    """'host:port' -> ('host', 'port'); a non-numeric port leaves the host whole."""
    name, sep, port = host.rpartition(":")
    if sep and port.isdigit():
        return name, port
    if sep and port == "":
        return name, None
    return host, None


def splitnport(host, defport=-1):
    """'host:port' -> ('host', port as int); an invalid port gives None, a missing one `defport`."""
    name, sep, port = host.rpartition(":")
    if not sep:
        return host, defport
    if not port:
        return name, defport
    try:
        return name, int(port)
    except ValueError:
        return name, None


def splitquery(url):
    """'/path?query' -> ('/path', 'query')."""
    path, sep, query = url.rpartition("?")
    if sep:
        return path, query
    return url, None


def splittag(url):
    """'/path#tag' -> ('/path', 'tag')."""
    path, sep, tag = url.rpartition("#")
    if sep:
        return path, tag
    return url, None


def splitattr(url):
    """'/path;attr1=value1;attr2=value2' -> ('/path', ['attr1=value1', 'attr2=value2'])."""
    words = url.split(";")
    return words[0], words[1:]


def splitvalue(attr):
    """'attr=value' -> ('attr', 'value')."""
    name, sep, value = attr.partition("=")
    if sep:
        return name, value
    return attr, None


# ---------------------------------------------------------------------------------------------------
# Opening URLs. The sandbox forbids the network; local files remain readable.

class ContentTooShortError(IOError):
    def __init__(self, message, content):
        IOError.__init__(self, message)
        self.content = content


class addinfourl(object):
    """The file-like answer of urlopen(): read/readline/readlines plus info(), geturl(), getcode()."""

    def __init__(self, fp, headers, url, code=None):
        self.fp = fp
        self.headers = headers
        self.url = url
        self.code = code
        self.read = fp.read
        self.readline = fp.readline
        self.readlines = fp.readlines

    def __iter__(self):
        return iter(self.fp)

    def close(self):
        self.fp.close()

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.code


def _local_path(url):
    """The file path a URL names when it needs no network, else None."""
    url = unwrap(toBytes(url))
    scheme, rest = splittype(url)
    if scheme is None:
        return url2pathname(url)
    if scheme != "file":
        return None
    host, path = splithost(rest)
    if host and host not in ("localhost", "127.0.0.1"):
        return None
    return url2pathname(path if host is not None else rest)


class URLopener(object):
    version = "Python-urllib/" + __version__

    def __init__(self, proxies=None, **x509):
        self.addheaders = [("User-Agent", self.version)]

    def addheader(self, *args):
        self.addheaders.append(args)

    def open(self, fullurl, data=None):
        path = _local_path(fullurl)
        if path is None or data is not None:
            raise IOError(NETWORK_DISABLED)
        import mimetools
        import mimetypes
        from StringIO import StringIO
        fp = open(path, "rb")
        size = os.fstat(fp.fileno()).st_size if hasattr(fp, "fileno") else None
        ctype = mimetypes.guess_type(path)[0] or "text/plain"
        text = "Content-type: %s\n" % ctype
        if size is not None:
            text += "Content-length: %d\n" % size
        headers = mimetools.Message(StringIO(text + "\n"))
        return addinfourl(fp, headers, fullurl)

    def retrieve(self, url, filename=None, reporthook=None, data=None):
        path = _local_path(url)
        if path is None or data is not None:
            raise IOError(NETWORK_DISABLED)
        if filename is None:
            return path, self.open(url).info()
        src = open(path, "rb")
        try:
            dst = open(filename, "wb")
            try:
                dst.write(src.read())
            finally:
                dst.close()
        finally:
            src.close()
        return filename, self.open(url).info()

    def close(self):
        pass

    cleanup = close


class FancyURLopener(URLopener):
    pass


_opener = None


def urlopen(url, data=None, proxies=None, context=None):
    """Open a local file URL; any network URL raises IOError (sandbox policy)."""
    global _opener
    if _opener is None:
        _opener = FancyURLopener()
    return _opener.open(url, data)


def urlretrieve(url, filename=None, reporthook=None, data=None, context=None):
    global _opener
    if _opener is None:
        _opener = FancyURLopener()
    return _opener.retrieve(url, filename, reporthook, data)


def urlcleanup():
    pass


def getproxies():
    return {}


def localhost():
    return "127.0.0.1"


def thishost():
    return "127.0.0.1"


def ftperrors():
    return (IOError,)
