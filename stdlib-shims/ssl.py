"""ssl for PyCgiRunner (library reference 17.3): the module's names, its error classes and its pure functions,
for scripts and library modules (httplib, urllib2, smtplib, imaplib, poplib, ftplib) that import it.

There is no TLS here: scripts have no network (sandbox policy), so no socket ever connects and nothing could
be wrapped. Contexts can be made and configured, certificate files are checked for existence, and wrapping a
socket gives an SSLSocket whose connect() fails with the socket module's policy error. The OpenSSL version
names say that no TLS library is present.
"""
import base64 as _base64
import calendar as _calendar
import errno as _errno
import re as _re
import time as _time
from collections import namedtuple as _namedtuple

import socket as _socket_module
from socket import socket, _fileobject, _delegate_methods, error as socket_error
from socket import getnameinfo as _getnameinfo, SOL_SOCKET, SO_TYPE, SOCK_STREAM, AF_INET, create_connection

OPENSSL_VERSION = "none (PyCgiRunner: no TLS, network access is disabled by the sandbox policy)"
OPENSSL_VERSION_INFO = (0, 0, 0, 0, 0)
OPENSSL_VERSION_NUMBER = 0L
_OPENSSL_API_VERSION = OPENSSL_VERSION_INFO

CERT_NONE, CERT_OPTIONAL, CERT_REQUIRED = 0, 1, 2
PROTOCOL_SSLv23 = PROTOCOL_TLS = 2
PROTOCOL_TLSv1, PROTOCOL_TLSv1_1, PROTOCOL_TLSv1_2 = 3, 4, 5
_PROTOCOL_NAMES = {PROTOCOL_TLS: "TLS", PROTOCOL_TLSv1: "TLSv1", PROTOCOL_TLSv1_1: "TLSv1.1",
                   PROTOCOL_TLSv1_2: "TLSv1.2"}
_SSLv2_IF_EXISTS = None

OP_ALL = 2147483728
OP_NO_SSLv2, OP_NO_SSLv3, OP_NO_TLSv1, OP_NO_TLSv1_1 = 0, 33554432, 67108864, 268435456
OP_NO_TLSv1_2, OP_NO_TLSv1_3, OP_NO_COMPRESSION = 134217728, 536870912, 131072
OP_CIPHER_SERVER_PREFERENCE, OP_SINGLE_DH_USE, OP_SINGLE_ECDH_USE = 4194304, 0, 0
OP_ENABLE_MIDDLEBOX_COMPAT = 1048576
VERIFY_DEFAULT, VERIFY_CRL_CHECK_LEAF, VERIFY_CRL_CHECK_CHAIN = 0, 4, 12
VERIFY_X509_STRICT, VERIFY_X509_TRUSTED_FIRST = 32, 32768

(SSL_ERROR_SSL, SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE, SSL_ERROR_WANT_X509_LOOKUP, SSL_ERROR_SYSCALL,
 SSL_ERROR_ZERO_RETURN, SSL_ERROR_WANT_CONNECT, SSL_ERROR_EOF) = range(1, 9)
SSL_ERROR_INVALID_ERROR_CODE = 10

# TLS alert numbers (RFC 5246 7.2 and its extensions).
for _name, _value in [
        ("CLOSE_NOTIFY", 0), ("UNEXPECTED_MESSAGE", 10), ("BAD_RECORD_MAC", 20), ("RECORD_OVERFLOW", 22),
        ("DECOMPRESSION_FAILURE", 30), ("HANDSHAKE_FAILURE", 40), ("BAD_CERTIFICATE", 42),
        ("UNSUPPORTED_CERTIFICATE", 43), ("CERTIFICATE_REVOKED", 44), ("CERTIFICATE_EXPIRED", 45),
        ("CERTIFICATE_UNKNOWN", 46), ("ILLEGAL_PARAMETER", 47), ("UNKNOWN_CA", 48), ("ACCESS_DENIED", 49),
        ("DECODE_ERROR", 50), ("DECRYPT_ERROR", 51), ("PROTOCOL_VERSION", 70), ("INSUFFICIENT_SECURITY", 71),
        ("INTERNAL_ERROR", 80), ("USER_CANCELLED", 90), ("NO_RENEGOTIATION", 100),
        ("UNSUPPORTED_EXTENSION", 110), ("CERTIFICATE_UNOBTAINABLE", 111), ("UNRECOGNIZED_NAME", 112),
        ("BAD_CERTIFICATE_STATUS_RESPONSE", 113), ("BAD_CERTIFICATE_HASH_VALUE", 114),
        ("UNKNOWN_PSK_IDENTITY", 115)]:
    globals()["ALERT_DESCRIPTION_" + _name] = _value
