# marshal: CPython 2.7's bytes for every basic type in versions 0, 1 and 2 (interned strings and their
# references, 15-bit long digits, float text and binary floats), round trips, files, and the errors.
import marshal


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print '%s: %s' % (type(e).__name__, e)

values = ['abc', 'a b', '', 'a', u'h\xe9', u'\U0001f600', 1, -1, 2 ** 31, -2 ** 31, 2 ** 31 - 1, -2 ** 31 - 1,
          2 ** 40, -2 ** 40, 2 ** 70, -2 ** 70, 0L, 1L, -1L, 2 ** 15, 2 ** 30, 1.5, 0.1, -0.0, 1e100, 1e-300,
          float('inf'), 1j, 1.5 - 2.5j, (1, 2), [1, [2, (3,)]], {1: 2}, set([1]), frozenset([2]), None, True,
          False, Ellipsis, StopIteration, ('abc', 'abc', 'x y', 'x y'), 2 ** 63 - 1, -2 ** 63, (), [], {},
          ('', ''), bytearray('ab')]
for v in values:
    for version in (0, 1, 2):
        data = marshal.dumps(v, version)
        print version, repr(data), marshal.loads(data) == v
print marshal.version, marshal.loads(marshal.dumps(float('nan'))) != 0
for data in ['0', '', 'z', 's\x05\x00\x00\x00ab', 's\xff\xff\xff\xffab', '(\xff\xff\xff\xff',
             '(\x02\x00\x00\x00i\x01\x00\x00\x000', 'R\x05\x00\x00\x00', 'l\x02\x00\x00\x00\x00\x00\x00\x00',
             'l\x01\x00\x00\x00\x00\x80', '{i\x01\x00\x00\x000', 'i\x01\x00', 'f\x031.5', 'f\x03abc',
             't\x01\x00\x00\x00aR\x00\x00\x00\x00', 'I\x00\x00\x00\x00\x00\x01\x00\x00', 'Ntrailing']:
    show(lambda: marshal.loads(data))
show(lambda: marshal.loads(u'N'))
show(lambda: marshal.loads(bytearray('N')))
show(lambda: marshal.dumps(lambda: 0))
show(lambda: marshal.dumps(object()))


class I(int):
    pass
show(lambda: marshal.dumps(I(1)))
show(lambda: marshal.dumps(1, 'a'))
show(lambda: marshal.dump(1, 'x'))
show(lambda: marshal.load('x'))
nested = []
nested.append(nested)
show(lambda: marshal.dumps(nested))
show(lambda: marshal.loads('[' + '\x01\x00\x00\x00[' * 3000 + '\x00\x00\x00\x00'))
print type(marshal.loads('i\x01\x00\x00\x00')), type(marshal.loads('l\x01\x00\x00\x00\x01\x00'))
f = open('marshal.bin', 'wb')
marshal.dump((1, 'a'), f)
marshal.dump([2.5], f, 1)
f.close()
f = open('marshal.bin', 'rb')
show(lambda: marshal.load(f))
show(lambda: marshal.load(f))
show(lambda: marshal.load(f))
f.close()
