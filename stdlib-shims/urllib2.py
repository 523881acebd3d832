"""urllib2 for sandboxed scripts: the names exist so old scripts import cleanly, but opening a
network URL raises URLError (network access is disabled in PyCgiRunner). Local files still open.
"""

import urllib
from urllib import (quote, unquote, splittype, splithost, splitport, splituser, splitpasswd,
                    splitattr, splitquery, splitvalue, splittag, unwrap, url2pathname, pathname2url,
                    addinfourl, getproxies, toBytes)

__version__ = "2.7"


class URLError(IOError):
    """IOError subclass carrying .reason (here the sandbox policy)."""

    def __init__(self, reason):
        IOError.__init__(self, reason)
        self.args = (reason,)
        self.reason = reason

    def __str__(self):
        return "<urlopen error %s>" % self.reason


class HTTPError(URLError, addinfourl):
    def __init__(self, url, code, msg, hdrs, fp):
        URLError.__init__(self, msg)
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url

    def __str__(self):
        return "HTTP Error %s: %s" % (self.code, self.msg)


class Request(object):
    """An HTTP request description: url, data, headers."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False):
        self._url = unwrap(toBytes(url))
        self.data = data
        self.headers = {}
        for key, value in headers.items():
            self.add_header(key, value)
        self.unredirected_hdrs = {}
        self.type, rest = splittype(self._url)
        self.host = splithost(rest)[0] if rest else None

    def get_method(self):
        return "POST" if self.data is not None else "GET"

    def add_data(self, data):
        self.data = data

    def has_data(self):
        return self.data is not None

    def get_data(self):
        return self.data

    def get_full_url(self):
        return self._url

    def get_type(self):
        return self.type

    def get_host(self):
        return self.host

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, default)

    def header_items(self):
        return self.headers.items()


class BaseHandler(object):
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent


class HTTPHandler(BaseHandler):
    pass


class HTTPSHandler(BaseHandler):
    pass


class HTTPCookieProcessor(BaseHandler):
    def __init__(self, cookiejar=None):
        self.cookiejar = cookiejar


class ProxyHandler(BaseHandler):
    def __init__(self, proxies=None):
        self.proxies = proxies or {}


class HTTPBasicAuthHandler(BaseHandler):
    def __init__(self, password_mgr=None):
        self.passwd = password_mgr


class HTTPPasswordMgr(object):
    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        self.passwd[(realm, uri)] = (user, passwd)

    def find_user_password(self, realm, authuri):
        return self.passwd.get((realm, authuri), (None, None))


HTTPPasswordMgrWithDefaultRealm = HTTPPasswordMgr


class OpenerDirector(object):
    def __init__(self):
        self.addheaders = [("User-agent", "Python-urllib/%s" % __version__)]
        self.handlers = []

    def add_handler(self, handler):
        self.handlers.append(handler)
        handler.add_parent(self)

    def open(self, fullurl, data=None, timeout=None):
        url = fullurl.get_full_url() if isinstance(fullurl, Request) else fullurl
        if isinstance(fullurl, Request) and data is None:
            data = fullurl.data
        try:
            return urllib.urlopen(url, data)
        except IOError, error:
            if isinstance(error, URLError):
                raise
            raise URLError(urllib.NETWORK_DISABLED if str(error) == urllib.NETWORK_DISABLED else error)


def build_opener(*handlers):
    opener = OpenerDirector()
    for handler in handlers:
        if isinstance(handler, type):
            handler = handler()
        opener.add_handler(handler)
    return opener


_opener = None


def install_opener(opener):
    global _opener
    _opener = opener


def urlopen(url, data=None, timeout=None, cafile=None, capath=None, cadefault=False, context=None):
    """Local files open; any network URL raises URLError (sandbox policy)."""
    opener = _opener or build_opener()
    return opener.open(url, data, timeout)
