# csv: quoting rules per dialect, escapechar, reader states and errors, dialect registry, Dict*.
import csv
from StringIO import StringIO
o = StringIO()
w = csv.writer(o, lineterminator='\n')
w.writerow(['a\rb', 'c\nd', ' x', '', None, 'e\tf', 1.0 / 3, 10L, u'u'])
w.writerow([''])
w.writerow([None])
w.writerow([])
csv.writer(o).writerow(['a\rb', 'c\nd'])
csv.writer(o, lineterminator='X').writerow(['aXb', 'c\nd', 'e\rf'])
csv.writer(o, lineterminator='\n', quoting=csv.QUOTE_NONNUMERIC).writerow([None, '', 1, True, 1.5, 2L, 'q"q'])
csv.writer(o, escapechar='\\', doublequote=False).writerow(['a"b', 'c\\d'])
csv.writer(o, escapechar='\\', quoting=csv.QUOTE_NONE).writerow(['a"b', 'c,d', 'e\\'])
csv.writer(o, quotechar="'", delimiter='|', quoting=csv.QUOTE_ALL).writerow(["it's", 'x|y', 3])
csv.writer(o, dialect='excel-tab').writerows([['a b', 'c\td'], ['e']])
print repr(o.getvalue())
for kw in [dict(delimiter='ab'), dict(delimiter=None), dict(quotechar='ab'), dict(quoting=9),
           dict(lineterminator=None), dict(escapechar='xx'), dict(quotechar=None), dict(delimiter=1)]:
    try:
        csv.writer(o, **kw)
        print 'ok', sorted(kw)
    except Exception, e:
        print type(e).__name__, e
def attempt(f):
    try:
        print f()
    except csv.Error, e:
        print 'csv.Error', e
attempt(lambda: csv.writer(o, quoting=csv.QUOTE_NONE).writerow(['a,b']))
attempt(lambda: csv.writer(o, quoting=csv.QUOTE_NONE).writerow(['']))
attempt(lambda: csv.writer(o).writerow(5))
attempt(lambda: list(csv.reader(['a,"b'], strict=True)))
attempt(lambda: list(csv.reader(['a,"b'])))
attempt(lambda: list(csv.reader(['a,"b"c'], strict=True)))
attempt(lambda: list(csv.reader(['a,"b"c'])))
attempt(lambda: list(csv.reader(['a\rb,c'])))
attempt(lambda: list(csv.reader(['a\0b'])))
attempt(lambda: csv.get_dialect('nope'))
print list(csv.reader(['', '\r\n', 'a,"b"c,d', '"x\ny",z\r\n', '"q', 'r"\n', '1,"2",x', 'a,,b,', ',']))
print list(csv.reader(['1,"2",3.5,'], quoting=csv.QUOTE_NONNUMERIC))
print list(csv.reader(['a\\,b,c\\', '"q\\"x",y'], escapechar='\\'))
print list(csv.reader(['"a""b",c'], doublequote=False))
print list(csv.reader(['"a,b",c'], quoting=csv.QUOTE_NONE))
print list(csv.reader(['a|  b|"c|d"'], delimiter='|', skipinitialspace=True))
r = csv.reader(['x,y', 'p,"q', 'r"'])
print r.next(), r.line_num, r.next(), r.line_num, r.dialect.delimiter
print csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit()
attempt(lambda: list(csv.reader(['a' * 11])))
csv.field_size_limit(131072)
d = csv.get_dialect('excel')
print d.delimiter, repr(d.lineterminator), d.quoting, d.escapechar, d.doublequote, d.skipinitialspace, d.strict
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect('semi', Semi)
csv.register_dialect('pipe', delimiter='|', quoting=csv.QUOTE_ALL)
csv.register_dialect('semi2', 'semi', lineterminator='!')
print sorted(csv.list_dialects())
o = StringIO()
csv.writer(o, 'semi').writerow(["a;b", "it's", 1])
csv.writer(o, 'pipe').writerow(["a", 2])
csv.writer(o, 'semi2').writerow(["x", "y"])
csv.writer(o, Semi, delimiter=',').writerow(["x", "y,z"])
print repr(o.getvalue())
csv.unregister_dialect('semi2')
attempt(lambda: csv.unregister_dialect('semi2'))
class Bad(csv.Dialect):
    delimiter = 'xx'
try:
    Bad()
except csv.Error, e:
    print 'Bad dialect', e
print csv.excel.delimiter, repr(csv.excel_tab.delimiter), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE
data = "a,b,c\n1,2\n\n3,4,5,6\n"
for row in csv.DictReader(StringIO(data), restkey='rest', restval='-'):
    print sorted(row.items())
dr = csv.DictReader(StringIO(data))
print dr.fieldnames, dr.line_num
o = StringIO()
dw = csv.DictWriter(o, ['a', 'b'], restval='?', extrasaction='ignore')
dw.writeheader()
dw.writerows([{'a': 1}, {'b': 2, 'zz': 3}])
print repr(o.getvalue())
try:
    csv.DictWriter(o, ['a'], extrasaction='drop')
except ValueError, e:
    print 'ValueError', e
s = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n', 'a\tb\tc\n1\t2\t3\n', '"a";"b"\n"1";"2"\n', 'x:y:z\n1:2:3\n',
               'a|b\n1|2\n', 'a, b, c\n1, 2, 3\n', "'a','b'\n'1','2'\n"]:
    d = s.sniff(sample)
    print repr(d.delimiter), repr(d.quotechar), d.skipinitialspace, repr(d.lineterminator), d.quoting
print repr(s.sniff('a,b;c\n1,2;3\n4,5;6\n', delimiters=';').delimiter)
print s.has_header('name,age\nann,3\nbob,4\n'), s.has_header('1,2\n3,4\n')
