"""Python 2.7 `csv` module, written for PyCgiRunner.

One Python module in place of CPython's csv.py + _csv C parser.  The reader
is the C parser's character state machine (quoted fields spanning lines,
doubled quotes, escape characters, lenient or strict handling of stray
quotes, QUOTE_NONNUMERIC turning unquoted fields into floats); the writer
quotes exactly when 2.7 does (delimiter, quote character, escape character or
a character of the line terminator in the field; floats written with repr; a
lone empty field written as "").  Error messages are _csv's.
"""

import re
from StringIO import StringIO

__version__ = "1.0"

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "Sniffer", "unregister_dialect",
           "__version__", "DictReader", "DictWriter"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass

_field_limit = [128 * 1024]


def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 arguments, got %d"
                        % len(args))
    old = _field_limit[0]
    if args:
        if not isinstance(args[0], (int, long)):
            raise TypeError("limit must be an integer")
        _field_limit[0] = args[0]
    return old


# --- Dialects

_ATTRS = ('delimiter', 'quotechar', 'escapechar', 'doublequote',
          'skipinitialspace', 'lineterminator', 'quoting', 'strict')
_DEFAULTS = {'delimiter': ',', 'quotechar': '"', 'escapechar': None,
             'doublequote': True, 'skipinitialspace': False,
             'lineterminator': '\r\n', 'quoting': QUOTE_MINIMAL,
             'strict': False}


def _check_char(name, value, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be an 1-character string' % name)
    if isinstance(value, unicode):
        value = str(value)
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' %
                        (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be an 1-character string' % name)
    return value


class _ResolvedDialect(object):
    """The validated parameter set a reader or writer works with (what
    _csv.Dialect is in CPython); read-only attributes."""

    def __init__(self, dialect=None, **params):
        if isinstance(dialect, basestring):
            dialect = get_dialect(dialect)
        values = {}
        for name in _ATTRS:
            if name in params:
                values[name] = params.pop(name)
            elif dialect is not None and hasattr(dialect, name):
                values[name] = getattr(dialect, name)
            else:
                values[name] = _DEFAULTS[name]
        if params:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % params.keys()[0])
        # Checked in _csv's order, so the first complaint is the same.
        values['delimiter'] = _check_char('delimiter', values['delimiter'],
                                          False)
        values['escapechar'] = _check_char('escapechar', values['escapechar'],
                                           True)
        term = values['lineterminator']
        if term is None:
            raise TypeError("lineterminator must be set")
        if not isinstance(term, basestring):
            raise TypeError('"lineterminator" must be a string')
        values['quotechar'] = _check_char('quotechar', values['quotechar'],
                                          True)
        quoting = values['quoting']
        if not isinstance(quoting, (int, long)):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
                           QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        # _csv keeps the flags as ints (prints 1/0).
        values['doublequote'] = int(bool(values['doublequote']))
        values['skipinitialspace'] = int(bool(values['skipinitialspace']))
        values['strict'] = int(bool(values['strict']))
        self.__dict__.update(values)

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is "
                             "not writable" % name)


