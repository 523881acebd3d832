# -*- coding: utf-8 -*-
"""Writes Modules/Sre/sre-cases.jsonl: cases for the _sre matcher's tests, answered by CPython 2.7.18.

usage: $(pyenv root)/versions/2.7.18/bin/python2.7 tests/PyCgiRunner.Python.Tests/tools/gen_sre_cases.py

Each line is one JSON object: the family it exercises, the pattern and flags (for reading), the code words and
group count CPython's sre_compile makes of them (so the tests need no sre_compile), the subject, the operation
and what CPython answered: for match/search the regs of the match (or null) and lastindex; for findall, split
and sub (with a literal or no-backslash replacement) the repr of the result. A case with "deadline" is a
catastrophic pattern whose answer is not waited for.
"""
import json, os, sre_compile, sre_parse, re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Modules', 'Sre', 'sre-cases.jsonl')

I, L, M, S, U, X = re.I, re.L, re.M, re.S, re.U, re.X

# Sets of many scattered characters beyond Latin-1: sre_compile makes them BIGCHARSETs.
SCATTERED = u'[' + u''.join(unichr(0x100 + 3 * i) for i in range(40)) + u']'
NEGATED = u'[^' + u''.join(unichr(0x400 + 5 * i) for i in range(40)) + u'a-f]'

