"""Python 2.7 `traceback` module, written for PyCgiRunner.

Extracts, formats and prints stack traces the way the interpreter does:
'Traceback (most recent call last):', one '  File "f", line n, in name'
entry per frame followed by its stripped source line (read through
linecache), then the exception line 'Type: message' (class __name__ only, as
2.7 prints it).  SyntaxError values get the file/line/source/caret layout.
Frames come from traceback objects (tb_frame, tb_lineno, tb_next) and frame
objects (f_code, f_lineno, f_back, f_globals).
"""

import sys
import linecache
import types

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'tb_lineno']


def _limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
    return limit


def _frame_entry(frame, lineno):
    code = frame.f_code
    filename = code.co_filename
    linecache.checkcache(filename)
    line = linecache.getline(filename, lineno, frame.f_globals)
    line = line.strip() if line else None
    return (filename, lineno, code.co_name, line)


def extract_tb(tb, limit=None):
    """(filename, lineno, function name, source line or None) per traceback
    entry, outermost first."""
    limit = _limit(limit)
    entries = []
    while tb is not None and (limit is None or len(entries) < limit):
        entries.append(_frame_entry(tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    return entries


def extract_stack(f=None, limit=None):
    """Like extract_tb for the call stack that leads to frame f (default: the
    caller's frame), outermost first."""
    if f is None:
        f = sys._getframe(1)
    limit = _limit(limit)
    entries = []
    while f is not None and (limit is None or len(entries) < limit):
        entries.append(_frame_entry(f, f.f_lineno))
        f = f.f_back
    entries.reverse()
    return entries


def format_list(extracted_list):
    out = []
    for filename, lineno, name, line in extracted_list:
        text = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if line:
            text += '    %s\n' % line.strip()
        out.append(text)
    return out


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for text in format_list(extracted_list):
        file.write(text)


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit))


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit), file)


def tb_lineno(tb):
    return tb.tb_lineno


def _some_str(value):
    try:
        return str(value)
    except Exception:
        pass
    try:
        return unicode(value).encode('ascii', 'backslashreplace')
    except Exception:
        pass
    return '<unprintable %s object>' % type(value).__name__


def _final_line(type_name, value):
    text = _some_str(value)
    if value is None or not text:
        return '%s\n' % type_name
    return '%s: %s\n' % (type_name, text)


def format_exception_only(etype, value):
    """The last lines of a traceback: 'Type: message\\n', preceded for a
    SyntaxError by its file, line, source text and a caret under the
    offset."""
    # Python 2 lets string exceptions and instances stand in for the type.
    if (etype is None or isinstance(etype, (str, BaseException)) or
            isinstance(etype, types.InstanceType)):
        return [_final_line(etype, value)]
    type_name = etype.__name__
    if not issubclass(etype, SyntaxError):
        return [_final_line(type_name, value)]
    lines = []
    try:
        msg, (filename, lineno, offset, badline) = value.args
    except Exception:
        pass
    else:
        lines.append('  File "%s", line %d\n' % (filename or '<string>', lineno))
        if badline is not None:
            lines.append('    %s\n' % badline.strip())
            if offset is not None:
                text = badline.rstrip('\n')
                offset = min(len(text), offset) - 1
                before = text[:offset].lstrip()
                # Tabs stay tabs so the caret lines up under the same column.
                pad = ''.join([c if c.isspace() else ' ' for c in before])
                lines.append('    %s^\n' % pad)
        value = msg
    lines.append(_final_line(type_name, value))
    return lines


def format_exception(etype, value, tb, limit=None):
    if tb:
        lines = ['Traceback (most recent call last):\n']
        lines.extend(format_tb(tb, limit))
    else:
        lines = []
    lines.extend(format_exception_only(etype, value))
    return lines


def print_exception(etype, value, tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for text in format_exception(etype, value, tb, limit):
        file.write(text)


def format_exc(limit=None):
    etype, value, tb = sys.exc_info()
    try:
        return ''.join(format_exception(etype, value, tb, limit))
    finally:
        etype = value = tb = None


def print_exc(limit=None, file=None):
    etype, value, tb = sys.exc_info()
    try:
        print_exception(etype, value, tb, limit, file)
    finally:
        etype = value = tb = None


def print_last(limit=None, file=None):
    if not hasattr(sys, 'last_type'):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file)
