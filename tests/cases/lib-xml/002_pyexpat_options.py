from _events import events, merged

# Namespaces, attribute options, returns_unicode, buffer_text, encodings (UTF-16, ISO-8859-1, codecs
# through the unknown-encoding handler), the DefaultHandler and cut-off documents.
CASES = [
 ('<a xmlns="u"><b/><c xmlns=""><d/></c></a>', {'ns': ' '}),
 ('<p:a xmlns:p="u" p:x="1" y="2"><p:b xmlns:p="v" p:z="3"/></p:a>', {'ns': '!'}),
 ('<p:a xmlns:p="u" p:x="1"/>', {'ns': ' ', 'namespace_prefixes': 1}),
 ('<a xmlns="u"/>', {'ns': ' ', 'namespace_prefixes': 1}),
 ('<p:a xmlns:p="u"/>', {'ns': ''}),
 ('<p:a/>', {'ns': ' '}), ('<a p:b="1"/>', {'ns': ' '}), ('<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>', {'ns': ' '}),
 ('<a xmlns:xml="http://www.w3.org/XML/1998/namespace" xml:lang="en"/>', {'ns': ' '}),
 ('<a xml:lang="en"/>', {'ns': ' '}), ('<xml:a/>', {'ns': ' '}), ('<a xmlns:xmlns="x"/>', {'ns': ' '}),
 ('<a xmlns:p="http://www.w3.org/XML/1998/namespace"/>', {'ns': ' '}), ('<a xmlns="http://www.w3.org/2000/xmlns/"/>', {'ns': ' '}),
 ('<a:b:c/>', {'ns': ' '}), ('<a:1/>', {'ns': ' '}), ('<a b:c:d="1"/>', {'ns': ' '}), ('<?a:b x?><a/>', {'ns': ' '}),
 ('<a>&a:b;</a>', {'ns': ' '}), ('<!DOCTYPE a [<!ATTLIST a xmlns CDATA "dflt" xmlns:q CDATA "qq" q:z CDATA "zz">]><a/>', {'ns': ' '}),
 ('<!DOCTYPE p:a [<!ELEMENT p:a ANY><!ATTLIST p:a p:b CDATA "1">]><p:a xmlns:p="u"/>', {'ns': ' '}),
 ('<a xmlns:p="u"><p:b></p:b></a>', {'ns': ' '}), ('<a xmlns:p="u"><p:b></q:b></a>', {'ns': ' '}),
 ('<a b="1" c="2" d="3"/>', {'ordered_attributes': 1}),
 ('<!DOCTYPE a [<!ATTLIST a x CDATA "1" y CDATA "2">]><a y="3" z="4"/>', {'ordered_attributes': 1}),
 ('<!DOCTYPE a [<!ATTLIST a x CDATA "1" y CDATA "2">]><a y="3" z="4"/>', {'ordered_attributes': 1, 'specified_attributes': 1}),
 ('<a b="\xc3\xa9">\xc3\xa9<?p \xc3\xa9?><!--\xc3\xa9--></a>', {'returns_unicode': 0}),
 ('<?xml version="1.0" encoding="iso-8859-1"?><a b="\xe9">' + 'x' * 1500 + '\xe9' * 700 + '</a>', {}),
 ('<?xml version="1.0" encoding="iso-8859-1"?><a>' + 'x' * 1500 + '</a>', {'buffer_text': 1}),
 ('<a>' + 'x' * 1500 + '</a>', {}),
 ('<a>1<b/>2<!--c-->3&amp;4<![CDATA[5]]>6\n7</a>', {'buffer_text': 1}),
 ('<a>1<b/>2<!--c-->3&amp;4<![CDATA[5]]>6\n7</a>', {'buffer_text': 1, 'handlers': ['CharacterDataHandler', 'StartElementHandler']}),
 ('\xff\xfe<\x00a\x00>\x00\xe9\x00<\x00/\x00a\x00>\x00', {}),
 ('\xfe\xff\x00<\x00a\x00>\x00\xe9\x00<\x00/\x00a\x00>', {}),
 ('<\x00a\x00/\x00>\x00', {}), ('\x00<\x00a\x00/\x00>', {}),
 ('\xff\xfe<\x00?\x00x\x00m\x00l\x00 \x00v\x00e\x00r\x00s\x00i\x00o\x00n\x00=\x00"\x001\x00.\x000\x00"\x00 \x00e\x00n\x00c\x00o\x00d\x00i\x00n\x00g\x00=\x00"\x00u\x00t\x00f\x00-\x008\x00"\x00?\x00>\x00<\x00a\x00/\x00>\x00', {}),

 ('\xff\xfe<\x00a\x00/\x00>\x00\x00', {}),
 ('<a>\xe9</a>', {'encoding': 'iso-8859-1'}), ('<?xml version="1.0" encoding="utf-8"?><a>\xe9</a>', {'encoding': 'iso-8859-1'}),
 ('<a>\xe9</a>', {'encoding': 'latin-1'}), ('<a>\x80</a>', {'encoding': 'cp1252'}),
 ('<?xml version="1.0" encoding="cp1252"?><a>\x80\x81</a>', {}),
 ('<a>\xc3\xa9</a>', {'encoding': 'utf-8'}), ('\xef\xbb\xbf<a/>', {'encoding': 'utf-8'}),
 ('<a>x</a>', {'encoding': 'utf-16'}), ('<\x00a\x00/\x00>\x00', {'encoding': 'utf-16'}), ('\x00<\x00a\x00/\x00>', {'encoding': 'utf-16'}),
 ('\xff\xfe<\x00a\x00/\x00>\x00', {'encoding': 'utf-16'}),
 ('<!DOCTYPE a [<!ENTITY e "&#233;">]><a>&e;</a>', {'returns_unicode': 0}),
 ('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', {'DefaultHandlerExpand': 1}),
 ('<!DOCTYPE a [<!ENTITY e "v">]><a>&e;&undefined;</a>', {'DefaultHandlerExpand': 1}),
 ('<!DOCTYPE a SYSTEM "x" [<!ENTITY e "v">]><a>&e;&undefined;</a>', {'DefaultHandlerExpand': 1}),
 ('<!DOCTYPE a SYSTEM "x"><a>&e;</a>', {'handlers': ['StartElementHandler', 'DefaultHandler']}),
 ('<a>&amp;</a>', {'handlers': ['DefaultHandler']}), ('<a b="1">x<![CDATA[y]]>\r\n<?p?><!--c--></a>', {'handlers': ['DefaultHandler']}),
 ('<?xml version="1.0"?>\n<!DOCTYPE a PUBLIC "p" "s" [\n<!ENTITY e "v">\n<!ELEMENT a ANY>\n]>\n<a/>', {'handlers': ['DefaultHandler']}),
 ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html/>', {'handlers': ['StartDoctypeDeclHandler']}),
 ('<!DOCTYPE a SYSTEM "x.dtd"><a/>', {'handlers': ['NotStandaloneHandler']}),
 ('<?xml version="1.0" standalone="yes"?><!DOCTYPE a SYSTEM "x.dtd"><a/>', {'handlers': ['NotStandaloneHandler']}),
 ('<a>\xe9</a>', {}), ('<a>\xf4\x90\x80\x80</a>', {}), ('<a>\xf8\x88\x80\x80\x80</a>', {}), ('<a>\xe0\x80\xaf</a>', {}),
 ('<a>\xe2\x82</a>', {'nochunk': 1}), ('\xef\xbb', {}), ('\xef', {}), ('<', {}), ('<a', {}), ('<a b', {}), ('<a b=', {}), ('<a b="', {}), ('<a b="x"', {}),
 ('<a/', {}), ('</', {}), ('<a></a', {}), ('<a>&', {}), ('<a>&am', {}), ('<a>&#', {}), ('<a>&#x4', {}), ('<a><!', {}), ('<a><!-', {}), ('<a><![CDA', {}),
 ('<a><?', {}), ('<a><?x', {}), ('<a><?x ', {}), ('<a>]', {}), ('<a>]]', {}), ('<a>\r', {}), ('<a/>\r', {}), ('<a/><', {}), ('<a/><!', {}),
]


for i, (doc, kw) in enumerate(CASES):
    print '=== %d %r %s' % (i, doc, sorted(kw.items()))
    kw = dict(kw)
    kw['expand'] = kw.pop('DefaultHandlerExpand', 0)
    nochunk = kw.pop('nochunk', 0)
    for e in events(doc, **kw):
        print ' ', e
    if not nochunk:
        for n in (1, 3, 7):
            print '  pieces of %d:' % n, events(doc, [doc[k:k + n] for k in range(0, len(doc), n)], positions=False, **kw)