del _name, _value

HAS_SNI = HAS_ECDH = HAS_ALPN = HAS_TLS_UNIQUE = HAS_TLSv1_3 = True
HAS_NPN = False
CHANNEL_BINDING_TYPES = ['tls-unique']
_DEFAULT_CIPHERS = 'DEFAULT:!aNULL:!eNULL:!MD5:!3DES:!DES:!RC4:!IDEA:!SEED:!aDSS:!SRP:!PSK'
_RESTRICTED_SERVER_CIPHERS = _DEFAULT_CIPHERS

PEM_HEADER = "-----BEGIN CERTIFICATE-----"
PEM_FOOTER = "-----END CERTIFICATE-----"


class SSLError(socket_error):
    """An error of the TLS layer (a socket.error)."""
    library = None
    reason = None


class SSLZeroReturnError(SSLError):
    pass


class SSLWantReadError(SSLError):
    pass


class SSLWantWriteError(SSLError):
    pass


class SSLSyscallError(SSLError):
    pass


class SSLEOFError(SSLError):
    pass


class CertificateError(ValueError):
    pass


def RAND_status():
    return True


def RAND_add(data, entropy):
    if not isinstance(data, basestring):
        raise TypeError("must be string or buffer, not %s" % type(data).__name__)


def _dnsname_match(pattern, hostname):
    """RFC 6125 6.4.3: at most one wildcard, only in the left-most label, never matching an IDNA label."""
    if not pattern:
        return False
    labels = pattern.split('.')
    first, rest = labels[0], labels[1:]
    if first.count('*') > 1:
        raise CertificateError("too many wildcards in certificate DNS name: " + repr(pattern))
    if '*' not in first:
        return pattern.lower() == hostname.lower()
    host_labels = hostname.split('.')
    if len(host_labels) != len(labels):
        return False
    if [l.lower() for l in host_labels[1:]] != [l.lower() for l in rest]:
        return False
    if first == '*':
        return bool(host_labels[0])
    if first.startswith('xn--') or host_labels[0].startswith('xn--'):
        return first.lower() == host_labels[0].lower()
    prefix, suffix = first.split('*')
    label = host_labels[0].lower()
    return len(label) >= len(prefix) + len(suffix) and label.startswith(prefix.lower()) and \
        label.endswith(suffix.lower())


def _packed_ip(text):
    for family in (_socket_module.AF_INET, _socket_module.AF_INET6):
        try:
            return _socket_module.inet_pton(family, text.strip())
        except (socket_error, ValueError):
            pass
    return None


def match_hostname(cert, hostname):
    """Raises CertificateError unless cert (getpeercert()'s dict) names hostname, following RFC 2818 and 6125:
    subjectAltName DNS and IP entries first, the subject's commonName only when there are no DNS entries."""
    if not cert:
        raise ValueError("empty or no certificate, match_hostname needs a SSL socket or SSL context with "
                         "either CERT_OPTIONAL or CERT_REQUIRED")
    host_ip = _packed_ip(hostname)
    names = []
    for kind, value in cert.get('subjectAltName', ()):
        if kind == 'DNS':
            if host_ip is None and _dnsname_match(value, hostname):
                return
            names.append(value)
        elif kind == 'IP Address':
            if host_ip is not None and _packed_ip(value) == host_ip:
                return
            names.append(value)
    if not names:
        for rdn in cert.get('subject', ()):
            for key, value in rdn:
                if key == 'commonName':
                    if _dnsname_match(value, hostname):
                        return
                    names.append(value)
    if len(names) > 1:
        raise CertificateError("hostname %r doesn't match either of %s" % (hostname, ', '.join(map(repr, names))))
    if len(names) == 1:
        raise CertificateError("hostname %r doesn't match %r" % (hostname, names[0]))
    raise CertificateError("no appropriate commonName or subjectAltName fields were found")


