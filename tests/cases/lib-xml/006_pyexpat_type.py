# The xmlparser type: no direct instantiation, unknown attributes, argument checks of Parse and ParserCreate.
import pyexpat
try:
    pyexpat.XMLParserType()
except Exception as e:
    print type(e).__name__, e
p = pyexpat.ParserCreate()
try:
    p.foo = 1
except AttributeError as e:
    print 'AE', e
try:
    p.buffer_size = 2.0
except TypeError as e:
    print 'TE', e
print sorted(n for n in dir(p) if not n.startswith('__'))
print type(p).__name__, repr(type(p))
try:
    p.Parse()
except TypeError as e:
    print 'TE', e
try:
    p.Parse('<a/>', 1, 2)
except TypeError as e:
    print 'TE', e
print p.Parse(u'<a/>', True)
try:
    pyexpat.ParserCreate(foo=1)
except TypeError as e:
    print 'TE', e
