# binascii's uu and BinHex functions, quoted-printable, and the buffer arguments every function takes.
import binascii as b
import array


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print '%s: %r' % (type(e).__name__, str(e))

for data in ['', 'a', 'abc', '\x00\x00\x00', 'x' * 45, ''.join(chr(i) for i in range(45))]:
    line = b.b2a_uu(data)
    print repr(line), b.a2b_uu(line) == data
for line in ['', ' ', '!80\n', '#86)C\n', '#86)C', '#86)C  \n', '#86)C``\n', '#86)Cx', '#8\x016)C', '\xff']:
    show(lambda: b.a2b_uu(line))
show(lambda: b.b2a_uu('x' * 46))
everything = ''.join(chr(i) for i in range(256))
for data in ['', 'hello', everything]:
    text = b.b2a_hqx(data)
    print repr(text)[:80], b.a2b_hqx(text + ':') == (data, 1)
for text in ['aa', 'a\na:', 'a a', '', b.b2a_hqx('hello')]:
    show(lambda: b.a2b_hqx(text))
for data in ['aaaaabbb\x90c' + 'd' * 300, 'ab', '\x90', 'x' * 3, 'x' * 4, 'y' * 255, 'y' * 256]:
    packed = b.rlecode_hqx(data)
    print repr(packed)[:60], b.rledecode_hqx(packed) == data
for packed in ['', '\x90\x05', 'a\x90', '\x90', 'a\x90\x00', '\x90\x00\x90\x03']:
    show(lambda: b.rledecode_hqx(packed))
print b.crc_hqx('hello', 0), b.crc_hqx(everything, 0x1234), b.crc32('hello'), b.crc32(everything, 5)
for qp in ['a b \nc\t\n', 'x' * 80, 'x' * 75 + '\xff', '.\n', '.x', 'a\r\nb \r\n', '\x00 \t', 'x ' * 50,
           'line  \r\nmore', '=41', '\xff' * 30, '\xff\r\n\xff\n\xff']:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        print repr(b.b2a_qp(qp, **kw)), b.a2b_qp(b.b2a_qp(qp, **kw)) == qp or kw
for text in ['=', '= ', '==', '=\nAB', '=\r\nAB', '=\rAB', '=\rAB\nCD', '=AB', '=ab', '=AX', '=A', '_']:
    print repr(b.a2b_qp(text)), repr(b.a2b_qp(text, header=True))
for buf in (bytearray('hi'), buffer('hi'), memoryview('hi'), array.array('c', 'hi'), u'hi'):
    print b.hexlify(buf), b.b2a_base64(buf), b.b2a_hqx(buf), b.crc32(buf), repr(b.b2a_uu(buf))
show(lambda: b.rlecode_hqx(1))
show(lambda: b.a2b_hqx(1))
print [f for f in dir(b) if not f.startswith('_')]