DefaultVerifyPaths = _namedtuple("DefaultVerifyPaths", "cafile capath openssl_cafile_env openssl_cafile "
                                 "openssl_capath_env openssl_capath")


def get_default_verify_paths():
    """No TLS library, so no certificate store: every path is None."""
    return DefaultVerifyPaths(None, None, "SSL_CERT_FILE", None, "SSL_CERT_DIR", None)


class _ASN1Object(_namedtuple("_ASN1Object", "nid shortname longname oid")):
    """An object identifier with its OpenSSL names (only the two purposes are known)."""
    _known = [(129, 'serverAuth', 'TLS Web Server Authentication', '1.3.6.1.5.5.7.3.1'),
              (130, 'clientAuth', 'TLS Web Client Authentication', '1.3.6.1.5.5.7.3.2')]

    def __new__(cls, oid):
        for entry in cls._known:
            if oid == entry[3]:
                return super(_ASN1Object, cls).__new__(cls, *entry)
        raise ValueError("unknown object '%s'" % oid)

    @classmethod
    def fromnid(cls, nid):
        for entry in cls._known:
            if nid == entry[0]:
                return super(_ASN1Object, cls).__new__(cls, *entry)
        raise ValueError("unknown NID %i" % nid)

    @classmethod
    def fromname(cls, name):
        for entry in cls._known:
            if name in entry[1:3]:
                return super(_ASN1Object, cls).__new__(cls, *entry)
        raise ValueError("unknown object '%s'" % name)


class Purpose(_ASN1Object):
    """What a context's certificates are for."""

Purpose.SERVER_AUTH = Purpose('1.3.6.1.5.5.7.3.1')
Purpose.CLIENT_AUTH = Purpose('1.3.6.1.5.5.7.3.2')


def _check_readable(path):
    """Certificate and key files must exist where CPython would read them (the run's platform checks)."""
    if path is not None:
        open(path, 'rb').close()


class SSLContext(object):
    """A TLS configuration: kept as given; sockets wrapped with it never connect (no network)."""

    def __init__(self, protocol=PROTOCOL_TLS):
        if protocol not in _PROTOCOL_NAMES:
            raise ValueError("invalid protocol version")
        self.protocol = protocol
        self.options = OP_ALL | OP_NO_SSLv2 | OP_NO_SSLv3
        self.verify_mode = CERT_NONE
        self.verify_flags = VERIFY_X509_TRUSTED_FIRST
        self._check_hostname = False
        self._ciphers = _DEFAULT_CIPHERS
        self._ca_files = []

    def _get_check_hostname(self):
        return self._check_hostname

    def _set_check_hostname(self, value):
        if value and self.verify_mode == CERT_NONE:
            raise ValueError("check_hostname needs a SSL context with either CERT_OPTIONAL or CERT_REQUIRED")
        self._check_hostname = bool(value)

    check_hostname = property(_get_check_hostname, _set_check_hostname)

    def set_ciphers(self, ciphers):
        self._ciphers = ciphers

    def load_cert_chain(self, certfile, keyfile=None, password=None):
        _check_readable(certfile)
        _check_readable(keyfile)

    def load_verify_locations(self, cafile=None, capath=None, cadata=None):
        if cafile is None and capath is None and cadata is None:
            raise TypeError("cafile, capath and cadata cannot be all omitted")
        _check_readable(cafile)
        self._ca_files.append(cafile or capath or '<cadata>')

    def load_default_certs(self, purpose=Purpose.SERVER_AUTH):
        if not isinstance(purpose, _ASN1Object):
            raise TypeError(purpose)

    def set_default_verify_paths(self):
        pass

    def load_dh_params(self, path):
        _check_readable(path)

    def set_ecdh_curve(self, name):
        pass

    def set_alpn_protocols(self, protocols):
        self._alpn = list(protocols)

    def set_npn_protocols(self, protocols):
        raise NotImplementedError("The NPN extension requires OpenSSL 1.0.1 or later.")

    def set_servername_callback(self, callback):
        if callback is not None and not callable(callback):
            raise TypeError("not a callable object")

    def session_stats(self):
        return dict.fromkeys(['number', 'connect', 'connect_good', 'connect_renegotiate', 'accept', 'accept_good',
                              'accept_renegotiate', 'hits', 'misses', 'timeouts', 'cache_full'], 0)

    def cert_store_stats(self):
        return {'x509': 0, 'crl': 0, 'x509_ca': 0}

    def get_ca_certs(self, binary_form=False):
        return []

    def wrap_socket(self, sock, server_side=False, do_handshake_on_connect=True, suppress_ragged_eofs=True,
                    server_hostname=None):
        return SSLSocket(sock=sock, server_side=server_side, do_handshake_on_connect=do_handshake_on_connect,
                         suppress_ragged_eofs=suppress_ragged_eofs, server_hostname=server_hostname, _context=self)


