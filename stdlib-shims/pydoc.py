# pydoc for PyCgiRunner, written here from the library reference. The library's own pydoc.py (from the
# jython package) does not compile under CPython 2.7's grammar (it calls a method named 'print'), and cgitb
# builds its pages with pydoc.html and pydoc.text, so this module provides those formatters with CPython
# 2.7's output, plus the documentation helpers (getdoc, describe, render_doc, help) over inspect.
"""Render Python objects' documentation as text or HTML (the parts PyCgiRunner serves)."""

import inspect
import re
import sys
from repr import Repr

__all__ = ['help', 'render_doc', 'getdoc', 'describe', 'html', 'text', 'plain']

# Object reprs end in ' at 0x<address>>' in CPython; documentation leaves the address out.
_ADDRESS = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)
# Escapes inside a string repr, coloured on HTML pages.
_ESCAPES = re.compile(r'((\\[\\abfnrtv\'"]|\\[0-9]..|\\x..|\\u....)+)')


def replace(text, *pairs):
    """Apply (old, new) replacements in order: replace(s, 'a', 'b', 'c', 'd')."""
    for i in range(0, len(pairs), 2):
        text = text.replace(pairs[i], pairs[i + 1])
    return text


def cram(text, maxlen):
    """Shorten text to maxlen characters by cutting out its middle."""
    if len(text) <= maxlen:
        return text
    head = max(0, (maxlen - 3) // 2)
    tail = max(0, maxlen - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


def stripid(text):
    return _ADDRESS.sub(r'\1', text)


def getdoc(thing):
    """The object's docstring or comments, with indentation cleaned up."""
    doc = inspect.getdoc(thing) or inspect.getcomments(thing)
    if not doc:
        return ''
    return re.sub('^ *\n', '', doc.rstrip())


def splitdoc(doc):
    """(synopsis line, rest) of a docstring."""
    parts = doc.strip().split('\n')
    if len(parts) == 1:
        return parts[0], ''
    if len(parts) >= 2 and not parts[1].rstrip():
        return parts[0], '\n'.join(parts[2:])
    return '', '\n'.join(parts)


def classname(cls, modname):
    name = cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + '.' + name
    return name


def isdata(thing):
    kinds = (inspect.ismodule, inspect.isclass, inspect.isroutine, inspect.isframe,
             inspect.istraceback, inspect.iscode)
    return not any(kind(thing) for kind in kinds)


def describe(thing):
    """A short description of what kind of object thing is."""
    if inspect.ismodule(thing):
        return ('package ' if thing.__name__ in sys.modules and hasattr(thing, '__path__')
                else 'module ') + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing) or inspect.ismemberdescriptor(thing):
        return 'attribute ' + thing.__name__
    return type(thing).__name__


def _repr_method(formatter, value):
    """The formatter's repr_<typename> method for value's type, if it has one."""
    name = getattr(type(value), '__name__', None)
    if name is None:
        return None
    return getattr(formatter, 'repr_' + '_'.join(name.split()), None)


class TextRepr(Repr):
    """Reprs shortened for plain-text pages."""

    def __init__(self):
        Repr.__init__(self)
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def repr1(self, x, level):
        method = _repr_method(self, x)
        if method is not None:
            return method(x, level)
        return cram(stripid(repr(x)), self.maxother)

    def repr_string(self, x, level):
        shown = cram(x, self.maxstring)
        quoted = repr(shown)
        # A string whose backslashes are all literal reads best as a raw string.
        if '\\' in shown and '\\' not in quoted.replace(r'\\', ''):
            return 'r' + quoted[0] + shown + quoted[0]
        return quoted

    repr_str = repr_unicode = repr_string

    def repr_instance(self, x, level):
        try:
            return cram(stripid(repr(x)), self.maxstring)
        except Exception:
            return '<%s instance>' % x.__class__.__name__


class HTMLRepr(TextRepr):
    """Reprs shortened and escaped for HTML pages, escapes in strings highlighted."""

    def escape(self, text):
        return replace(text, '&', '&amp;', '<', '&lt;', '>', '&gt;')

    def repr1(self, x, level):
        method = _repr_method(self, x)
        if method is not None:
            return method(x, level)
        return self.escape(cram(stripid(repr(x)), self.maxother))

    def repr_string(self, x, level):
        shown = cram(x, self.maxstring)
        quoted = repr(shown)
        if '\\' in shown and '\\' not in quoted.replace(r'\\', ''):
            return 'r' + quoted[0] + self.escape(shown) + quoted[0]
        return _ESCAPES.sub(r'<font color="#c040c0">\1</font>', self.escape(quoted))

    repr_str = repr_unicode = repr_string

    def repr_instance(self, x, level):
        try:
            return self.escape(cram(stripid(repr(x)), self.maxstring))
        except Exception:
            return self.escape('<%s instance>' % x.__class__.__name__)


class TextDoc(object):
    """Plain-text documentation."""

    _repr_instance = TextRepr()
    repr = _repr_instance.repr

    def bold(self, text):
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        return '\n'.join((prefix + line).rstrip() for line in text.split('\n'))

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def document(self, thing, name=None):
        name = name or getattr(thing, '__name__', None) or describe(thing)
        parts = [self.section('NAME', name)]
        if inspect.isroutine(thing) and (inspect.isfunction(thing) or inspect.ismethod(thing)):
            func = thing.im_func if inspect.ismethod(thing) else thing
            args, varargs, varkw, defaults = inspect.getargspec(func)
            signature = inspect.formatargspec(args, varargs, varkw, defaults, formatvalue=self._formatvalue)
            parts = [self.section('NAME', name + signature)]
        doc = getdoc(thing)
        if doc:
            parts.append(self.section('DESCRIPTION', doc))
        if inspect.ismodule(thing) or inspect.isclass(thing):
            names = sorted(n for n in dir(thing) if not n.startswith('_'))
            if names:
                parts.append(self.section('CONTENTS', '\n'.join(names)))
        return ''.join(parts)

    def _formatvalue(self, value):
        return '=' + self.repr(value)


class HTMLDoc(TextDoc):
    """HTML documentation pieces, as cgitb uses them."""

    _repr_instance = HTMLRepr()
    repr = _repr_instance.repr
    escape = _repr_instance.escape

    def page(self, title, contents):
        return ('<!doctype html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n'
                '<html><head><title>Python: %s</title>\n</head><body bgcolor="#f0f0f8">\n%s\n</body></html>'
                % (title, contents))

    def heading(self, title, fgcol, bgcol, extras=''):
        font = '<font color="%s" face="helvetica, arial">' % fgcol
        rows = ['',
                '<table width="100%" cellspacing=0 cellpadding=2 border=0 summary="heading">',
                '<tr bgcolor="%s">' % bgcol,
                '<td valign=bottom>&nbsp;<br>',
                font + '&nbsp;<br>%s</font></td' % title,
                '><td align=right valign=bottom',
                '>' + font + (extras or '&nbsp;') + '</font></td></tr></table>',
                '    ']
        return '\n'.join(rows)

    def preformat(self, text):
        text = self.escape(text.expandtabs())
        return replace(text, '\n\n', '\n \n', '\n\n', '\n \n', ' ', '&nbsp;', '\n', '<br>\n')

    def grey(self, text):
        return '<font color="#909090">%s</font>' % text

    def bold(self, text):
        return '<strong>%s</strong>' % text

    def document(self, thing, name=None):
        return '<pre>%s</pre>' % self.escape(plain(text.document(thing, name)))


def plain(text):
    """Remove the overstrike bold of TextDoc."""
    return re.sub('.\b', '', text)


text = TextDoc()
html = HTMLDoc()
plaintext = TextDoc()
plaintext.bold = lambda text: text


def locate(path, forceload=0):
    """The object a dotted name refers to, importing modules as needed; None when there is none."""
    parts = [part for part in path.split('.') if part]
    thing, n = None, 0
    while n < len(parts):
        try:
            thing = __import__('.'.join(parts[:n + 1]))
            n += 1
        except ImportError:
            break
    if thing is None:
        thing = __builtins__ if not isinstance(__builtins__, dict) else None
        if thing is None:
            import __builtin__ as thing
    else:
        for part in parts[1:n]:
            thing = getattr(thing, part)
    for part in parts[n:]:
        try:
            thing = getattr(thing, part)
        except AttributeError:
            return None
    return thing


def render_doc(thing, title='Python Library Documentation: %s', forceload=0):
    if isinstance(thing, basestring):
        found = locate(thing, forceload)
        if found is None:
            raise ImportError('no Python documentation found for %r' % thing)
        thing = found
    return title % describe(thing) + '\n\n' + plaintext.document(thing)


def doc(thing, title='Python Library Documentation: %s', forceload=0):
    try:
        sys.stdout.write(render_doc(thing, title, forceload))
    except ImportError, problem:
        print problem


class Helper(object):
    """help(thing) writes thing's documentation to sys.stdout (no interactive mode on a server)."""

    def __repr__(self):
        return 'Type help(object) for help about object.'

    def __call__(self, request=None):
        if request is None:
            print repr(self)
        else:
            doc(request, 'Help on %s:')


help = Helper()
