# strop (what string.py takes from it), future_builtins and the _struct module struct.py re-exports.
import strop
import future_builtins as fb
import _struct
import struct


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print '%s: %s' % (type(e).__name__, e)

print repr(strop.lowercase), repr(strop.uppercase), repr(strop.whitespace)
table = strop.maketrans('ab', 'xy')
print len(table), repr(table[95:100]), repr(strop.maketrans('', '')[:5]), 'abc'.translate(table)
show(lambda: strop.maketrans('a', 'xy'))
show(lambda: strop.maketrans(1, 2))
show(lambda: strop.maketrans('a'))
print repr(strop.maketrans(u'a', u'b')[97]), repr(strop.maketrans('\xff', '\x00')[255])
print sorted(x for x in dir(fb) if not x.startswith('_'))
for v in [0, 8, -8, 255, 2 ** 70, -2 ** 70, 0L, True]:
    print fb.hex(v), fb.oct(v)
print fb.ascii(u'\xe9'), list(fb.map(None, [1, 2], [3])), list(fb.filter(None, [0, 1, 2])), list(fb.zip('ab', 'cde'))


class Index(object):
    def __index__(self):
        return 10
    def __hex__(self):
        return 'HEX'
print fb.hex(Index()), fb.oct(Index()), hex(Index())
show(lambda: fb.hex(1.5))
show(lambda: fb.oct('a'))
show(lambda: fb.hex())
print _struct.Struct is struct.Struct, _struct.error is struct.error, _struct._clearcache()
print _struct.pack('<hI', 1, 2) == struct.pack('<hI', 1, 2), _struct.unpack('>H', '\x01\x02'), _struct.calcsize('@iq')
s = _struct.Struct('<2h')
print s.size, s.format, s.unpack(s.pack(3, -4)), type(s).__name__
print sorted(x for x in dir(_struct) if x[0] != '_' or x == '_clearcache')