def create_default_context(purpose=Purpose.SERVER_AUTH, cafile=None, capath=None, cadata=None):
    if not isinstance(purpose, _ASN1Object):
        raise TypeError(purpose)
    context = SSLContext(PROTOCOL_TLS)
    context.options |= OP_NO_COMPRESSION
    if purpose == Purpose.SERVER_AUTH:
        context.verify_mode = CERT_REQUIRED
        context.check_hostname = True
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    return context


def _create_unverified_context(protocol=PROTOCOL_TLS, cert_reqs=None, check_hostname=False,
                               purpose=Purpose.SERVER_AUTH, certfile=None, keyfile=None, cafile=None,
                               capath=None, cadata=None):
    context = SSLContext(protocol)
    context.options |= OP_NO_COMPRESSION
    if cert_reqs is not None:
        context.verify_mode = cert_reqs
    context.check_hostname = check_hostname
    if keyfile and not certfile:
        raise ValueError("certfile must be specified")
    if certfile or keyfile:
        context.load_cert_chain(certfile, keyfile)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    return context

_create_default_https_context = create_default_context
_create_stdlib_context = _create_unverified_context


def _https_verify_certificates(enable=True):
    global _create_default_https_context
    _create_default_https_context = create_default_context if enable else _create_unverified_context


class SSLSocket(socket):
    """A socket with TLS on top. Without a network the socket under it never connects, so there is never a
    handshake: connect() fails with the socket's policy error, and data calls fail as on any socket that is
    not connected."""

    def __init__(self, sock=None, keyfile=None, certfile=None, server_side=False, cert_reqs=CERT_NONE,
                 ssl_version=PROTOCOL_TLS, ca_certs=None, do_handshake_on_connect=True, family=AF_INET,
                 type=SOCK_STREAM, proto=0, fileno=None, suppress_ragged_eofs=True, npn_protocols=None,
                 ciphers=None, server_hostname=None, _context=None):
        if _context is None:
            if server_side and not certfile:
                raise ValueError("certfile must be specified for server-side operations")
            if keyfile and not certfile:
                raise ValueError("certfile must be specified")
            _context = SSLContext(ssl_version)
            _context.verify_mode = cert_reqs
            if ca_certs:
                _context.load_verify_locations(ca_certs)
            if certfile:
                _context.load_cert_chain(certfile, keyfile)
            if ciphers:
                _context.set_ciphers(ciphers)
        if server_side and server_hostname:
            raise ValueError("server_hostname can only be specified in client mode")
        if _context.check_hostname and not server_hostname:
            raise ValueError("check_hostname requires server_hostname")
        if sock is not None:
            socket.__init__(self, _sock=sock._sock)
        else:
            socket.__init__(self, family=family, type=type, proto=proto)
        self._context = _context
        self.server_side = server_side
        self.server_hostname = server_hostname
        self.do_handshake_on_connect = do_handshake_on_connect
        self.suppress_ragged_eofs = suppress_ragged_eofs
        self._makefile_refs = 0

    context = property(lambda self: self._context)

    def _not_connected(self, *args):
        raise socket_error(_errno.ENOTCONN, "Transport endpoint is not connected")

    read = write = do_handshake = unwrap = _not_connected

    def getpeercert(self, binary_form=False):
        self._not_connected()

    def selected_npn_protocol(self):
        return None

    def selected_alpn_protocol(self):
        return None

    def cipher(self):
        return None

    def compression(self):
        return None

    def version(self):
        return None

    def pending(self):
        return 0

    def get_channel_binding(self, cb_type="tls-unique"):
        if cb_type not in CHANNEL_BINDING_TYPES:
            raise ValueError("Unsupported channel binding type")
        return None

    def connect(self, address):
        socket.connect(self, address)

    def connect_ex(self, address):
        return socket.connect_ex(self, address)

    def accept(self):
        native, address = socket.accept(self)
        return self._context.wrap_socket(native, server_side=True), address

    def makefile(self, mode='r', bufsize=-1):
        self._makefile_refs += 1
        return _fileobject(self, mode, bufsize, close=True)


