"""Python 2.7 `string` module, written for PyCgiRunner.

Holds the character-class constants, the old function forms of the str
methods (legacy scripts call string.split(s) rather than s.split()),
Template ($-substitution) and Formatter (the str.format machinery as a class).
"""

import re as _re

# --- Constants.  The engine always runs in the C locale, so the locale-dependent
# names (letters, lowercase, uppercase) equal their ascii_ counterparts.
whitespace = '\t\n\x0b\x0c\r '
ascii_lowercase = lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = letters = lowercase + uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
# printable lists the whitespace in a different order than `whitespace` does.
printable = digits + letters + punctuation + ' \t\n\r\x0b\x0c'

# The old exception aliases; all are ValueError in 2.7.
index_error = atoi_error = atof_error = atol_error = ValueError

# The identity translation table, built once (maketrans("", "") returns it).
_identity = ''.join([chr(_i) for _i in range(256)])


def capwords(s, sep=None):
    """Capitalize each word; words are split by sep and joined by sep (or ' ')."""
    parts = [word.capitalize() for word in s.split(sep)]
    if sep is None:
        return ' '.join(parts)
    return sep.join(parts)


def maketrans(fromstr, tostr):
    """A 256-character table mapping each char of fromstr to the one of tostr."""
    if len(fromstr) != len(tostr):
        raise ValueError("maketrans arguments must have same length")
    table = list(_identity)
    for src, dst in zip(fromstr, tostr):
        table[ord(src)] = dst
    return ''.join(table)


# --- Function forms of the str methods (2.7 keeps them for old code).

def lower(s):
    return s.lower()


def upper(s):
    return s.upper()


def swapcase(s):
    return s.swapcase()


def strip(s, chars=None):
    return s.strip(chars)


def lstrip(s, chars=None):
    return s.lstrip(chars)


def rstrip(s, chars=None):
    return s.rstrip(chars)


def split(s, sep=None, maxsplit=-1):
    return s.split(sep, maxsplit)

splitfields = split


def rsplit(s, sep=None, maxsplit=-1):
    return s.rsplit(sep, maxsplit)


def join(words, sep=' '):
    return sep.join(words)

joinfields = join


def find(s, *args):
    return s.find(*args)


def rfind(s, *args):
    return s.rfind(*args)


def index(s, *args):
    return s.index(*args)


def rindex(s, *args):
    return s.rindex(*args)


def count(s, *args):
    return s.count(*args)


def atoi(s, base=10):
    return int(s, base)


def atol(s, base=10):
    return long(s, base)


def atof(s):
    return float(s)


def capitalize(s):
    return s.capitalize()


def expandtabs(s, tabsize=8):
    return s.expandtabs(tabsize)


def ljust(s, width, *args):
    return s.ljust(width, *args)


def rjust(s, width, *args):
    return s.rjust(width, *args)


def center(s, width, *args):
    return s.center(width, *args)


def zfill(x, width):
    # Non-strings are zero-filled through their repr, as 2.7 does.
    if not isinstance(x, basestring):
        x = repr(x)
    return x.zfill(width)


def replace(s, old, new, maxreplace=-1):
    return s.replace(old, new, maxreplace)


def translate(s, table, deletions=""):
    if deletions or table is None:
        return s.translate(table, deletions)
    # For unicode s the table must become unicode too so that the
    # unicode.translate mapping protocol sees a sequence of characters.
    return s.translate(table + s[:0])


# --- Template: $name / ${name} / $$ substitution (PEP 292).

class _ChainMap(object):
    """Lookup in the keyword dict first, then in the positional mapping."""

    def __init__(self, primary, secondary):
        self._primary = primary
        self._secondary = secondary

    def __getitem__(self, key):
        try:
            return self._primary[key]
        except KeyError:
            return self._secondary[key]


