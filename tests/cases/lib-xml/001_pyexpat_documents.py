from _events import events, merged

# Documents of every kind (well-formed and not): the event stream with positions, whole and in 1-, 3-
# and 7-byte pieces, as CPython 2.7.18's pyexpat (expat 2.2.8) reports it.
DOCS = [
 '<a/>', '<a></a>', '<a>text</a>', '<a>x&amp;y&lt;&gt;&quot;&apos;z</a>', '<a>&#65;&#x42;&#x1F600;</a>',
 '<a b="1" c=\'2\'/>', '<a  b = "1"\n c="2" ></a >', '<a><b><c/></b></a>', '<a>\n <b>\n  <c/>\n </b>\n</a>',
 '<a>\r\n\r\rx\n</a>', '<a b="x\r\ny\tz"/>', '<?xml version="1.0"?><a/>', '<?xml version="1.0" encoding="utf-8" standalone="yes"?><a/>',
 '<?xml version="1.0" standalone="no"?>\n<a/>', '<?xml version = "1.0" ?><a/>', '<?xml version="1.0" encoding="ISO-8859-1"?><a>\xe9</a>',
 '<?xml version="1.0" encoding="latin-1"?><a>\xe9\xff</a>', '<?xml version="1.0" encoding="us-ascii"?><a>\xe9</a>',
 '<?xml version="1.0" encoding="utf8"?><a>\xc3\xa9</a>', '<?xml encoding="utf-8"?><a/>', '<?xml version="1.0" standalone="maybe"?><a/>',
 '<?xml version="1.0" encoding="1x"?><a/>', '<?xml?><a/>', '<?xml version="1.0"?><?pi data?><a/>',
 '<!-- c --><a><!--x--></a><!-- d -->', '<a><?pi?><?pi  some data ?></a>', '<a><![CDATA[x<y]]z]]]></a>', '<a><![CDATA[]]></a>',
 '<a><![CDATA[a\r\nb\rc]]></a>', '<a><![CDAT[x]]></a>', '<a><![CDATA[x', '<a>x]y]]z</a>', '<a>]]></a>', '<a>]</a>',
 '<a>', '<a><b>', '<a></b>', '</a>', '<a/></a>', 'x', ' <a/>', '<a/> ', '<a/>\n\n', '<a/><!--x-->x', '<a/>&amp;',
 '<a b="1" b="1"/>', '<a b="&lt;"/>', '<a b="&undef;"/>', '<a b="<"/>', '<a b=1/>', '<a b="1"c="2"/>', '<a b>', '<a =x>',
 '<1a/>', '<a:b/>', '<a:b:c/>', '<:a/>', '<a b:c="1"/>', '<a &/>', '<a>&</a>', '<a>&#;</a>', '<a>&#x;</a>', '<a>&#xD800;</a>',
 '<a>&#1114112;</a>', '<a>&#9;&#10;&#13;</a>', '<a>&#8;</a>', '<a>&x y;</a>', '<a>\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80</a>',
 '<a>\xc3</a>', '<a>\xed\xa0\x80</a>', '<a>\xef\xbf\xbe</a>', '<a>\xc0\x80</a>', '<a>\x80</a>', '<a>\x1f</a>', '<a\xc3\xa9/>',
 '<\xc3\xa9/>', '<a \xc3\xa9="1"/>', '\xef\xbb\xbf<a/>', '\xef\xbb\xbf<?xml version="1.0"?><a/>', '<!--a--b-->', '<!-x-->',
 '<!---->', '<!--->', '<a/><!-- x', '<?pi x', '<?', '<!', '<!DOCTYPE', '<!DOCTYPE a', '<!DOCTYPE a>', '<!DOCTYPE a><a/>',
 '<!DOCTYPE a SYSTEM "x.dtd"><a/>', '<!DOCTYPE a PUBLIC "-//X//Y" "x.dtd"><a/>', '<!DOCTYPE a PUBLIC "a\tb" "x"><a/>',
 '<!DOCTYPE a PUBLIC "-//X  \n Y//" "x.dtd"><a/>', '<!DOCTYPE a []><a/>', '<!DOCTYPE a [ ]><a/>', '<!DOCTYPE a SYSTEM "s" [ ]><a/>',
 '<!DOCTYPE a [<!ENTITY e "v">]><a>&e;</a>', '<!DOCTYPE a [<!ENTITY e "v&#60;w">]><a>&e;</a>', '<!DOCTYPE a [<!ENTITY e "&#38;#60;">]><a>&e;</a>',
 '<!DOCTYPE a [<!ENTITY e "<b>x</b>">]><a>&e;&e;</a>', '<!DOCTYPE a [<!ENTITY e "&f;"><!ENTITY f "z">]><a>&e;</a>',
 '<!DOCTYPE a [<!ENTITY e "&f;">]><a>&e;</a>', '<!DOCTYPE a [<!ENTITY e "x"><!ENTITY e "y">]><a>&e;</a>',
 '<!DOCTYPE a [<!ENTITY lt "x">]><a>&lt;</a>', '<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>',
 '<!DOCTYPE a [<!ENTITY e PUBLIC "p" "e.xml">]><a>&e;</a>', '<!DOCTYPE a [<!NOTATION n SYSTEM "n"><!ENTITY e SYSTEM "e" NDATA n>]><a>&e;</a>',
 '<!DOCTYPE a [<!NOTATION n PUBLIC "p"><!NOTATION m PUBLIC "p" "s"><!NOTATION o SYSTEM "s">]><a/>',
 '<!DOCTYPE a [<!ENTITY % p "x"><!ENTITY q "%p;">]><a/>', '<!DOCTYPE a [<!ENTITY % p "<!ENTITY e \'v\'>"> %p; ]><a>&e;</a>',
 '<!DOCTYPE a [%p;]><a>&e;</a>', '<!DOCTYPE a [<!ENTITY e "v"> %p; <!ENTITY f "w">]><a>&e;&f;</a>',
 '<?xml version="1.0" standalone="yes"?><!DOCTYPE a [%p;<!ENTITY f "w">]><a>&f;</a>',
 '<!DOCTYPE a SYSTEM "x"><a>&undef;</a>', '<!DOCTYPE a [<!ELEMENT a EMPTY>]><a/>', '<!DOCTYPE a [<!ELEMENT a ANY>]><a/>',
 '<!DOCTYPE a [<!ELEMENT a (#PCDATA)>]><a/>', '<!DOCTYPE a [<!ELEMENT a (#PCDATA)*>]><a/>', '<!DOCTYPE a [<!ELEMENT a (#PCDATA|b|c)*>]><a/>',
 '<!DOCTYPE a [<!ELEMENT a (#PCDATA|b)>]><a/>', '<!DOCTYPE a [<!ELEMENT a (b)>]><a/>', '<!DOCTYPE a [<!ELEMENT a (b,c)>]><a/>',
 '<!DOCTYPE a [<!ELEMENT a (b|c)+>]><a/>', '<!DOCTYPE a [<!ELEMENT a ((b,c)*|d?)>]><a/>', '<!DOCTYPE a [<!ELEMENT a (b*,(c|d+)?,e)>]><a/>',
 '<!DOCTYPE a [<!ELEMENT a (b,c|d)>]><a/>', '<!DOCTYPE a [<!ELEMENT a ( b , c ) >]><a/>', '<!DOCTYPE a [<!ELEMENT a>]><a/>',
 '<!DOCTYPE a [<!ATTLIST a b CDATA #IMPLIED c ID #REQUIRED d NMTOKEN "x" e CDATA #FIXED "f">]><a/>',
 '<!DOCTYPE a [<!ATTLIST a b (x|y|z) "x" c NOTATION (n|m) #IMPLIED>]><a/>', '<!DOCTYPE a [<!ATTLIST a b CDATA "1"><!ATTLIST a b CDATA "2">]><a/>',
 '<!DOCTYPE a [<!ATTLIST a b NMTOKENS " x  y ">]><a b="  p   q  "/>', '<!DOCTYPE a [<!ATTLIST a b CDATA " x  y ">]><a/>',
 '<!DOCTYPE a [<!ENTITY e "v"><!ATTLIST a b CDATA "&e;">]><a/>', '<!DOCTYPE a [<!ATTLIST a b CDATA "&e;">]><a/>',
 '<!DOCTYPE a [<!ATTLIST a b CDATA #BAD>]><a/>', '<!DOCTYPE a [<!ATTLIST a b FOO #IMPLIED>]><a/>', '<!DOCTYPE a [<!FOO a>]><a/>',
 '<!DOCTYPE a [<!ENTITY e "v" extra>]><a/>', '<!DOCTYPE a [<!ENTITY e>]><a/>', '<!DOCTYPE a [<!ENTITY e "v">', '<!DOCTYPE a [<!ENTITY e "v"',
 '<!DOCTYPE a [<!ENTITY e "v', '<!DOCTYPE a [<?pi x?><!-- c -->]><a/>', '<!DOCTYPE a [<!ELEMENT a %p;>]><a/>', '<!DOCTYPE a [ <![INCLUDE[ ]]> ]><a/>',
 '<!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</b></a>', '<!DOCTYPE a [<!ENTITY e "x"> ]><a b="&e;&#38;"/>',
 '<!DOCTYPE a [<!ENTITY e SYSTEM "x">]><a b="&e;"/>', '<!DOCTYPE a [<!ENTITY e "<">]><a b="&e;"/>', '<!DOCTYPE a [<!ENTITY e "&#38;">]><a b="&e;"/>',
 '<!DOCTYPE a [<!ENTITY e "a&#10;b\nc">]><a b="&e;">&e;</a>', '<!DOCTYPE a [<!ENTITY e "&e;">]><a b="&e;"/>',
 '<!DOCTYPE a><!DOCTYPE b><a/>', '<a/><!DOCTYPE a>', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e</a>', '<!DOCTYPE a PUBLIC "x"><a/>',
 '<!DOCTYPE a SYSTEM><a/>', '<!DOCTYPE a "x"><a/>', '<!DOCTYPE a [ <!ENTITY % p SYSTEM "p.ent"> %p; ]><a>&u;</a>',
 '<!DOCTYPE a [<!ENTITY e "x">]>\n<a>\n&e;\n</a>', '<!DOCTYPE a [\n<!ENTITY e "x"\n>\n]>\n<a>&e;</a>',
 '<a>\xe2\x80\xa8</a>', '<a>&#xFFFE;</a>', '<a>&#xFFFD;&#x10FFFF;</a>', '<a>&#0065;</a>',
]


for i, doc in enumerate(DOCS):
    print '=== %d %r' % (i, doc)
    for e in events(doc):
        print ' ', e
    for n in (1, 3, 7):
        print '  pieces of %d:' % n, events(doc, [doc[k:k + n] for k in range(0, len(doc), n)], positions=False)
