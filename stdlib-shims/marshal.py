# Interim marshal for PyCgiRunner, written here from the library reference (version 2 format): the
# library's pickle.py reads 4-byte ints through marshal.loads('i' + data). Replaced by the native marshal
# module (branch cmods).
import struct as _struct

version = 2


def loads(data):
    value, end = _read(data, 0)
    return value


def _read(data, at):
    code = data[at]
    at += 1
    if code == 'i':
        return _struct.unpack('<i', data[at:at + 4])[0], at + 4
    if code == 'N':
        return None, at
    if code == 'T':
        return True, at
    if code == 'F':
        return False, at
    if code in 'st':
        size = _struct.unpack('<i', data[at:at + 4])[0]
        return data[at + 4:at + 4 + size], at + 4 + size
    if code == 'u':
        size = _struct.unpack('<i', data[at:at + 4])[0]
        return data[at + 4:at + 4 + size].decode('utf-8'), at + 4 + size
    if code == 'g':
        return _struct.unpack('<d', data[at:at + 8])[0], at + 8
    if code in '([':
        count = _struct.unpack('<i', data[at:at + 4])[0]
        at += 4
        items = []
        for _ in range(count):
            item, at = _read(data, at)
            items.append(item)
        return (tuple(items) if code == '(' else items), at
    raise ValueError("bad marshal data (interim marshal reads only basic types)")


def dumps(value, version=2):
    if value is None:
        return 'N'
    if value is True:
        return 'T'
    if value is False:
        return 'F'
    if isinstance(value, int) and -2 ** 31 <= value < 2 ** 31:
        return 'i' + _struct.pack('<i', value)
    if isinstance(value, str):
        return 's' + _struct.pack('<i', len(value)) + value
    if isinstance(value, unicode):
        encoded = value.encode('utf-8')
        return 'u' + _struct.pack('<i', len(encoded)) + encoded
    if isinstance(value, float):
        return 'g' + _struct.pack('<d', value)
    if isinstance(value, (tuple, list)):
        head = '(' if isinstance(value, tuple) else '['
        return head + _struct.pack('<i', len(value)) + ''.join(dumps(v) for v in value)
    raise ValueError("unmarshallable object")


def load(f):
    return loads(f.read())


def dump(value, f, version=2):
    f.write(dumps(value, version))
