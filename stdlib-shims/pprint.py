"""Python 2.7 `pprint` module, written for PyCgiRunner.

pformat/pprint lay out dicts, lists, tuples, sets and frozensets (only those
whose repr is the builtin one) over several lines when their one-line repr
does not fit in `width` minus the current indentation and the closing
brackets still to come: one item per line, dict keys sorted, nested
containers indented under their opening bracket.  Anything that fits is
written as saferepr writes it (sorted dict keys, recursion shown as
<Recursion on list with id=...>, '...' beyond `depth`).
"""

import sys

try:
    from cStringIO import StringIO as _StringIO
except ImportError:
    from StringIO import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter"]


def pprint(object, stream=None, indent=1, width=80, depth=None):
    PrettyPrinter(stream=stream, indent=indent, width=width,
                  depth=depth).pprint(object)


def pformat(object, indent=1, width=80, depth=None):
    return PrettyPrinter(indent=indent, width=width, depth=depth).pformat(object)


def saferepr(object):
    return _safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return _safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return _safe_repr(object, {}, None, 0)[2]


def _sorted(iterable):
    return sorted(iterable)


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _has_builtin_repr(typ, base):
    return issubclass(typ, base) and getattr(typ, '__repr__', None) is base.__repr__


def _safe_repr(object, context, maxlevels, level):
    """(repr text, readable by eval, contains a recursion)."""
    typ = type(object)
    if _has_builtin_repr(typ, dict):
        if not object:
            return "{}", True, False
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return "{...}", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        parts = []
        for k, v in _sorted(object.items()):
            krepr, kreadable, krecur = _safe_repr(k, context, maxlevels,
                                                  level + 1)
            vrepr, vreadable, vrecur = _safe_repr(v, context, maxlevels,
                                                  level + 1)
            parts.append("%s: %s" % (krepr, vrepr))
            readable = readable and kreadable and vreadable
            if krecur or vrecur:
                recursive = True
        del context[objid]
        return "{%s}" % ", ".join(parts), readable, recursive

    is_list = _has_builtin_repr(typ, list)
    if is_list or _has_builtin_repr(typ, tuple):
        if is_list:
            if not object:
                return "[]", True, False
            template = "[%s]"
        elif len(object) == 1:
            template = "(%s,)"
        else:
            if not object:
                return "()", True, False
            template = "(%s)"
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        parts = []
        for item in object:
            orepr, oreadable, orecur = _safe_repr(item, context, maxlevels,
                                                  level + 1)
            parts.append(orepr)
            if not oreadable:
                readable = False
            if orecur:
                recursive = True
        del context[objid]
        return template % ", ".join(parts), readable, recursive

    rep = repr(object)
    return rep, bool(rep and not rep.startswith('<')), False


class PrettyPrinter:

    def __init__(self, indent=1, width=80, depth=None, stream=None):
        indent, width = int(indent), int(width)
        # The same checks (and AssertionError messages) as the library's printer.
        assert indent >= 0, "indent must be >= 0"
        assert depth is None or depth > 0, "depth must be > 0"
        assert width, "width must be != 0"
        self._indent_per_level, self._width, self._depth = indent, width, depth
        self._stream = sys.stdout if stream is None else stream

    def pprint(self, object):
        out = self._stream
        self._format(object, out, 0, 0, {}, 0)
        out.write("\n")

    def pformat(self, object):
        buffer = _StringIO()
        self._format(object, buffer, 0, 0, {}, 0)
        return buffer.getvalue()

    def isrecursive(self, object):
        _, _, recursive = self.format(object, {}, 0, 0)
        return recursive

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return bool(readable) and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override."""
        return _safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _format(self, object, stream, indent, allowance, context, level):
        # indent: the column this object starts at; allowance: characters
        # that will follow it on its last line (closing brackets, commas).
        level = level + 1
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level - 1)
        typ = type(object)
        too_long = len(rep) > (self._width - 1 - indent - allowance)
        write = stream.write
        if self._depth and level > self._depth:
            write(rep)
            return
        if not too_long:
            write(rep)
            return
        step = self._indent_per_level
        if _has_builtin_repr(typ, dict):
            write('{')
            if step > 1:
                write((step - 1) * ' ')
            if len(object):
                context[objid] = 1
                inner = indent + step
                first = True
                for key, ent in _sorted(object.items()):
                    krep = self._repr(key, context, level)
                    if first:
                        write(krep)
                        write(': ')
                        first = False
                    else:
                        write(',\n%s%s: ' % (' ' * inner, krep))
                    self._format(ent, stream, inner + len(krep) + 2,
                                 allowance + 1, context, level)
                del context[objid]
            write('}')
            return
        sequence = None
        for base in (list, tuple, set, frozenset):
            if _has_builtin_repr(typ, base):
                sequence = base
                break
        if sequence is None:
            write(rep)
            return
        length = len(object)
        if sequence is list:
            write('[')
            endchar = ']'
        elif sequence is tuple:
            write('(')
            endchar = ')'
        else:
            if not length:
                write(rep)
                return
            write(typ.__name__ + '([')
            endchar = '])'
            indent += len(typ.__name__) + 1
            object = _sorted(object)
        if step > 1:
            write((step - 1) * ' ')
        if length:
            context[objid] = 1
            inner = indent + step
            first = True
            for ent in object:
                if not first:
                    write(',\n' + ' ' * inner)
                first = False
                self._format(ent, stream, inner, allowance + 1, context, level)
            del context[objid]
        if sequence is tuple and length == 1:
            write(',')
        write(endchar)