class Dialect:
    """Describes a CSV format; subclass it and set the class attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _ResolvedDialect(self)
        except TypeError, e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'

_dialects = {}


def register_dialect(name, dialect=None, **params):
    if not isinstance(name, basestring):
        raise TypeError("dialect name must be a string or unicode")
    _dialects[name] = _ResolvedDialect(dialect, **params)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)

register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)


# --- Reader: the parser states.

(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL) = range(8)

_EOL = None   # the end-of-line pseudo character fed after each line


class _Reader(object):

    def __init__(self, iterable, dialect='excel', **params):
        self._lines = iter(iterable)
        self.dialect = _ResolvedDialect(dialect, **params)
        self.line_num = 0
        self._reset()

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        text = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _add_char(self, c):
        if len(self._field) >= _field_limit[0]:
            raise Error("field larger than field limit (%d)" % _field_limit[0])
        self._field.append(c)

    def next(self):
        self._reset()
        while True:
            try:
                line = self._lines.next()
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            self.line_num += 1
            if isinstance(line, unicode):
                line = str(line)
            elif not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(did you open the file in text mode?)" %
                            type(line).__name__)
            for c in line:
                if c == '\0':
                    raise Error("line contains NUL")
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        eol = c is _EOL
        if state == _START_RECORD:
            if eol:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if eol or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            self._add_char('\n' if eol else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD:
            if eol or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if eol:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = _QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if eol else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif eol or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" %
                            (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif eol:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do "
                            "you need to open the file in universal-newline "
                            "mode?")


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, dialect, **fmtparams)


# --- Writer

class _Writer(object):

    def __init__(self, fileobj, dialect='excel', **params):
        if not hasattr(fileobj, 'write'):
            raise TypeError("argument 1 must have a \"write\" method")
        self._write = fileobj.write
        self.dialect = _ResolvedDialect(dialect, **params)

    def _field_text(self, field, quoted):
        d = self.dialect
        out = []
        specials = d.delimiter + (d.escapechar or '') + (d.quotechar or '') \
            + d.lineterminator
        for c in field:
            if c in specials:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if not d.escapechar:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            text = (d.quotechar or '') + text + (d.quotechar or '')
        return text

    def writerow(self, row):
        d = self.dialect
        try:
            items = list(row) if not isinstance(row, basestring) else None
        except TypeError:
            items = None
        if items is None:
            raise Error("sequence expected")
        parts = []
        for field in items:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, long, float, complex))
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            parts.append(self._field_text(text, quoted))
        if len(items) == 1 and parts[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = (d.quotechar or '') * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect='excel', **fmtparams):
    return _Writer(fileobj, dialect, **fmtparams)


# --- Dictionary views

class DictReader:

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = self.reader.next()
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def next(self):
        if self.line_num == 0:
            self.fieldnames
        row = self.reader.next()
        self.line_num = self.reader.line_num
        while row == []:
            row = self.reader.next()
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        elif len(names) > len(row):
            for key in names[len(row):]:
                d[key] = self.restval
        return d


class DictWriter:

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)


# --- Sniffer (a simpler guesser than CPython's: same answers on ordinary,
# consistent samples).

class Sniffer:

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quoted(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quoted(self, data, delimiters):
        # Quoted fields: a quote right after a delimiter (or line start) and
        # the same quote right before a delimiter (or line end).
        pattern = re.compile(r'(?:^|(?P<d1>[^\w\n"\'])(?P<sp> ?))'
                             r'(?P<q>["\']).*?(?P=q)(?:$|(?P<d2>[^\w\n"\']))',
                             re.MULTILINE)
        quotes = {}
        delims = {}
        spaces = 0
        for m in pattern.finditer(data):
            q = m.group('q')
            quotes[q] = quotes.get(q, 0) + 1
            for name in ('d1', 'd2'):
                d = m.group(name)
                if d and (delimiters is None or d in delimiters):
                    delims[d] = delims.get(d, 0) + 1
            if m.group('sp'):
                spaces += 1
        if not quotes:
            return '', False, None, False
        quotechar = max(quotes.items(), key=lambda kv: kv[1])[0]
        if delims:
            delim = max(delims.items(), key=lambda kv: kv[1])[0]
            skip = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skip = False
        double = re.search(r'((%(d)s)|^)\W*%(q)s[^%(d)s\n]*%(q)s%(q)s' %
                           {'d': re.escape(delim or ','),
                            'q': re.escape(quotechar)}, data, re.MULTILINE)
        return quotechar, bool(double), delim or None, skip

    def _guess_delimiter(self, data, delimiters):
        lines = [l for l in data.split('\n') if l]
        if not lines:
            return None, False
        candidates = []
        chars = set(''.join(lines))
        for c in chars:
            if delimiters is not None and c not in delimiters:
                continue
            counts = [l.count(c) for l in lines]
            mode = max(set(counts), key=counts.count)
            if mode == 0:
                continue
            consistency = counts.count(mode) / float(len(counts))
            candidates.append((consistency, c))
        if not candidates:
            return None, False
        best = max([cons for cons, c in candidates])
        if best < 0.9:
            return None, False
        chosen = [c for cons, c in candidates if cons == best]
        for c in self.preferred:
            if c in chosen:
                delim = c
                break
        else:
            delim = sorted(chosen)[0]
        skip = data.count(delim) == data.count(delim + ' ')
        return delim, skip

    def has_header(self, sample):
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = rdr.next()
        columns = len(header)
        types = {}
        for i in range(columns):
            types[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(types.keys()):
                for kind in (int, long, float, complex):
                    try:
                        kind(row[col])
                        break
                    except (ValueError, OverflowError):
                        pass
                else:
                    kind = len(row[col])
                if kind == long:
                    kind = int
                if kind != types[col]:
                    if types[col] is None:
                        types[col] = kind
                    else:
                        del types[col]
        votes = 0
        for col, kind in types.items():
            if type(kind) == type(0):
                if len(header[col]) != kind:
                    votes += 1
                else:
                    votes -= 1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