# (family, pattern, flags, subject, operation[, arguments])
CASES = [
    ('literal', 'abc', 0, 'xxabcxx', 'search'),
    ('literal', 'abc', 0, 'ab', 'match'),
    ('literal', 'abc', 0, 'abd', 'search'),
    ('literal', 'a', 0, 'bbba', 'search'),
    ('literal', u'\u20ac1', 0, u'x\u20ac1', 'search'),
    ('not_literal', '[^a]', 0, 'aab', 'search'),
    ('not_literal', 'x[^b]z', 0, 'xbz xaz', 'search'),
    ('any', 'a.c', 0, 'a\nc abc', 'search'),
    ('any', 'a.c', S, 'a\nc', 'search'),
    ('any', '.*', 0, 'ab\ncd', 'match'),
    ('any', '.*', S, 'ab\ncd', 'match'),
    ('in', '[a-z]+', 0, '123abc456', 'search'),
    ('in', '[^a-z]+', 0, 'abc123def', 'search'),
    ('in', r'[\d_]+', 0, 'ab_12_c', 'search'),
    ('in', '[a-cx-z0-9]+', 0, '--abz09q', 'search'),
    ('in', '[aeiou]', 0, 'rhythm and blues', 'search'),
    ('in', r'[^\s,]+', 0, '  one,two', 'search'),
    ('in', u'[\u0100-\u0200\u4e00]+', 0, u'ab\u0150\u4e00\u0201', 'search'),
    ('in', u'[^\u0100-\u0200]', 0, u'\u0150\u0160z', 'search'),
    ('in', u'[\u03b1-\u03c9\u0430-\u044f]+', U, u'xx\u03b1\u0431\u03c9yy', 'search'),
    ('in', r'[\w.-]+@[\w.-]+', 0, 'mail joe.b-x@ex.com now', 'search'),
    ('bigcharset', SCATTERED, 0, u'\u0101\u0100\u0103x\u0106', 'findall'),
    ('bigcharset', SCATTERED + u'+', 0, u'\u0101\u0100\u0103\u0106\u0109', 'search'),
    ('bigcharset', NEGATED, 0, u'\u0400cz\u0405\u0401', 'findall'),
    ('bigcharset', SCATTERED, I | U, u'\u0101x\u0100', 'search'),
    ('bigcharset', SCATTERED, 0, u'\U00010100', 'search'),
    ('at', '^a', 0, 'ba', 'search'),
    ('at', '^a', M, 'b\na', 'search'),
    ('at', 'a$', 0, 'a\n', 'search'),
    ('at', 'a$', 0, 'a\nb', 'search'),
    ('at', 'a$', M, 'a\nb', 'search'),
    ('at', r'\Aa', M, 'b\na', 'search'),
    ('at', r'a\Z', 0, 'a\n', 'search'),
    ('at', r'\bfoo\b', 0, 'a foo b', 'search'),
    ('at', r'\bfoo\b', 0, 'afoo b', 'search'),
    ('at', r'\Bo\B', 0, 'foo', 'search'),
    ('at', r'\b', 0, '', 'search'),
    ('at', r'\B', 0, '', 'search'),
    ('at', r'\b\w+\b', U, u'\xe9t\xe9 x', 'search'),
    ('at', r'\b\w+\b', 0, u'\xe9t\xe9 x', 'search'),
    ('at', r'\b\w+\b', L, '\xe9t\xe9 x', 'search'),
    ('at', '$', M, 'a\nb\n', 'findall'),
    ('branch', 'cat|dog|bird', 0, 'hotdog', 'search'),
    ('branch', '(a|ab)(c|bcd)(d*)', 0, 'abcd', 'match'),
    ('branch', 'x(?:a|b|cd)*y', 0, 'xabcdaby', 'match'),
    ('branch', '(a)|(b)', 0, 'b', 'match'),
    ('branch', '(?:(a)|b)+', 0, 'ab', 'match'),
    ('branch', '(?:(a)|(b))+', 0, 'ab', 'match'),
    ('repeat', 'a{2,3}', 0, 'aaaa', 'match'),
    ('repeat', '(ab)*', 0, 'ababx', 'match'),
    ('repeat', '(ab){2}', 0, 'ababab', 'match'),
    ('repeat', '(ab)*?c', 0, 'ababc', 'match'),
    ('repeat', '(?:a|b)*?b', 0, 'aab', 'match'),
    ('repeat', '(a+|b+)*c', 0, 'aabbac', 'match'),
    ('repeat', '(a|b){2,3}?c', 0, 'ababc', 'search'),
    ('repeat', '((a)|b)*', 0, 'ab', 'match'),
    ('repeat', '(a*)*', 0, 'b', 'match'),
    ('repeat', '(a*)+', 0, 'b', 'match'),
    ('repeat', '(a|)*b', 0, 'aab', 'match'),
    ('repeat', '(?:a*?)*?b', 0, 'aab', 'match'),
    ('repeat', '(a*?)*?$', 0, 'aa', 'match'),
    ('repeat', '(?:x*)*y', 0, 'xxy', 'match'),
    ('min_repeat_one', 'a*?b', 0, 'aaab', 'match'),
    ('min_repeat_one', '<.*?>', 0, '<a><b>', 'search'),
    ('min_repeat_one', 'a{2,}?', 0, 'aaaa', 'match'),
    ('min_repeat_one', 'a{2,3}?$', 0, 'aaaa', 'search'),
    ('min_repeat_one', 'x.??y', 0, 'xy xay', 'findall'),
    ('min_repeat_one', r'\d+?\d', 0, '1234', 'match'),
    ('repeat_one', 'a*ab', 0, 'aaab', 'match'),
    ('repeat_one', '[ab]*b', 0, 'abab', 'match'),
    ('repeat_one', r'\d+\.', 0, '123.', 'match'),
    ('repeat_one', 'x*', 0, 'axx', 'search'),
    ('repeat_one', 'a{3}', 0, 'aa', 'search'),
    ('repeat_one', '.*foo', 0, 'xfooyfooz', 'match'),
    ('repeat_one', '.*(foo)', 0, 'xfooyfooz', 'match'),
    ('repeat_one', '(?:ab|a)*c', 0, 'ababac', 'match'),
    ('repeat_one', '[^"]*"', 0, 'abc"def"', 'match'),
    ('repeat_one', 'a*', 0, 'baaa', 'findall'),
    ('mark', '(a)(b)?', 0, 'ac', 'match'),
    ('mark', '((a)b)', 0, 'ab', 'match'),
    ('mark', '(a)(b)(c)', 0, 'abc', 'match'),
    ('mark', '(?P<first>\w+) (?P<last>\w+)', 0, 'Ada Lovelace', 'match'),
    ('mark', '(a(b(c)))', 0, 'abc', 'match'),
    ('mark', '(a)|b', 0, 'b', 'match'),
    ('mark', '(?:(a)|(x))*b', 0, 'axab', 'match'),
    ('groupref', r'(a+)\1', 0, 'aaaa', 'match'),
    ('groupref', r'(a+)\1$', 0, 'aaaaa', 'match'),
    ('groupref', r'(\w+) \1', 0, 'say hello hello', 'search'),
    ('groupref', r'(a)\1', I, 'aA', 'match'),
    ('groupref', r'(a)?\1', 0, 'b', 'match'),
    ('groupref', r'(a)?(?(1)b|c)', 0, 'ab', 'match'),
    ('groupref', r'(a)?(?(1)b|c)', 0, 'c', 'match'),
    ('groupref', r'(a)?(?(1)b)c', 0, 'c', 'match'),
    ('groupref', r'(?P<q>["\'])?\w+(?(q)(?P=q))', 0, '"word"', 'match'),
    ('assert', 'a(?=b)', 0, 'acab', 'search'),
    ('assert', 'a(?!b)', 0, 'abac', 'search'),
    ('assert', '(?<=a)b', 0, 'cbab', 'search'),
    ('assert', '(?<!a)b', 0, 'abcb', 'search'),
    ('assert', '(?<=ab)c', 0, 'abc', 'search'),
    ('assert', '(?<=a)b', 0, 'b', 'match'),
    ('assert', '(?=(a+))a*b\\1', 0, 'baaabac', 'search'),
    ('assert', '(?!(a)b)a', 0, 'ac', 'match'),
    ('assert', r'\w+(?=,)', 0, 'one two, three', 'search'),
    ('info', 'hello world', 0, 'say hello world!', 'search'),
    ('info', 'hello', 0, 'help hello', 'search'),
    ('info', r'abc\d', 0, 'abcx abc7', 'search'),
    ('info', 'aab', 0, 'aaab', 'search'),
    ('info', 'abab', 0, 'abababab', 'findall'),
    ('info', 'ab(c)', 0, 'abxabc', 'search'),
    ('info', 'a|b', 0, 'xxb', 'search'),
    ('info', '(?:x|y)z', 0, 'xxyz', 'search'),
    ('info', '[0-9]{3}', 0, 'ab12 345', 'search'),
    ('info', 'abc', 0, 'abc', 'search', 1),
    ('info', 'bc', 0, 'abcd', 'search', 0, 2),
    ('ignorecase', 'abc', I, 'xABC', 'search'),
    ('ignorecase', '[a-z]+', I, 'HeLLo1', 'match'),
    ('ignorecase', '[^a]', I, 'Ab', 'search'),
    ('ignorecase', 'x*', I, 'XxXy', 'match'),
    ('ignorecase', '[k]+', I, 'Kk', 'match'),
    ('ignorecase', '\xe9', I, '\xc9', 'match'),
    ('ignorecase', '\xe9', I | L, '\xc9', 'match'),
    ('ignorecase', u'\xe9', I | U, u'\xc9', 'match'),
    ('ignorecase', u'[\xe0-\xef]+', I | U, u'\xc9\xe8', 'match'),
    ('ignorecase', u'\u03c3+', I | U, u'\u03a3\u03c3', 'match'),
    ('ignorecase', u'[^\xe9]', I | U, u'\xc9x', 'search'),
    ('ignorecase', 'A+', I, 'aAa', 'match'),
    ('category', r'\w+', 0, u'caf\xe9', 'match'),
    ('category', r'\w+', U, u'caf\xe9', 'match'),
    ('category', r'\w+', L, 'caf\xe9', 'match'),
    ('category', r'\d+', 0, u'12\u0661', 'match'),
    ('category', r'\d+', U, u'12\u0661\xb2', 'match'),
    ('category', r'\s+', 0, u' \t\u2003x', 'match'),
    ('category', r'\s+', U, u' \t\u2003x', 'match'),
    ('category', r'\W+', U, u'\xe9-+ a', 'search'),
    ('category', r'\S+', 0, '  ab', 'search'),
    ('category', r'\D+', 0, '12ab3', 'search'),
    ('category', r'[\w]+', U, u'\u4e00\u4e01!', 'match'),
    ('backtrack', '(a*)b*c', 0, 'aaabbd aac', 'search'),
    ('backtrack', '(x+x+)+y', 0, 'xxxxxy', 'match'),
    ('backtrack', '^(\\w+)\\s*=\\s*(.*?)\\s*$', 0, 'name = some value  ', 'match'),
    ('backtrack', '(.*)(\\d+)', 0, 'abc123', 'match'),
    ('backtrack', '(.*?)(\\d+)', 0, 'abc123', 'match'),
    ('backtrack', '(a|ab)*bc', 0, 'ababc', 'match'),
    ('backtrack', '([a-z]+)([0-9]*)\\1', 0, 'ab12ab', 'match'),
    ('mark', '(?:(?:ab|a)+a+|((?<=a))(?!b)c{0,2}?)??^((?:ab|a)??(a*)+?(?:[^a]??x(b|c){2,}|\\b)+?(?:ab|a))', M, 'a', 'match'),
    ('long', '(a|b)*c', 0, 'abc', 'match'),
    ('long', '(?:ab|cd)*?e', 0, 'abcde', 'match'),
    ('window', '^a', 0, 'ba', 'match', 1),
    ('window', 'a$', 0, 'ab', 'search', 0, 1),
    ('window', r'\ba', 0, 'ba', 'search', 1),
    ('window', '', 0, 'abc', 'match', 2, 1),
    ('window', '', 0, 'abc', 'search', 2, 1),
    ('window', 'b', 0, 'abc', 'match', -5, 99),
    ('findall', r'(\w)(\d)?', 0, 'a1b c2', 'findall'),
    ('findall', r'\d*', 0, '12a34', 'findall'),
    ('findall', '', 0, 'ab', 'findall'),
    ('split', r'\W+', 0, 'Words, words, words.', 'split'),
    ('split', r'(\W+)', 0, 'Words, words.', 'split'),
    ('split', 'x*', 0, 'axbc', 'split'),
    ('split', r'\s', 0, 'a b c', 'split', 1),
    ('split', '(a)|b', 0, 'xbyaz', 'split'),
    ('sub', 'a', 0, 'banana', 'sub', 'o'),
    ('sub', 'x*', 0, 'abc', 'sub', '-'),
    ('sub', 'a|x*', 0, 'bac', 'sub', '-'),
    ('sub', 'an', 0, 'banana', 'subn', '', 1),
    ('sub', '', 0, '', 'sub', 'z'),
    ('sub', 'a', 0, u'ba', 'sub', 'o'),
]