def wrap_socket(sock, keyfile=None, certfile=None, server_side=False, cert_reqs=CERT_NONE,
                ssl_version=PROTOCOL_TLS, ca_certs=None, do_handshake_on_connect=True, suppress_ragged_eofs=True,
                ciphers=None):
    return SSLSocket(sock=sock, keyfile=keyfile, certfile=certfile, server_side=server_side,
                     cert_reqs=cert_reqs, ssl_version=ssl_version, ca_certs=ca_certs,
                     do_handshake_on_connect=do_handshake_on_connect, suppress_ragged_eofs=suppress_ragged_eofs,
                     ciphers=ciphers)


def sslwrap_simple(sock, keyfile=None, certfile=None):
    """The socket.ssl() of Python 2.5: a wrapped socket."""
    return SSLSocket(sock=sock, keyfile=keyfile, certfile=certfile)


def cert_time_to_seconds(cert_time):
    """Seconds since the epoch of a certificate time such as "May  9 00:00:00 2007 GMT"."""
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    try:
        month = months.index(cert_time[:3].title()) + 1
    except ValueError:
        raise ValueError('time data %r does not match format "%%b%%d %%H:%%M:%%S %%Y GMT"' % cert_time)
    parsed = _time.strptime(cert_time[3:], " %d %H:%M:%S %Y GMT")
    return _calendar.timegm((parsed[0], month) + parsed[2:6])


def DER_cert_to_PEM_cert(der_cert_bytes):
    """PEM text (64-character base64 lines between the markers) of a DER certificate."""
    encoded = _base64.standard_b64encode(der_cert_bytes)
    lines = [encoded[i:i + 64] for i in range(0, len(encoded), 64)]
    return PEM_HEADER + "\n" + "\n".join(lines) + "\n" + PEM_FOOTER + "\n"


def PEM_cert_to_DER_cert(pem_cert_string):
    """The DER bytes of a PEM certificate."""
    text = pem_cert_string.strip()
    if not text.startswith(PEM_HEADER):
        raise ValueError("Invalid PEM encoding; must start with %s" % PEM_HEADER)
    if not text.endswith(PEM_FOOTER):
        raise ValueError("Invalid PEM encoding; must end with %s" % PEM_FOOTER)
    return _base64.decodestring(text[len(PEM_HEADER):-len(PEM_FOOTER)])


def get_server_certificate(addr, ssl_version=PROTOCOL_TLS, ca_certs=None):
    """Would fetch a server's certificate: connecting is refused by the policy (socket.error)."""
    create_connection(addr).close()


def get_protocol_name(protocol_code):
    return _PROTOCOL_NAMES.get(protocol_code, '<unknown>')
