# The pyexpat API around parsing: external entities through ExternalEntityParserCreate (general entities,
# the external DTD subset, parameter entities, UseForeignDTD), handler exceptions, GetInputContext, argument
# checks, attributes of the parser, buffer sizes, content models and positions between Parse calls.
import pyexpat
from pyexpat import ParserCreate, ExpatError
out = []
def log(*a): out.append(a)

# 1. external general entity through a child parser
def run_ext(doc, ent, ns=None, pe=0, foreign=False):
    p = ParserCreate(namespace_separator=ns)
    p.SetBase('http://base/')
    if pe: print 'SetPE', p.SetParamEntityParsing(pe)
    if foreign: p.UseForeignDTD(True)
    def ext(context, base, sysid, pubid):
        # expat lists the context's parts in hash-table order: sorted here.
        log('ext', context and sorted(context.split('\f')), base, sysid, pubid, p.GetBase())
        c = p.ExternalEntityParserCreate(context)
        log('child', c.GetBase(), c.buffer_text, c.ordered_attributes)
        data = ent.get(sysid)
        if data is None: return 0
        try:
            c.Parse(data, 1)
        except ExpatError as e:
            log('childerr', str(e), e.code)
            return 0
        return 1
    p.ExternalEntityRefHandler = ext
    p.StartElementHandler = lambda n, a: log('start', n, sorted(a.items()), p.CurrentLineNumber, p.CurrentColumnNumber)
    p.EndElementHandler = lambda n: log('end', n)
    p.CharacterDataHandler = lambda d: log('data', d)
    p.EntityDeclHandler = lambda *a: log('entdecl', a)
    p.SkippedEntityHandler = lambda *a: log('skipped', a)
    p.StartNamespaceDeclHandler = lambda *a: log('ns', a)
    p.NotStandaloneHandler = lambda: (log('notstandalone'), 1)[1]
    p.AttlistDeclHandler = lambda *a: log('attlist', a)
    p.ElementDeclHandler = lambda *a: log('eldecl', a)
    p.XmlDeclHandler = lambda *a: log('xmldecl', a)
    try:
        p.Parse(doc, 1)
        log('OK')
    except ExpatError as e:
        log('ERR', str(e), e.code)
    except Exception as e:
        log('EXC', type(e).__name__, str(e))
    for o in out: print o
    del out[:]
    print '--'

run_ext('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', {'e.xml': '<b>text</b><c/>tail'})
run_ext('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', {'e.xml': '<?xml version="1.0" encoding="utf-8"?><b/>'})
run_ext('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', {'e.xml': '<?xml encoding="utf-8"?><b/>'})
run_ext('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', {'e.xml': '<?xml version="1.0"?><b/>'})
run_ext('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', {'e.xml': '<b>'})
run_ext('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', {'e.xml': '</b>'})
run_ext('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', {})
run_ext('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml"><!ENTITY i "int">]><a>&e;</a>', {'e.xml': 'x&i;y&e;'})
run_ext('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a xmlns="d" xmlns:p="pp">&e;</a>', {'e.xml': '<p:b/><c/>'}, ns=' ')
run_ext('<!DOCTYPE a SYSTEM "a.dtd"><a>&e;</a>', {'a.dtd': '<!ENTITY e "from dtd"><!ATTLIST a x CDATA "dx"><!ELEMENT a ANY>'}, pe=2)
run_ext('<!DOCTYPE a SYSTEM "a.dtd"><a>&e;</a>', {'a.dtd': '<?xml version="1.0" encoding="utf-8"?><!ENTITY e "v">'}, pe=2)
run_ext('<!DOCTYPE a SYSTEM "a.dtd"><a>&e;</a>', {'a.dtd': '<!ENTITY % p "<!ENTITY e \'pv\'>">%p;<![INCLUDE[<!ENTITY f "x">]]><![IGNORE[<!ENTITY e "no">]]>'}, pe=2)
run_ext('<!DOCTYPE a SYSTEM "a.dtd"><a>&e;</a>', {'a.dtd': '<!ENTITY e "v"'}, pe=2)
run_ext('<!DOCTYPE a SYSTEM "a.dtd"><a>&e;</a>', {'a.dtd': '<!ENTITY e "v">'}, pe=1)
run_ext('<?xml version="1.0" standalone="yes"?><!DOCTYPE a SYSTEM "a.dtd"><a>&e;</a>', {'a.dtd': '<!ENTITY e "v">'}, pe=1)
run_ext('<!DOCTYPE a SYSTEM "a.dtd"><a>&e;</a>', {'a.dtd': '<!ENTITY e "v">'}, pe=0)
run_ext('<a>&e;</a>', {None: '<!ENTITY e "foreign">'}, pe=2, foreign=True)
run_ext('<!DOCTYPE a [<!ENTITY % x SYSTEM "x.ent"> %x; ]><a>&e;</a>', {'x.ent': '<!ENTITY e "xe">'}, pe=2)
run_ext('<!DOCTYPE a [<!ENTITY % x SYSTEM "x.ent"> %x; ]><a>&e;</a>', {}, pe=2)
run_ext('<!DOCTYPE a [<!ENTITY % x "<!ENTITY e \'v\'>"> %x; ]><a>&e;</a>', {}, pe=2)
run_ext('<!DOCTYPE a [<!ENTITY % x "<!ENTITY e \'v\'"> %x; >]><a>&e;</a>', {}, pe=2)
run_ext('<!DOCTYPE a [ %undefined; ]><a/>', {}, pe=2)
run_ext('<?xml version="1.0" standalone="yes"?><!DOCTYPE a [ %undefined; ]><a/>', {}, pe=2)

