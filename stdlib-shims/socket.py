"""socket for PyCgiRunner (library reference 17.2), written over the native _socket module.

Scripts run in-process under a sandbox policy that gives them no network: sockets can be made, configured and
closed, names the machine knows itself resolve, but connect() fails as on a machine without any route
(errno ENETUNREACH) and bind()/listen() are refused (errno EACCES), with an error text naming the policy.
This module adds what the library's socket module adds in Python: the socket class that wraps the native
object, the buffered file object that makefile() returns (httplib and urllib2 also wrap their own readable
objects in it), create_connection and getfqdn.
"""
import _socket
from _socket import *
import os as _os
import errno as _errno
from errno import EBADF, EINTR

__all__ = ["getfqdn", "create_connection"] + [_n for _n in dir(_socket) if not _n.startswith('_')]
del _n

_realsocket = _socket.socket

# The operations a socket object passes on to its native socket, as the library's module names them.
_socketmethods = ('bind', 'connect', 'connect_ex', 'fileno', 'listen', 'getpeername', 'getsockname',
                  'getsockopt', 'setsockopt', 'sendall', 'setblocking', 'settimeout', 'gettimeout', 'shutdown')
_delegate_methods = ('recv', 'recvfrom', 'recv_into', 'recvfrom_into', 'send', 'sendto')


class _closedsocket(object):
    """What a socket object holds once closed: reaching any operation fails as on a closed descriptor."""
    __slots__ = ()

    def __getattr__(self, name):
        raise error(EBADF, 'Bad file descriptor')


def _passes_on(name):
    native = getattr(_realsocket, name)

    def method(self, *args):
        return getattr(self._sock, name)(*args)
    method.__name__ = name
    method.__doc__ = native.__doc__
    return method


class _socketobject(object):
    __doc__ = _realsocket.__doc__
    __slots__ = ['_sock', '__weakref__']

    def __init__(self, family=AF_INET, type=SOCK_STREAM, proto=0, _sock=None):
        self._sock = _sock if _sock is not None else _realsocket(family, type, proto)

    def close(self):
        """Closes this socket object; a file made by makefile() keeps the connection it shares."""
        self._sock = _closedsocket()

    def accept(self):
        native, address = self._sock.accept()
        return _socketobject(_sock=native), address

    def dup(self):
        """A second socket object on the same native socket."""
        return _socketobject(_sock=self._sock)

    def makefile(self, mode='r', bufsize=-1):
        """A file object reading from and writing to this socket."""
        return _fileobject(self._sock, mode, bufsize)

    family = property(lambda self: self._sock.family, doc="the socket family")
    type = property(lambda self: self._sock.type, doc="the socket type")
    proto = property(lambda self: self._sock.proto, doc="the socket protocol")

for _name in _socketmethods + _delegate_methods:
    setattr(_socketobject, _name, _passes_on(_name))
del _name

socket = SocketType = _socketobject


class _fileobject(object):
    """A buffered file over an object with recv() and sendall() (a socket, or httplib's response).

    bufsize < 0 means the default buffer; 0 means unbuffered (lines are read a byte at a time so that nothing
    past the line is taken from the socket, and every write is sent at once); 1 means writes are sent at each
    newline.
    """
    default_bufsize = 8192
    name = "<socket>"

    __slots__ = ["mode", "bufsize", "softspace", "_sock", "_rbufsize", "_wbufsize", "_rbuf", "_wbuf",
                 "_wbuf_len", "_close"]

    def __init__(self, sock, mode='rb', bufsize=-1, close=False):
        self._sock = sock
        self.mode = mode
        if bufsize < 0:
            bufsize = self.default_bufsize
        self.bufsize = bufsize
        self.softspace = False
        self._rbufsize = 1 if bufsize == 0 else (self.default_bufsize if bufsize == 1 else bufsize)
        self._wbufsize = bufsize
        self._rbuf = ""
        self._wbuf = []
        self._wbuf_len = 0
        self._close = close

    @property
    def closed(self):
        return self._sock is None

    def close(self):
        try:
            if self._sock is not None:
                self.flush()
        finally:
            if self._close and self._sock is not None:
                self._sock.close()
            self._sock = None

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def fileno(self):
        return self._sock.fileno()

    def flush(self):
        if not self._wbuf:
            return
        pending = "".join(self._wbuf)
        self._wbuf = []
        self._wbuf_len = 0
        self._sock.sendall(pending)

    def write(self, data):
        data = str(data)
        if not data:
            return
        self._wbuf.append(data)
        self._wbuf_len += len(data)
        if self._wbufsize == 0 or (self._wbufsize == 1 and '\n' in data) or \
                (self._wbufsize > 1 and self._wbuf_len >= self._wbufsize):
            self.flush()

    def writelines(self, lines):
        for line in lines:
            if line:
                self._wbuf.append(line)
                self._wbuf_len += len(line)
        if self._wbufsize <= 1 or self._wbuf_len >= self._wbufsize:
            self.flush()

    def _receive(self, n):
        """One recv() of at most n bytes, retried when a signal interrupted it."""
        while True:
            try:
                return self._sock.recv(n)
            except error, e:
                if e.args and e.args[0] == EINTR:
                    continue
                raise

    def read(self, size=-1):
        chunks = [self._rbuf] if self._rbuf else []
        have = len(self._rbuf)
        self._rbuf = ""
        while size < 0 or have < size:
            # A sized read asks only for what is missing; an unsized one reads buffer by buffer.
            want = size - have if size >= 0 else (self._rbufsize if self._rbufsize > 1 else self.default_bufsize)
            data = self._receive(want)
            if not data:
                break
            chunks.append(data)
            have += len(data)
        data = "".join(chunks)
        if size >= 0 and len(data) > size:
            data, self._rbuf = data[:size], data[size:]
        return data

    def readline(self, size=-1):
        if size == 0:
            return ""
        line = self._rbuf
        self._rbuf = ""
        if self._rbufsize == 1 and not line:
            # Unbuffered: never take a byte past the end of the line.
            chars = []
            while size < 0 or len(chars) < size:
                c = self._receive(1)
                if not c:
                    break
                chars.append(c)
                if c == "\n":
                    break
            return "".join(chars)
        while True:
            end = line.find("\n")
            if end >= 0 and (size < 0 or end < size):
                self._rbuf = line[end + 1:]
                return line[:end + 1]
            if size >= 0 and len(line) >= size:
                self._rbuf = line[size:]
                return line[:size]
            data = self._receive(self._rbufsize)
            if not data:
                return line
            line += data

    def readlines(self, sizehint=0):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if sizehint and total >= sizehint:
                break
        return lines

    def __iter__(self):
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


# The marker for "no timeout was given" (create_connection, httplib, urllib2), distinct from None (blocking).
_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    """Connects to (host, port), trying each address the host resolves to, and returns the socket.

    The last connection error is raised when no address works; a timeout other than the default marker is
    set on the socket first, and source_address, when given, is bound before connecting.
    """
    host, port = address
    last = None
    for family, kind, protocol, _, sockaddr in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, protocol)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except error, e:
            last = e
            if sock is not None:
                sock.close()
    if last is not None:
        raise last
    raise error("getaddrinfo returns an empty list")


def getfqdn(name=''):
    """The fully qualified name of a host (this machine's when name is empty): the first of its names that
    contains a dot, else its main name; a name nothing is known about is returned as given."""
    name = name.strip()
    if not name or name == '0.0.0.0':
        name = gethostname()
    try:
        main, aliases, _ = gethostbyaddr(name)
    except error:
        return name
    for candidate in [main] + aliases:
        if '.' in candidate:
            return candidate
    return main