class Template(object):
    """A string with $-placeholders.

    Subclasses may override `delimiter`, `idpattern` (compiled into the
    pattern) or `pattern` itself (a regex with the groups escaped, named,
    braced and invalid)."""

    delimiter = '$'
    idpattern = r'[_a-z][_a-z0-9]*'
    pattern = None

    def __init__(self, template):
        self.template = template

    @classmethod
    def _compiled(cls):
        # Compiled once per class, on first use, instead of through a metaclass;
        # cached in the class's own __dict__ so subclasses get their own.
        cached = cls.__dict__.get('_compiled_pattern')
        if cached is not None:
            return cached
        pat = cls.pattern
        if pat is None:
            pat = r'''
            %(delim)s(?:
              (?P<escaped>%(delim)s) |
              (?P<named>%(id)s)      |
              {(?P<braced>%(id)s)}   |
              (?P<invalid>)
            )''' % {'delim': _re.escape(cls.delimiter), 'id': cls.idpattern}
        if isinstance(pat, basestring):
            pat = _re.compile(pat, _re.IGNORECASE | _re.VERBOSE)
        cls._compiled_pattern = pat
        return pat

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    @staticmethod
    def _mapping(args, kws):
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            return kws
        if kws:
            return _ChainMap(kws, args[0])
        return args[0]

    def substitute(*args, **kws):
        # `self` is taken from args so that a keyword named "self" still works.
        if not args:
            raise TypeError("descriptor 'substitute' of 'Template' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        mapping = Template._mapping(args, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return '%s' % (mapping[named],)
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern',
                             self._compiled().pattern)
        return self._compiled().sub(convert, self.template)

    def safe_substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'safe_substitute' of 'Template' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        mapping = Template._mapping(args, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return '%s' % (mapping[named],)
                except KeyError:
                    # Unknown placeholders are left exactly as written.
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern',
                             self._compiled().pattern)
        return self._compiled().sub(convert, self.template)


# --- Formatter: str.format as an overridable class (PEP 3101).

def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) like 2.7's
    str._formatter_parser: field_name is None when only literal text remains."""
    i = 0
    n = len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                i += 2
                continue
            end, field = _scan_field(s, i + 1)
            name, conversion, spec = _split_field(field)
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = end + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _scan_field(s, start):
    """Index of the '}' closing the field that starts at `start`, and its text."""
    depth = 1
    i = start
    while i < len(s):
        if s[i] == '{':
            depth += 1
        elif s[i] == '}':
            depth -= 1
            if depth == 0:
                return i, s[start:i]
        i += 1
    raise ValueError("expected '}' before end of string")


def _split_field(field):
    """'name!r:spec' -> ('name', 'r', 'spec'); brackets may hide ! and :."""
    i = 0
    in_bracket = False
    while i < len(field):
        c = field[i]
        if c == '[':
            in_bracket = True
        elif c == ']':
            in_bracket = False
        elif not in_bracket and c in '!:':
            break
        i += 1
    name = field[:i]
    conversion = None
    spec = ''
    rest = field[i:]
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError("end of format while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and rest[0] != ':':
            raise ValueError("expected ':' after format specifier")
    if rest.startswith(':'):
        spec = rest[1:]
    return name, conversion, spec


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); numeric parts become ints."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter(object):
    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object needs an argument")
        self, args = args[0], args[1:]
        if not args:
            raise TypeError("format() missing 1 required positional argument: 'format_string'")
        format_string, args = args[0], args[1:]
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                result.append(literal)
            if field_name is None:
                continue
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec = self._vformat(spec, args, kwargs, used_args, recursion_depth - 1)
            result.append(self.format_field(obj, spec))
        return ''.join(result)

    def get_value(self, key, args, kwargs):
        if isinstance(key, (int, long)):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion == 'r':
            return repr(value)
        if conversion == 's':
            return str(value)
        if conversion is None:
            return value
        raise ValueError("Unknown conversion specifier %s" % conversion)

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
