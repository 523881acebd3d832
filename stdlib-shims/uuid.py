"""Python 2.7 `uuid` module, written for PyCgiRunner: the UUID class and
uuid3/uuid4/uuid5 (random ones from os.urandom).  uuid1 needs the machine's
hardware address and a clock sequence, which the sandbox does not expose: it
builds a version-1 UUID from the time and a random node instead, as 2.7 does
when no hardware address can be found."""

import os

__all__ = ['UUID', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'NAMESPACE_DNS',
           'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']


def _bytes_to_int(data):
    n = 0L
    for ch in data:
        n = (n << 8) | ord(ch)
    return n


class UUID(object):

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError('need one of hex, bytes, bytes_le, fields, or int')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = long(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = (bytes_le[3] + bytes_le[2] + bytes_le[1] + bytes_le[0] +
                     bytes_le[5] + bytes_le[4] + bytes_le[7] + bytes_le[6] +
                     bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _bytes_to_int(bytes)
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            (time_low, time_mid, time_hi_version, clock_seq_hi_variant,
             clock_seq_low, node) = fields
            limits = [(time_low, 32, 'time_low'), (time_mid, 16, 'time_mid'),
                      (time_hi_version, 16, 'time_hi_version'),
                      (clock_seq_hi_variant, 8, 'clock_seq_hi_variant'),
                      (clock_seq_low, 8, 'clock_seq_low'), (node, 48, 'node')]
            for value, bits, name in limits:
                if not 0 <= value < 1L << bits:
                    raise ValueError('field %d out of range (need a %d-bit '
                                     'value)' % (limits.index(
                                         (value, bits, name)) + 1, bits))
            clock_seq = (clock_seq_hi_variant << 8L) | clock_seq_low
            int = ((time_low << 96L) | (time_mid << 80L) |
                   (time_hi_version << 64L) | (clock_seq << 48L) | node)
        if int is not None and not 0 <= int < 1 << 128L:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            int &= ~(0xc000 << 48L)
            int |= 0x8000 << 48L
            int &= ~(0xf000 << 64L)
            int |= version << 76L
        self.__dict__['int'] = int

    def __cmp__(self, other):
        if isinstance(other, UUID):
            return cmp(self.int, other.int)
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return 'UUID(%r)' % str(self)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        hex = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (hex[:8], hex[8:12], hex[12:16], hex[16:20],
                                   hex[20:])

    @property
    def bytes(self):
        out = []
        n = self.int
        for i in range(16):
            out.insert(0, chr(int(n & 0xff)))
            n >>= 8
        return ''.join(out)

    @property
    def bytes_le(self):
        b = self.bytes
        return (b[3] + b[2] + b[1] + b[0] + b[5] + b[4] + b[7] + b[6] + b[8:])

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96L

    @property
    def time_mid(self):
        return (self.int >> 80L) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64L) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56L) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48L) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fffL) << 48L) |
                (self.time_mid << 32L) | self.time_low)

    @property
    def clock_seq(self):
        return (((self.clock_seq_hi_variant & 0x3fL) << 8L) |
                self.clock_seq_low)

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48L):
            return RESERVED_NCS
        elif not self.int & (0x4000 << 48L):
            return RFC_4122
        elif not self.int & (0x2000 << 48L):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return int((self.int >> 76L) & 0xf)


def uuid4():
    return UUID(bytes=os.urandom(16), version=4)


def uuid3(namespace, name):
    from hashlib import md5
    digest = md5(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid5(namespace, name):
    from hashlib import sha1
    digest = sha1(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=5)

_last_timestamp = [None]


def uuid1(node=None, clock_seq=None):
    import time
    nanoseconds = int(time.time() * 1e9)
    timestamp = int(nanoseconds // 100) + 0x01b21dd213814000L
    if _last_timestamp[0] is not None and timestamp <= _last_timestamp[0]:
        timestamp = _last_timestamp[0] + 1
    _last_timestamp[0] = timestamp
    if clock_seq is None:
        clock_seq = _bytes_to_int(os.urandom(2)) & 0x3fff
    if node is None:
        node = _bytes_to_int(os.urandom(6)) | 0x010000000000
    time_low = timestamp & 0xffffffffL
    time_mid = (timestamp >> 32L) & 0xffffL
    time_hi_version = (timestamp >> 48L) & 0x0fffL
    clock_seq_low = clock_seq & 0xffL
    clock_seq_hi_variant = (clock_seq >> 8L) & 0x3fL
    return UUID(fields=(time_low, time_mid, time_hi_version,
                        clock_seq_hi_variant, clock_seq_low, node), version=1)

NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