# Catastrophic: exponential backtracking that the run's deadline must stop.
DEADLINE = [
    ('deadline', '(a+)+$', 0, 'a' * 40 + 'b', 'match'),
    ('deadline', '(x+x+)+y', 0, 'x' * 40, 'search'),
]


def text(s):
    return s if isinstance(s, unicode) else s.decode('latin-1')


def case(family, pattern, flags, subject, op, *args):
    p = sre_parse.parse(pattern, flags)
    code = sre_compile._code(p, flags)
    compiled = re.compile(pattern, flags)
    row = {
        'family': family, 'pattern': text(pattern), 'flags': flags | p.pattern.flags, 'code': code,
        'groups': p.pattern.groups - 1, 'subject': text(subject), 'unicode': isinstance(subject, unicode),
        'op': op, 'args': list(args),
    }
    if family == 'deadline':
        row['deadline'] = True
    elif op in ('match', 'search'):
        m = getattr(compiled, op)(subject, *args)
        row['regs'] = None if m is None else [list(r) for r in m.regs]
        row['lastindex'] = None if m is None else m.lastindex
    elif op in ('sub', 'subn'):
        row['repr'] = repr(getattr(compiled, op)(args[0], subject, *args[1:]))
    else:
        row['repr'] = repr(getattr(compiled, op)(subject, *args))
    return row


def main():
    with open(OUT, 'w') as f:
        for c in CASES + DEADLINE:
            f.write(json.dumps(case(*c), sort_keys=True) + '\n')


main()
