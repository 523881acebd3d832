import pyexpat

# Large inputs: deep nesting, long entity chains in content and attributes, long text across pieces,
# many attributes; buffer_text joining text up to buffer_size.
depth = 20000
p = pyexpat.ParserCreate()
count = [0, 0]
def start(name, attrs): count[0] += 1
def end(name): count[1] += 1
p.StartElementHandler = start
p.EndElementHandler = end
p.Parse('<a>' * depth + '</a>' * depth, 1)
print 'nested', count

ents = ''.join('<!ENTITY e%d "&e%d;">' % (i, i + 1) for i in range(2000)) + '<!ENTITY e2000 "end">'
p = pyexpat.ParserCreate()
text = []
p.CharacterDataHandler = text.append
p.StartElementHandler = lambda n, a: text.append(sorted(a.items()))
p.Parse('<!DOCTYPE a [' + ents + ']><a b="&e0;">&e0;</a>', 1)
print 'chain', text

p = pyexpat.ParserCreate()
p.buffer_text = 1
sizes = []
p.CharacterDataHandler = lambda d: sizes.append(len(d))
doc = '<a>' + 'x' * 50000 + '<b/>' + 'y' * 20000 + '</a>'
for k in range(0, len(doc), 4096):
    p.Parse(doc[k:k + 4096], 0)
p.Parse('', 1)
print 'buffered', sizes

p = pyexpat.ParserCreate()
p.ordered_attributes = 1
got = []
p.StartElementHandler = lambda n, a: got.append(len(a))
p.Parse('<a ' + ' '.join('a%d="%d"' % (i, i) for i in range(3000)) + '/>', 1)
print 'attributes', got

p = pyexpat.ParserCreate()
lines = []
p.EndElementHandler = lambda n: lines.append((p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
doc = '<r>\n' + '<i>\xc3\xa9</i>\r\n' * 3000 + '</r>'
for k in range(0, len(doc), 1000):
    p.Parse(doc[k:k + 1000], 0)
p.Parse('', 1)
print 'positions', lines[:3], lines[-3:], len(lines)
