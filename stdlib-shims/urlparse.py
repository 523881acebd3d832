"""Parse URLs into components and join relative URLs, as Python 2.7's urlparse does.

The grammar is RFC 1808 / RFC 2396 (scheme://netloc/path;params?query#fragment) with 2.7's choices:
params are only split off for the schemes in `uses_params`, relative joining only for `uses_relative`.
"""

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
           "parse_qs", "parse_qsl"]

# Which schemes take part in which feature (library reference 20.16, the module's public lists).
uses_relative = ["ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms",
                 "prospero", "rtsp", "rtspu", "", "sftp", "svn", "svn+ssh"]
uses_netloc = ["ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https",
               "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "", "svn", "svn+ssh", "sftp",
               "nfs", "git", "git+ssh"]
uses_params = ["ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip",
               "sips", "mms", "", "sftp", "tel"]
non_hierarchical = ["gopher", "hdl", "mailto", "news", "telnet", "wais", "imap", "snews", "sip", "sips"]
uses_query = ["http", "wais", "imap", "https", "shttp", "mms", "gopher", "rtsp", "rtspu", "sip", "sips",
              ""]
uses_fragment = ["ftp", "hdl", "http", "gopher", "news", "nntp", "wais", "https", "shttp", "snews",
                 "file", "prospero", ""]

# RFC 2396 section 3.1: scheme = alpha *( alpha | digit | "+" | "-" | "." )
scheme_chars = ("abcdefghijklmnopqrstuvwxyz"
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                "0123456789"
                "+-.")

MAX_CACHE_SIZE = 20


def clear_cache():
    """Nothing is cached here; kept because 2.7 code may call it."""


# ---------------------------------------------------------------------------------------------------
# Result types: tuples with named fields, a geturl() that rebuilds the URL, and the netloc parts.

class _NetlocMixin(object):
    """username/password/hostname/port derived from netloc = [userinfo@]host[:port] (RFC 3986 section 3.2)."""

    def _userinfo(self):
        netloc = self.netloc
        if "@" not in netloc:
            return None
        return netloc.rsplit("@", 1)[0]

    @property
    def username(self):
        info = self._userinfo()
        if info is None:
            return None
        return info.split(":", 1)[0]

    @property
    def password(self):
        info = self._userinfo()
        if info is None or ":" not in info:
            return None
        return info.split(":", 1)[1]

    @property
    def hostname(self):
        host = self.netloc.split("@")[-1]
        if "[" in host and "]" in host:
            # RFC 2732: an IPv6 literal is bracketed; the port follows the closing bracket.
            return host.split("]")[0][1:].lower()
        if ":" in host:
            return host.split(":")[0].lower()
        if host == "":
            return None
        return host.lower()

    @property
    def port(self):
        host = self.netloc.split("@")[-1].split("]")[-1]
        if ":" not in host:
            return None
        text = host.split(":")[1]
        if not text:
            return None
        number = int(text, 10)
        if 0 <= number <= 65535:
            return number
        return None


class _ResultBase(tuple, _NetlocMixin):
    """A tuple with named fields, like collections.namedtuple builds (written out: no class factory)."""

    _fields = ()

    def __new__(cls, *args, **kwargs):
        values = list(args)
        for field in cls._fields[len(values):]:
            if field in kwargs:
                values.append(kwargs.pop(field))
        if kwargs or len(values) != len(cls._fields):
            raise TypeError("__new__() takes exactly %d arguments (%d given)"
                            % (len(cls._fields) + 1, len(args) + len(kwargs) + 1))
        return tuple.__new__(cls, values)

    def __repr__(self):
        parts = ["%s=%r" % (field, value) for field, value in zip(self._fields, self)]
        return "%s(%s)" % (self.__class__.__name__, ", ".join(parts))

    def _replace(self, **changes):
        values = [changes.pop(field, value) for field, value in zip(self._fields, self)]
        if changes:
            raise ValueError("Got unexpected field names: %r" % changes.keys())
        return self.__class__(*values)

    def _asdict(self):
        from collections import OrderedDict
        return OrderedDict(zip(self._fields, self))

    @classmethod
    def _make(cls, iterable):
        return cls(*tuple(iterable))

    def __getnewargs__(self):
        return tuple(self)

    scheme = property(lambda self: tuple.__getitem__(self, 0))
    netloc = property(lambda self: tuple.__getitem__(self, 1))
    path = property(lambda self: tuple.__getitem__(self, 2))


class SplitResult(_ResultBase):
    """SplitResult(scheme, netloc, path, query, fragment)"""

    _fields = ("scheme", "netloc", "path", "query", "fragment")
    query = property(lambda self: tuple.__getitem__(self, 3))
    fragment = property(lambda self: tuple.__getitem__(self, 4))

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ResultBase):
    """ParseResult(scheme, netloc, path, params, query, fragment)"""

    _fields = ("scheme", "netloc", "path", "params", "query", "fragment")
    params = property(lambda self: tuple.__getitem__(self, 3))
    query = property(lambda self: tuple.__getitem__(self, 4))
    fragment = property(lambda self: tuple.__getitem__(self, 5))

    def geturl(self):
        return urlunparse(self)


# ---------------------------------------------------------------------------------------------------
# Splitting.

def _split_scheme(url):
    """Return (scheme, rest); a 'scheme' followed by only digits is a host:port, not a scheme."""
    i = url.find(":")
    if i <= 0:
        return "", url
    head = url[:i]
    for ch in head:
        if ch not in scheme_chars:
            return "", url
    rest = url[i + 1:]
    if rest and rest.isdigit():
        # "path:80" stays a path (2.7 treats it like a port number).
        return "", url
    return head.lower(), rest


def _split_netloc(url):
    """'//netloc/rest' -> (netloc, '/rest'); netloc ends at the first '/', '?' or '#'."""
    end = len(url)
    for sep in "/?#":
        j = url.find(sep, 2)
        if 0 <= j < end:
            end = j
    return url[2:end], url[end:]


def urlsplit(url, scheme="", allow_fragments=True):
    """scheme://netloc/path?query#fragment -> SplitResult (five parts, params stay in path)."""
    found, url = _split_scheme(url)
    if found:
        scheme = found
    netloc = query = fragment = ""
    if url[:2] == "//":
        netloc, url = _split_netloc(url)
        if ("[" in netloc) != ("]" in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(path):
    """The ';params' belong to the last path segment (RFC 1808 section 2.1)."""
    if "/" in path:
        i = path.find(";", path.rfind("/"))
        if i < 0:
            return path, ""
    else:
        i = path.find(";")
    return path[:i], path[i + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    """scheme://netloc/path;params?query#fragment -> ParseResult (six parts)."""
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ""
    if scheme in uses_params and ";" in path:
        path, params = _split_params(path)
    return ParseResult(scheme, netloc, path, params, query, fragment)


def urlunsplit(data):
    """Inverse of urlsplit; may give an equivalent URL rather than the identical string."""
    scheme, netloc, path, query, fragment = data
    if netloc or (scheme and scheme in uses_netloc and path[:2] != "//"):
        if path and path[:1] != "/":
            path = "/" + path
        path = "//" + (netloc or "") + path
    if scheme:
        path = scheme + ":" + path
    if query:
        path = path + "?" + query
    if fragment:
        path = path + "#" + fragment
    return path


def urlunparse(data):
    """Inverse of urlparse."""
    scheme, netloc, path, params, query, fragment = data
    if params:
        path = "%s;%s" % (path, params)
    return urlunsplit((scheme, netloc, path, query, fragment))


# ---------------------------------------------------------------------------------------------------
# Joining (RFC 1808 section 4, with Python 2.7's handling of "." and ".." segments).

def _merge_segments(base_path, rel_path):
    """Append rel_path to the directory of base_path and fold '.' and 'x/..' segments."""
    segments = base_path.split("/")[:-1] + rel_path.split("/")
    if segments[-1] == ".":
        segments[-1] = ""
    segments = [seg for seg in segments if seg != "."]
    # Fold "name/.." pairs from the left until none remains; a leading "" or ".." never folds.
    folded = True
    while folded:
        folded = False
        for i in range(1, len(segments) - 1):
            if segments[i] == ".." and segments[i - 1] not in ("", ".."):
                del segments[i - 1:i + 1]
                folded = True
                break
    if segments == ["", ".."]:
        segments[-1] = ""
    elif len(segments) >= 2 and segments[-1] == "..":
        segments[-2:] = [""]
    return "/".join(segments)


def urljoin(base, url, allow_fragments=True):
    """Resolve `url` against the absolute `base` URL."""
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if path[:1] == "/":
        return urlunparse((scheme, netloc, path, params, query, fragment))
    if not path and not params:
        # Only a query and/or fragment: keep the base document.
        return urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment))
    return urlunparse((scheme, netloc, _merge_segments(bpath, path), params, query, fragment))


def urldefrag(url):
    """'http://h/p#frag' -> ('http://h/p', 'frag'); without '#', (url, '')."""
    if "#" not in url:
        return url, ""
    scheme, netloc, path, params, query, fragment = urlparse(url)
    return urlunparse((scheme, netloc, path, params, query, "")), fragment


# ---------------------------------------------------------------------------------------------------
# Query strings (HTML 4.01 section 17.13.4.1); '&' and ';' both separate fields, as in 2.7.

_HEX = "0123456789abcdefABCDEF"


def unquote(s):
    """'%7e' -> '~'; a malformed escape is kept verbatim."""
    pieces = s.split("%")
    if len(pieces) == 1:
        return s
    out = [pieces[0]]
    for piece in pieces[1:]:
        if len(piece) >= 2 and piece[0] in _HEX and piece[1] in _HEX:
            out.append(unichr(int(piece[:2], 16)) if isinstance(s, unicode) else chr(int(piece[:2], 16)))
            out.append(piece[2:])
        else:
            out.append("%" + piece)
    return "".join(out)


def parse_qsl(qs, keep_blank_values=0, strict_parsing=0, max_num_fields=None):
    """'a=1&b=2' -> [('a', '1'), ('b', '2')]; blank values dropped unless keep_blank_values."""
    if max_num_fields is not None:
        count = 1 + qs.count("&") + qs.count(";")
        if max_num_fields < count:
            raise ValueError("Max number of fields exceeded")
    result = []
    for field in [part for chunk in qs.split("&") for part in chunk.split(";")]:
        if not field and not strict_parsing:
            continue
        pair = field.split("=", 1)
        if len(pair) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            pair.append("")
        if pair[1] or keep_blank_values:
            result.append((unquote(pair[0].replace("+", " ")), unquote(pair[1].replace("+", " "))))
    return result


def parse_qs(qs, keep_blank_values=0, strict_parsing=0, max_num_fields=None):
    """'a=1&a=2' -> {'a': ['1', '2']}."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, max_num_fields):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
