namespace PyCgiRunner.Python.Tests.Modules.Sre;

/// <summary>
/// The Python face of _sre, through _sre.compile with code that CPython 2.7.18's sre_compile made: the module's
/// constants and getlower, SRE_Pattern's methods and attributes (keywords, the deprecated 'pattern' name, str,
/// unicode, buffer, bytearray and array subjects), SRE_Match's group access and errors, the scanner, and
/// _sre.compile's refusals. The expected output is CPython 2.7.18's for the same program.
/// </summary>
public class SreModuleTests
{
    private const string Program = """
            import _sre
            print _sre.MAGIC, _sre.CODESIZE, repr(_sre.MAXREPEAT), _sre.getcodesize(), repr(_sre.copyright)
            print _sre.getlower(ord('A'), 0), _sre.getlower(0x130, 32), _sre.getlower(0x130, 0), _sre.getlower(0xC0, 4), _sre.getlower(0xC0, 32)
            code = [17, 4, 0, 1, 0, 21, 0, 29, 9, 1, 4294967295L, 15, 4, 9, 4, 0, 1, 21, 1, 28, 19, 0, 1, 19, 32, 21, 2, 29, 9, 1, 4294967295L, 15, 4, 9, 0, 0, 1, 21, 3, 22, 1]
            p = _sre.compile('(?P<word>\\w+)(?: (?P<num>\\d+))?', 0, code, 2, {'word': 1, 'num': 2}, [None, 'word', 'num'])
            print type(p), p.pattern, p.flags, p.groups, sorted(p.groupindex.items())
            m = p.match('spam 42 eggs')
            print type(m), m.group(), m.group(1), m.group('num'), m.group(1, 'num', 0), m.groups(), m.span(2), m.start('word'), m.end()
            print sorted(m.groupdict().items()), m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.re is p, m.string
            m = p.match('spam')
            print m.groups(), m.groups('-'), sorted(m.groupdict(0).items()), m.span('num'), m.lastindex, m.lastgroup
            for bad in [3, -1, 'nope', 1.0, None]:
                try:
                    m.group(bad)
                except IndexError, e:
                    print 'IndexError', e
            print m.group(1L), m.group(True)
            print p.match('  x'), p.search('  x!').span(), p.search('ab cd', 2).group(), p.match('abcd', 1, 3).group()
            print p.findall('a 1 b c 22'), p.split('a 1 b'), p.sub('X', 'a 1 b'), p.subn(lambda m: m.group(1).upper(), 'a 1 b', 1)
            print [x.group() for x in p.finditer('ab 12 c')]
            s = p.scanner('ab 12 c')
            print s.pattern is p, s.match().group(), s.match(), s.search(), s.match()
            print p.match(string='x').group(), p.search(u'\xe9t\xe9 x').group()
            print repr(p.match(bytearray('ab 1')).group(0)), repr(p.match(buffer('xab 1', 1)).group(2))
            import array
            print repr(p.search(array.array('c', '--ab')).group()), repr(p.search(array.array('u', u'--ab')).group())
            for call in ["p.match()", "p.match(1)", "p.match('a', pattern='a')", "p.match('a', 'b')", "p.finditer('a', pos=1)", "p.search(array.array('i', [1]))", "p.sub('x')", "p.scanner()"]:
                try:
                    eval(call)
                except TypeError, e:
                    print 'TypeError', e
            for call in ["p.__copy__()", "p.__deepcopy__({})", "m.__copy__()", "m.__deepcopy__({})"]:
                try:
                    eval(call)
                except TypeError, e:
                    print 'TypeError', e
            for args in [('a', 0, [2**32]), ('a', 0, [-1, 1]), ('a', 0, [19, 97]), ('a', 0, (1,)), ('a', 0, [1], 101)]:
                try:
                    _sre.compile(*args)
                except Exception, e:
                    print type(e).__name__, e
            b = _sre.compile('(a)|(b)', 0, [17, 4, 0, 1, 1, 7, 9, 21, 0, 19, 97, 21, 1, 18, 11, 9, 21, 2, 19, 98, 21, 3, 18, 2, 0, 1], 2)
            print b.match('b').lastindex, b.match('b').lastgroup, b.match('b').regs, b.groupindex
            """;

    private const string Expected = """
            20031017 4 4294967295L 4 ' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB '
            97 105 304 192 224
            <type '_sre.SRE_Pattern'> (?P<word>\w+)(?: (?P<num>\d+))? 0 2 [('num', 2), ('word', 1)]
            <type '_sre.SRE_Match'> spam 42 spam 42 ('spam', '42', 'spam 42') ('spam', '42') (5, 7) 0 7
            [('num', '42'), ('word', 'spam')] 2 num ((0, 7), (0, 4), (5, 7)) 0 12 True spam 42 eggs
            ('spam', None) ('spam', '-') [('num', 0), ('word', 'spam')] (-1, -1) 1 word
            IndexError no such group
            IndexError no such group
            IndexError no such group
            IndexError no such group
            IndexError no such group
            spam spam
            None (2, 3) cd bc
            [('a', '1'), ('b', ''), ('c', '22')] ['', 'a', '1', ' ', 'b', None, ''] X X ('A b', 1)
            ['ab 12', 'c']
            True ab 12 None None None
            x t
            bytearray(b'ab 1') '1'
            array('c', 'ab') array('u', u'ab')
            TypeError Required argument 'string' (pos 1) not found
            TypeError expected string or buffer
            TypeError Argument given by name ('pattern') and position (1)
            TypeError an integer is required
            TypeError finditer() takes no keyword arguments
            TypeError Required argument 'string' (pos 2) not found
            TypeError scanner() takes at least 1 argument (0 given)
            TypeError cannot copy this pattern object
            TypeError cannot deepcopy this pattern object
            TypeError cannot copy this match object
            TypeError cannot deepcopy this match object
            OverflowError regular expression code size limit exceeded
            OverflowError regular expression code size limit exceeded
            RuntimeError invalid SRE code
            TypeError argument 3 must be list, not tuple
            RuntimeError invalid SRE code
            2 None ((0, 1), (-1, -1), (0, 1)) None
            """;

    [Fact]
    public void SreModule_PatternMatchAndScannerApi_BehaveAsCPython()
        => Assert.Equal(Expected.Replace("\r\n", "\n") + "\n", ModuleTestHost.Run(Program.Replace("\r\n", "\n") + "\n"));
}
