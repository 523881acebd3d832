from _events import events, merged

# Incremental feeding: each document cut in two at every byte (and fed byte by byte) must give the same
# events as the whole, once adjacent text events are joined; CPython's output shows where it does not.
DOCS = [
    '<?xml version="1.0" encoding="utf-8"?>\r\n<!DOCTYPE r [\n<!ENTITY e "ent&#233;">\n<!ATTLIST r a CDATA "d">\n]>\n<r x="1&amp;2">a&e;b<![CDATA[c]]d]]><!--m--><?p q?>\r\n\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80</r>\n',
    '<p:r xmlns:p="urn:p" xmlns="urn:d"><s p:a="1" b="2"/>text</p:r>',
    '<?xml version="1.0" encoding="iso-8859-1"?><r>\xe9\xe8</r>',
    '\xff\xfe<\x00r\x00>\x00\xe9\x00<\x00/\x00r\x00>\x00',
    '<r>&#x1F600;&lt;]]]></r>',
    '<r><a></b></r>',
    '<r>\xc3\xa9\xff</r>',
    '<r a="1" a="2"/>',
]

for i, doc in enumerate(DOCS):
    ns = ' ' if i == 1 else None
    whole = merged(events(doc, positions=False, ns=ns))
    print '=== %d %r' % (i, doc)
    for e in whole:
        print ' ', e
    differing = []
    for k in range(len(doc) + 1):
        if merged(events(doc, [doc[:k], doc[k:]], positions=False, ns=ns)) != whole:
            differing.append(k)
    print '  splits giving other events:', differing
    print '  byte by byte same:', merged(events(doc, list(doc), positions=False, ns=ns)) == whole