# 2. exceptions from handlers
p = ParserCreate()
def boom(*a): raise ValueError('boom')
p.StartElementHandler = boom
p.CharacterDataHandler = lambda d: log('data', d)
try: p.Parse('<a>x<b/>y</a>', 1)
except ValueError as e: print 'VE', e
print p.StartElementHandler, p.CharacterDataHandler
try: p.Parse('<c/>', 1)
except ExpatError as e: print 'ERR', e, e.code
p = ParserCreate(); p.buffer_text = 1
p.CharacterDataHandler = boom
try: p.Parse('<a>x<b/>y</a>', 1)
except ValueError as e: print 'VE2', e
p = ParserCreate()
p.ExternalEntityRefHandler = lambda *a: None
try: p.Parse('<!DOCTYPE a [<!ENTITY e SYSTEM "x">]><a>&e;</a>', 1); print 'ok None'
except Exception as e: print type(e).__name__, e
# 3. GetInputContext
p = ParserCreate()
p.StartElementHandler = lambda n, a: log('ctx', n, p.GetInputContext())
p.Parse('<a>text<b x="1"/>', 0); p.Parse('tail</a>', 1)
print p.GetInputContext()
for o in out: print o
del out[:]
# 4. attributes & misc
p = ParserCreate()
print p.intern, ParserCreate(intern=None).intern, p.buffer_size, p.buffer_used
try: ParserCreate(intern=1)
except TypeError as e: print e
try: ParserCreate(namespace_separator=u'ab')
except ValueError as e: print e
try: ParserCreate(1)
except TypeError as e: print e
try: p.Parse(1)
except TypeError as e: print e
try: p.ParseFile(1)
except TypeError as e: print e
class F:
    def read(self, n): return u'x'
try: p.ParseFile(F())
except TypeError as e: print e
print p.SetParamEntityParsing(1)
p.Parse('<a>', 0)
print p.SetParamEntityParsing(1)
try: p.UseForeignDTD()
except ExpatError as e: print 'UFD', e, e.code
print repr(pyexpat.ErrorString(3)), pyexpat.ErrorString(100)
print sorted(x for x in dir(pyexpat.errors) if x.startswith('XML'))[:3]
print pyexpat.model.XML_CTYPE_SEQ, pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS
print pyexpat.ExpatError.__name__, pyexpat.error is pyexpat.ExpatError, issubclass(pyexpat.ExpatError, Exception)
e = pyexpat.ExpatError('m'); print e.args
p = ParserCreate(); p.buffer_text = 1; p.buffer_size = 3
p.CharacterDataHandler = lambda d: log('d', d)
p.Parse('<a>ab\xc3\xa9cdefgh<b/>x</a>', 1)
print p.buffer_used
for o in out: print o
del out[:]
p = ParserCreate(); p.returns_unicode = 0
p.ElementDeclHandler = lambda *a: log(a)
p.Parse('<!DOCTYPE a [<!ELEMENT a (b|(c,d)*)+>]><a/>', 1)
for o in out: print o
del out[:]
p = ParserCreate()
p.CharacterDataHandler = lambda d: log('cd', d, p.CurrentByteIndex, p.CurrentColumnNumber)
p.Parse('<?xml version="1.0" encoding="iso-8859-1"?><a>' + 'x' * 2100 + '</a>', 1)
for o in out: print o[0], len(o[1]), o[2:]
del out[:]
p = ParserCreate()
print p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex
p.Parse('<a>\n<b>', 0)
print p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex
p.Parse('</b>\n</a>', 1)
print p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex
