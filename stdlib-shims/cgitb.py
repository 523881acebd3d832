"""Detailed traceback reports for CGI scripts.

PyCgiRunner's own implementation of Python 2.7's ``cgitb`` module, written
from the Python 2.7 library reference (section 20.3) and checked against the
pages CPython 2.7.18 writes (../../shared/conformance/cgi/, cases 047 and
106-109). After ``cgitb.enable()`` an uncaught exception shows, for every
frame, the source lines around the failing line and the values of the names
used on it.

It needs only: tb.tb_frame, tb.tb_lineno, tb.tb_next, frame.f_code.co_filename,
frame.f_code.co_name, frame.f_locals, frame.f_globals and sys.exc_info(). The
argument list shown for each call is found in the source (the ``def`` line),
and the names on a line by a small scanner of our own, instead of reading
code objects or using tokenize/inspect/pydoc.
"""

import os
import re
import sys
import time
import traceback

__UNDEF__ = []  # marks a name with no value, as in Python 2.7's cgitb

# Python 2.7's keywords (Python 2.7 reference section 2.3.1); None, True and
# False are ordinary names there, so cgitb looks them up like any other.
_KEYWORDS = ("and", "as", "assert", "break", "class", "continue", "def",
             "del", "elif", "else", "except", "exec", "finally", "for",
             "from", "global", "if", "import", "in", "is", "lambda", "not",
             "or", "pass", "print", "raise", "return", "try", "while",
             "with", "yield")


def reset():
    """Return a string that closes whatever HTML the script left open and
    starts a new page, so the report is visible. The first line turns any
    header block still being written into an (ignored) extra header."""
    return '''<!--: spam
Content-Type: text/html

<body bgcolor="#f0f0f8"><font color="#f0f0f8" size="-5"> -->
<body bgcolor="#f0f0f8"><font color="#f0f0f8" size="-5"> --> -->
</font> </font> </font> </script> </object> </blockquote> </pre>
</table> </table> </table> </table> </table> </font> </font> </font>'''


def small(text):
    if text:
        return "<small>" + text + "</small>"
    return ""


def strong(text):
    if text:
        return "<strong>" + text + "</strong>"
    return ""


def grey(text):
    if text:
        return '<font color="#909090">' + text + "</font>"
    return ""


def _escape(text):
    """HTML-escape &, < and > (quotes are left alone, as in the 2.7 pages)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _preformat(text):
    """Source text as HTML that keeps its spacing and line breaks."""
    text = _escape(text.expandtabs())
    text = text.replace("\n\n", "\n \n").replace("\n\n", "\n \n")
    return text.replace(" ", "&nbsp;").replace("\n", "<br>\n")


# ---------------------------------------------------------------- values
# Short, safe descriptions of values: long strings and containers are cut
# with '...', object addresses are removed. Limits as in 2.7's reports.

_MAX_LEVEL = 6
_MAX_SEQ = 20       # tuples and lists
_MAX_DICT = 10
_MAX_STRING = 100   # strings, instances and other objects
_MAX_LONG = 40
_MAX_SMALL = 6      # sets, frozensets, deques
_MAX_ARRAY = 5

_ADDRESS = re.compile(r" at 0x[0-9a-f]{6,16}(>+)$", re.IGNORECASE)
_ESCAPES = re.compile(r"((\\[\\abfnrtv'\"]|\\[0-9]..|\\x..|\\u....)+)")


def _cram(text, limit):
    """Shorten text to limit characters by replacing its middle by '...'."""
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + "..." + text[len(text) - tail:]


def _strip_address(text):
    return _ADDRESS.sub(r"\1", text)


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


class _Describer:
    """Describes values for the HTML page (as_html) or the text report."""

    def __init__(self, as_html):
        self.as_html = as_html

    def __call__(self, value):
        return self.describe(value, _MAX_LEVEL)

    def finish(self, text):
        if self.as_html:
            return _escape(text)
        return text

    def describe(self, value, level):
        kind = "_".join(type(value).__name__.split())
        if kind in ("tuple", "list", "set", "frozenset", "deque", "array"):
            return self.sequence(value, level, kind)
        if kind == "dict":
            return self.mapping(value, level)
        if kind == "str":
            return self.string(value)
        if kind == "long":
            return _cram(repr(value), _MAX_LONG)
        if kind == "instance":
            return self.instance(value)
        return self.finish(_cram(_strip_address(repr(value)), _MAX_STRING))

    def sequence(self, value, level, kind):
        trail = ""
        limit = _MAX_SMALL
        if kind == "tuple":
            left, right, limit, trail = "(", ")", _MAX_SEQ, ","
        elif kind == "list":
            left, right, limit = "[", "]", _MAX_SEQ
        elif kind == "array":
            left, right, limit = "array('%s', [" % value.typecode, "])", _MAX_ARRAY
        else:
            left, right = kind + "([", "])"
            if kind != "deque":
                value = _sorted_if_possible(value)
        count = len(value)
        if level <= 0 and count:
            inner = "..."
        else:
            pieces = []
            for item in value:
                if len(pieces) == limit:
                    break
                pieces.append(self.describe(item, level - 1))
            if count > limit:
                pieces.append("...")
            inner = ", ".join(pieces)
        if count == 1 and trail:
            right = trail + right
        return left + inner + right

    def mapping(self, value, level):
        if not value:
            return "{}"
        if level <= 0:
            return "{...}"
        pieces = []
        for key in _sorted_if_possible(value):
            if len(pieces) == _MAX_DICT:
                break
            pieces.append("%s: %s" % (self.describe(key, level - 1),
                                      self.describe(value[key], level - 1)))
        if len(value) > _MAX_DICT:
            pieces.append("...")
        return "{" + ", ".join(pieces) + "}"

    def string(self, value):
        short = _cram(value, _MAX_STRING)
        quoted = repr(short)
        if "\\" in short and "\\" not in quoted.replace("\\\\", ""):
            # Backslashes are the only escapes: show it as a raw string.
            return "r" + quoted[0] + self.finish(short) + quoted[0]
        if self.as_html:
            return _ESCAPES.sub(r'<font color="#c040c0">\1</font>', _escape(quoted))
        return quoted

    def instance(self, value):
        try:
            return self.finish(_cram(_strip_address(repr(value)), _MAX_STRING))
        except Exception:
            return self.finish("<%s instance>" % value.__class__.__name__)


_html_value = _Describer(True)
_text_value = _Describer(False)


# ---------------------------------------------------------------- source

_source_cache = {}


def _source_lines(filename):
    """The lines of a source file (each ending in '\\n'), or [] if unreadable.

    Relative names are tried against the current folder, then sys.path, as
    a traceback's file names are."""
    if filename in _source_cache:
        return _source_cache[filename]
    lines = []
    candidates = [filename]
    if not os.path.isabs(filename):
        for folder in sys.path:
            if isinstance(folder, str) and folder:
                candidates.append(os.path.join(folder, filename))
    for candidate in candidates:
        try:
            f = open(candidate, "rb")
        except (IOError, OSError):
            continue
        try:
            data = f.read()
        finally:
            f.close()
        data = data.replace("\r\n", "\n").replace("\r", "\n")
        lines = [line + "\n" for line in data.split("\n")]
        if lines and lines[-1] == "\n":
            lines.pop()
        elif lines:
            lines[-1] = lines[-1][:-1]
        break
    _source_cache[filename] = lines
    return lines


def _getline(lines, lnum):
    if 1 <= lnum <= len(lines):
        return lines[lnum - 1]
    return ""


def _source_file(frame):
    """The frame's file name, with a compiled file mapped to its source."""
    filename = frame.f_code.co_filename
    if filename[-4:].lower() in (".pyc", ".pyo"):
        filename = filename[:-1]
    return filename


def _context(lines, lnum, context):
    """(first line number, lines) of the window of context lines around lnum.

    As in Python 2.7's reports, the window is centred on lnum but starts no
    earlier than line 2, and is pulled back so that it is full at the end of
    the file."""
    if context <= 0 or not lines:
        return None, None
    start = max(lnum - 1 - context // 2, 1)
    start = max(0, min(start, len(lines) - context))
    return start + 1, lines[start:start + context]


# ---------------------------------------------------------------- scanning

_NAME_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
_NAME_CHARS = _NAME_START + "0123456789"
_OPERATORS3 = ("**=", ">>=", "<<=", "//=")
_OPERATORS2 = ("**", "//", "<<", ">>", "<=", ">=", "==", "!=", "<>", "+=",
               "-=", "*=", "/=", "%=", "&=", "|=", "^=")


class _StatementReader:
    """Reads the source lines of one statement, starting at a line number,
    and remembers which lines it read (the report highlights them)."""

    def __init__(self, lines, lnum):
        self.lines = lines
        self.next_lnum = lnum
        self.read = {}

    def next_line(self):
        self.read[self.next_lnum] = 1
        line = _getline(self.lines, self.next_lnum)
        self.next_lnum += 1
        return line


def _string_end(buf, pos, quote, reader):
    """Index just past the string literal whose quote starts at buf[pos];
    may append lines to the buffer. Returns (buf, end) or (buf, -1)."""
    triple = buf[pos:pos + 3] == quote * 3
    i = pos + (3 if triple else 1)
    while 1:
        if i >= len(buf):
            more = reader.next_line()
            if not more:
                return buf, -1
            buf = buf + more
            continue
        c = buf[i]
        if c == "\\":
            i += 2
            continue
        if triple:
            if buf[i:i + 3] == quote * 3:
                return buf, i + 3
        elif c == quote:
            return buf, i + 1
        elif c == "\n":
            return buf, -1  # unterminated single-quoted string
        i += 1


def _tokens(reader):
    """The tokens of one logical line, as (is_name, text) pairs, up to its
    end (Python 2.7 reference section 2.1: brackets and a final backslash
    join lines; blank and comment-only lines before it are skipped)."""
    tokens = []
    depth = 0
    saw_code = False
    buf = reader.next_line()
    pos = 0
    while buf:
        if pos >= len(buf):
            break
        c = buf[pos]
        if c in " \t\f":
            pos += 1
        elif c == "#":
            end = buf.find("\n", pos)
            if end < 0:
                end = len(buf)
            tokens.append((False, buf[pos:end].rstrip("\r")))
            pos = end
        elif c == "\n" or c == "\r":
            if depth > 0 or not saw_code:
                if depth > 0:
                    tokens.append((False, "\n"))
                buf = reader.next_line()
                pos = 0
                continue
            break
        elif c == "\\" and buf[pos + 1:pos + 2] in ("\n", "\r", ""):
            buf = reader.next_line()
            pos = 0
        elif c in _NAME_START:
            end = pos + 1
            while end < len(buf) and buf[end] in _NAME_CHARS:
                end += 1
            word = buf[pos:end]
            if word.lower() in ("u", "r", "b", "ur", "br") and buf[end:end + 1] in ("'", '"'):
                buf, close = _string_end(buf, end, buf[end], reader)
                if close < 0:
                    break
                tokens.append((False, buf[pos:close]))
                pos = close
            else:
                tokens.append((True, word))
                pos = end
            saw_code = True
        elif c in "0123456789" or (c == "." and buf[pos + 1:pos + 2].isdigit()):
            end = pos + 1
            while end < len(buf) and (buf[end] in _NAME_CHARS or buf[end] == "." or
                                      (buf[end] in "+-" and buf[end - 1] in "eE" and
                                       not buf[pos:end].lower().startswith("0x"))):
                end += 1
            tokens.append((False, buf[pos:end]))
            pos = end
            saw_code = True
        elif c == "'" or c == '"':
            buf, close = _string_end(buf, pos, c, reader)
            if close < 0:
                break
            tokens.append((False, buf[pos:close]))
            pos = close
            saw_code = True
        else:
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth -= 1
            text = c
            if buf[pos:pos + 3] in _OPERATORS3:
                text = buf[pos:pos + 3]
            elif buf[pos:pos + 2] in _OPERATORS2:
                text = buf[pos:pos + 2]
            tokens.append((False, text))
            pos += len(text)
            saw_code = True
    return tokens


def lookup(name, frame, locals):
    """Find a name as the frame would: ('local'|'global'|'builtin', value),
    or (None, __UNDEF__)."""
    if name in locals:
        return "local", locals[name]
    if name in frame.f_globals:
        return "global", frame.f_globals[name]
    builtins = frame.f_globals.get("__builtins__")
    if builtins is None:
        try:
            import __builtin__ as builtins
        except ImportError:
            builtins = None
    if isinstance(builtins, dict):
        if name in builtins:
            return "builtin", builtins[name]
    elif builtins is not None:
        if hasattr(builtins, name):
            return "builtin", getattr(builtins, name)
    return None, __UNDEF__


def scanvars(reader, frame, locals):
    """The names used in a statement, with where each was found and its value.

    reader is either a function returning successive source lines (as in
    2.7's API) or a _StatementReader. An attribute chain a.b.c gives 'a',
    'a.b' and 'a.b.c' (the prefix is the 'where' of the dotted names)."""
    if not isinstance(reader, _StatementReader):
        reader = _CallableReader(reader)
    found = []
    last = None
    parent = None
    prefix = ""
    value = __UNDEF__
    for is_name, text in _tokens(reader):
        if is_name and text not in _KEYWORDS:
            if last == ".":
                if parent is not __UNDEF__:
                    value = getattr(parent, text, __UNDEF__)
                    found.append((prefix + text, prefix, value))
            else:
                where, value = lookup(text, frame, locals)
                found.append((text, where, value))
        elif text == ".":
            prefix = prefix + str(last) + "."
            parent = value
        else:
            parent, prefix = None, ""
        last = text
    return found


class _CallableReader(_StatementReader):
    """Adapts a plain line-returning function to _tokens()."""

    def __init__(self, function):
        _StatementReader.__init__(self, [], 0)
        self.function = function

    def next_line(self):
        return self.function()


# ---------------------------------------------------------------- calls

def _split_top_level(text):
    """Split at the commas that are not inside brackets or strings."""
    parts = []
    depth = 0
    start = 0
    quote = None
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _parameter_text(lines, lnum, name):
    """The text between the parentheses of 'def name(...)', searching up
    from line lnum, or None."""
    header = re.compile(r"^\s*def\s+" + re.escape(name) + r"\s*\(")
    i = min(lnum, len(lines))
    while i >= 1:
        match = header.match(lines[i - 1])
        if match:
            text = "".join(lines[i - 1:i + 20])[match.end():]
            depth = 1
            quote = None
            j = 0
            while j < len(text):
                c = text[j]
                if quote:
                    if c == "\\":
                        j += 1
                    elif c == quote:
                        quote = None
                elif c in "'\"":
                    quote = c
                elif c == "#":
                    end = text.find("\n", j)
                    text = text[:j] + (text[end:] if end >= 0 else "")
                    continue
                elif c in "([{":
                    depth += 1
                elif c in ")]}":
                    depth -= 1
                    if depth == 0:
                        return text[:j]
                j += 1
            return None
        i -= 1
    return None


def _parameters(lines, lnum, name):
    """[(prefix, name-or-nested-list)] of the function's parameters."""
    text = _parameter_text(lines, lnum, name)
    if text is None:
        return None
    return [_parameter(p) for p in _split_top_level(text)]


def _lambda_parameters(lines, lnum, locals):
    """The parameters of the lambda running at line lnum: the first lambda
    on that line (or just above) whose parameters are all local names."""
    i = min(lnum, len(lines))
    while i >= 1 and i > lnum - 5:
        line = lines[i - 1]
        for match in re.finditer(r"\blambda\b", line):
            text = line[match.end():]
            colon = _top_level_colon(text)
            if colon < 0:
                continue
            parameters = [_parameter(p) for p in _split_top_level(text[:colon])]
            if _all_local(parameters, locals):
                return parameters
        i -= 1
    return None


def _top_level_colon(text):
    depth = 0
    for j in range(len(text)):
        c = text[j]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == ":" and depth == 0:
            return j
    return -1


def _all_local(parameters, locals):
    for star, name in parameters:
        names = name
        if not isinstance(name, list):
            names = [name]
        for one in names:
            if one not in locals:
                return False
    return True


def _parameter(piece):
    if piece.startswith("**"):
        return ("**", piece[2:].strip())
    if piece.startswith("*"):
        return ("*", piece[1:].strip())
    eq = piece.find("=")
    if eq >= 0 and not piece.startswith("("):
        piece = piece[:eq]
    elif piece.startswith("(") and piece.rfind(")") > 0:
        inner = piece[1:piece.rfind(")")]
        return ("", [_parameter(p)[1] for p in _split_top_level(inner)])
    return ("", piece.strip())


def _format_call(lines, lnum, frame, describe):
    """'(a=1, b='x')': the frame's arguments and their current values."""
    parameters = None
    name = frame.f_code.co_name
    if name == "<lambda>":
        parameters = _lambda_parameters(lines, lnum, frame.f_locals)
    elif name != "<module>":
        parameters = _parameters(lines, lnum, name)
    if not parameters:
        return "()"
    locals = frame.f_locals

    def one(name):
        if isinstance(name, list):
            inner = [one(n) for n in name]
            if len(inner) == 1:
                return "(" + inner[0] + ",)"
            return "(" + ", ".join(inner) + ")"
        return name + "=" + describe(locals[name])

    try:
        return "(" + ", ".join([star + one(name) for star, name in parameters]) + ")"
    except KeyError:
        return "()"  # not really this function's frame (a class body, say)


# ---------------------------------------------------------------- frames

def _records(etb, context):
    """For each traceback entry: (frame, file, lnum, func, lines, first)."""
    records = []
    while etb is not None:
        frame = etb.tb_frame
        lnum = etb.tb_lineno
        filename = _source_file(frame)
        source = _source_lines(filename)
        first, window = _context(source, lnum, context)
        records.append((frame, filename, lnum, frame.f_code.co_name,
                        source, first, window))
        etb = etb.tb_next
    return records


def _names(frame, source, lnum):
    """scanvars() for the statement at lnum, and the lines it spans."""
    reader = _StatementReader(source, lnum)
    return scanvars(reader, frame, frame.f_locals), reader.read


def _type_name(etype):
    # An old-style exception class shows as its bare name.
    if type(etype).__name__ == "classobj":
        return etype.__name__
    return etype


def _versions():
    return ("Python " + sys.version.split()[0] + ": " + sys.executable,
            time.ctime(time.time()))


def html(einfo, context=5):
    """The report for exception info (type, value, traceback) as HTML."""
    etype, evalue, etb = einfo
    etype = _type_name(etype)
    pyver, date = _versions()
    head = '<body bgcolor="#f0f0f8">' + _heading(
        "<big><big>%s</big></big>" % strong(_escape(str(etype))),
        "#ffffff", "#6622aa", pyver + "<br>" + date) + '''
<p>A problem occurred in a Python script.  Here is the sequence of
function calls leading up to the error, in the order they occurred.</p>'''

    indent = "<tt>" + small("&nbsp;" * 5) + "&nbsp;</tt>"
    frames = []
    for frame, filename, lnum, func, source, first, window in _records(etb, context):
        if filename:
            filename = os.path.abspath(filename)
            link = '<a href="file://%s">%s</a>' % (filename, _escape(filename))
        else:
            filename = link = "?"
        call = "in " + strong(_escape(func)) + \
            _format_call(source, lnum, frame, _html_value)
        names, highlight = _names(frame, source, lnum)

        rows = ['<tr><td bgcolor="#d8bbff">%s%s %s</td></tr>' %
                ("<big>&nbsp;</big>", link, call)]
        if window is not None:
            i = first
            for line in window:
                num = small("&nbsp;" * (5 - len(str(i))) + str(i)) + "&nbsp;"
                if i in highlight:
                    line = "<tt>=&gt;%s%s</tt>" % (num, _preformat(line))
                    rows.append('<tr><td bgcolor="#ffccee">%s</td></tr>' % line)
                else:
                    line = "<tt>&nbsp;&nbsp;%s%s</tt>" % (num, _preformat(line))
                    rows.append("<tr><td>%s</td></tr>" % grey(line))
                i += 1

        done = {}
        dump = []
        for name, where, value in names:
            if name in done:
                continue
            done[name] = 1
            if value is not __UNDEF__:
                if where in ("global", "builtin"):
                    name = ("<em>%s</em> " % where) + strong(name)
                elif where == "local":
                    name = strong(name)
                else:
                    name = where + strong(name.split(".")[-1])
                dump.append("%s&nbsp;= %s" % (name, _html_value(value)))
            else:
                dump.append(name + " <em>undefined</em>")
        rows.append("<tr><td>%s</td></tr>" % small(grey(", ".join(dump))))
        frames.append('''
<table width="100%%" cellspacing=0 cellpadding=0 border=0>
%s</table>''' % "\n".join(rows))

    exception = ["<p>%s: %s" % (strong(_escape(str(etype))), _escape(str(evalue)))]
    if isinstance(evalue, BaseException):
        for name in dir(evalue):
            if name[:1] == "_":
                continue
            value = _html_value(getattr(evalue, name))
            exception.append("\n<br>%s%s&nbsp;=\n%s" % (indent, name, value))

    return head + "".join(frames) + "".join(exception) + '''


<!-- The above is a description of an error in a Python program, formatted
     for a Web browser because the 'cgitb' module was enabled.  In case you
     are not reading this in a Web browser, here is the original traceback:

%s
-->
''' % _escape("".join(traceback.format_exception(etype, evalue, etb)))


def _heading(title, fgcol, bgcol, extras=""):
    """The coloured title bar at the top of the HTML report."""
    return '''
<table width="100%%" cellspacing=0 cellpadding=2 border=0 summary="heading">
<tr bgcolor="%s">
<td valign=bottom>&nbsp;<br>
<font color="%s" face="helvetica, arial">&nbsp;<br>%s</font></td
><td align=right valign=bottom
><font color="%s" face="helvetica, arial">%s</font></td></tr></table>
    ''' % (bgcol, fgcol, title, fgcol, extras or "&nbsp;")


def text(einfo, context=5):
    """The report for exception info (type, value, traceback) as plain text."""
    etype, evalue, etb = einfo
    etype = _type_name(etype)
    pyver, date = _versions()
    head = "%s\n%s\n%s\n" % (str(etype), pyver, date) + '''
A problem occurred in a Python script.  Here is the sequence of
function calls leading up to the error, in the order they occurred.
'''
    frames = []
    for frame, filename, lnum, func, source, first, window in _records(etb, context):
        filename = filename and os.path.abspath(filename) or "?"
        call = "in " + func + _format_call(source, lnum, frame, _text_value)
        names, highlight = _names(frame, source, lnum)
        rows = [" %s %s" % (filename, call)]
        if window is not None:
            i = first
            for line in window:
                rows.append("%5d " % i + line.rstrip())
                i += 1
        done = {}
        dump = []
        for name, where, value in names:
            if name in done:
                continue
            done[name] = 1
            if value is not __UNDEF__:
                if where == "global":
                    name = "global " + name
                elif where != "local":
                    name = where + name.split(".")[-1]
                dump.append("%s = %s" % (name, _text_value(value)))
            else:
                dump.append(name + " undefined")
        rows.append("\n".join(dump))
        frames.append("\n%s\n" % "\n".join(rows))

    exception = ["%s: %s" % (str(etype), str(evalue))]
    if isinstance(evalue, BaseException):
        for name in dir(evalue):
            value = _text_value(getattr(evalue, name))
            exception.append("\n%s%s = %s" % (" " * 4, name, value))

    return head + "".join(frames) + "".join(exception) + '''

The above is a description of an error in a Python program.  Here is
the original traceback:

%s
''' % "".join(traceback.format_exception(etype, evalue, etb))


class Hook:
    """An exception handler (usable as sys.excepthook) that writes the
    report to a file (sys.stdout by default) and optionally to a log folder."""

    def __init__(self, display=1, logdir=None, context=5, file=None,
                 format="html"):
        self.display = display
        self.logdir = logdir
        self.context = context
        self.file = file or sys.stdout
        self.format = format

    def __call__(self, etype, evalue, etb):
        self.handle((etype, evalue, etb))

    def handle(self, info=None):
        info = info or sys.exc_info()
        if self.format == "html":
            self.file.write(reset())

        plain = False
        try:
            if self.format == "html":
                doc = html(info, self.context)
            else:
                doc = text(info, self.context)
        except Exception:
            # The report itself failed: fall back to a plain traceback.
            doc = "".join(traceback.format_exception(info[0], info[1], info[2]))
            plain = True

        if self.display:
            if plain:
                doc = doc.replace("&", "&amp;").replace("<", "&lt;")
                self.file.write("<pre>" + doc + "</pre>\n")
            else:
                self.file.write(doc + "\n")
        else:
            self.file.write("<p>A problem occurred in a Python script.\n")

        if self.logdir is not None:
            if self.format == "html":
                suffix = ".html"
            else:
                suffix = ".txt"
            path = self.logdir
            try:
                import tempfile
                fd, path = tempfile.mkstemp(suffix=suffix, dir=self.logdir)
                log = os.fdopen(fd, "w")
                try:
                    log.write(doc)
                finally:
                    log.close()
                msg = "%s contains the description of this error." % path
            except Exception:
                msg = "Tried to save traceback to %s, but failed." % path
            if self.format == "html":
                msg = "<p>%s</p>" % msg
            self.file.write(msg + "\n")
        try:
            self.file.flush()
        except Exception:
            pass


def handler(info=None):
    """Report the exception being handled (or info) on sys.stdout as HTML."""
    Hook().handle(info)


def enable(display=1, logdir=None, context=5, format="html"):
    """Install the report as sys.excepthook for uncaught exceptions.

    display=0 hides the details from the browser; logdir keeps a copy of
    each report in a file there."""
    sys.excepthook = Hook(display=display, logdir=logdir,
                          context=context, format=format)
