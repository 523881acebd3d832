"""Python 2.7 `inspect` module, basic parts, written for PyCgiRunner: type
predicates, getargspec from code objects (co_varnames, co_argcount,
co_flags, func_defaults), members, docstrings (cleandoc), source text
through linecache (a function's block from co_firstlineno, a class found by
its 'class' line), and frames (currentframe, stack)."""

import sys
import types
import linecache
import re
from collections import namedtuple

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_NOFREE = 0x10, 0x20, 0x40
TPFLAGS_IS_ABSTRACT = 1 << 20

ArgSpec = namedtuple('ArgSpec', 'args varargs keywords defaults')
Arguments = namedtuple('Arguments', 'args varargs keywords')
ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, (type, types.ClassType))


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isgeneratorfunction(object):
    return bool((isfunction(object) or ismethod(object)) and
                object.func_code.co_flags & CO_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object))


def ismethoddescriptor(object):
    return (hasattr(object, "__get__") and not hasattr(object, "__set__")
            and not ismethod(object) and not isfunction(object)
            and not isclass(object))


def isdatadescriptor(object):
    return hasattr(object, "__set__") and hasattr(object, "__get__")


def isabstract(object):
    return bool(isinstance(object, type) and
                getattr(object, '__abstractmethods__', None))


def getmembers(object, predicate=None):
    """Sorted (name, value) pairs of the object's attributes."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort()
    return results


def getmro(cls):
    if hasattr(cls, '__mro__'):
        return cls.__mro__
    result = []

    def walk(klass):
        if klass not in result:
            result.append(klass)
        for base in klass.__bases__:
            walk(base)
    walk(cls)
    return tuple(result)


def getargs(co):
    """(args, varargs, varkw) of a code object."""
    if not iscode(co) and not hasattr(co, 'co_varnames'):
        raise TypeError('{!r} is not a code object'.format(co))
    nargs = co.co_argcount
    names = co.co_varnames
    args = list(names[:nargs])
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = names[nargs]
        nargs += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[nargs]
    return Arguments(args, varargs, varkw)


def getargspec(func):
    if ismethod(func):
        func = func.im_func
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    args, varargs, varkw = getargs(func.func_code)
    return ArgSpec(args, varargs, varkw, func.func_defaults)


def getargvalues(frame):
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargspec(args, varargs=None, varkw=None, defaults=None,
                  formatarg=str, formatvarargs=lambda name: '*' + name,
                  formatvarkw=lambda name: '**' + name,
                  formatvalue=lambda value: '=' + repr(value),
                  join=None):
    specs = []
    first_default = len(args) - len(defaults) if defaults else len(args)
    for i, arg in enumerate(args):
        spec = formatarg(arg) if not isinstance(arg, list) else \
            '(' + ', '.join(map(str, arg)) + ')'
        if defaults and i >= first_default:
            spec = spec + formatvalue(defaults[i - first_default])
        specs.append(spec)
    if varargs is not None:
        specs.append(formatvarargs(varargs))
    if varkw is not None:
        specs.append(formatvarkw(varkw))
    return '(' + ', '.join(specs) + ')'


def formatargvalues(args, varargs, varkw, locals,
                    formatvalue=lambda value: '=' + repr(value)):
    specs = [arg + formatvalue(locals[arg]) for arg in args]
    if varargs:
        specs.append('*' + varargs + formatvalue(locals[varargs]))
    if varkw:
        specs.append('**' + varkw + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def cleandoc(doc):
    """A docstring with tabs expanded, the common indentation of the lines
    after the first removed, and blank lines trimmed at both ends."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, types.StringTypes):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    filename = _filename
    if filename is None:
        try:
            filename = getsourcefile(object)
        except TypeError:
            return None
    for module in sys.modules.values():
        if getattr(module, '__file__', None) and \
                _strip_compiled(module.__file__) == filename:
            return module
    return None


def _strip_compiled(path):
    if path[-4:].lower() in ('.pyc', '.pyo'):
        return path[:-1]
    return path


def getfile(object):
    if ismodule(object):
        if hasattr(object, '__file__'):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if hasattr(module, '__file__'):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.im_func
    if isfunction(object):
        object = object.func_code
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object) or hasattr(object, 'co_filename'):
        return object.co_filename
    raise TypeError('{!r} is not a module, class, method, function, '
                    'traceback, frame, or code object'.format(object))


def getsourcefile(object):
    return _strip_compiled(getfile(object))


def getabsfile(object, _filename=None):
    import os
    return os.path.normcase(os.path.abspath(_filename or
                                            getsourcefile(object)))


def _block_end(lines, start):
    """Index after the block (def/class and its body) starting at start."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    i = start + 1
    # Continuation lines of the header (decorators, multi-line signatures)
    # until the line ending with ':'.
    while not lines[i - 1].split('#')[0].rstrip().endswith(':') and \
            i < len(lines):
        i += 1
    last = i
    while i < len(lines):
        line = lines[i]
        if line.strip() and not line.lstrip().startswith('#'):
            if len(line) - len(line.lstrip()) <= indent:
                break
            last = i + 1
        i += 1
    if last == start + 1 and first.split('#')[0].rstrip().endswith(':') \
            is False:
        return start + 1
    return last


def findsource(object):
    filename = getsourcefile(object)
    module = getmodule(object, filename)
    lines = linecache.getlines(filename, module and module.__dict__)
    if not lines:
        raise IOError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        pattern = re.compile(r'^(\s*)class\s*' + object.__name__ + r'\b')
        for i, line in enumerate(lines):
            if pattern.match(line):
                return lines, i
        raise IOError('could not find class definition')
    if ismethod(object):
        object = object.im_func
    if isfunction(object):
        object = object.func_code
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if hasattr(object, 'co_firstlineno'):
        lnum = object.co_firstlineno - 1
        pattern = re.compile(r'^(\s*def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)')
        while lnum > 0:
            if pattern.match(lines[lnum]):
                break
            lnum -= 1
        return lines, lnum
    raise IOError('could not find code object')


def getsourcelines(object):
    lines, lnum = findsource(object)
    if ismodule(object):
        return lines, 0
    start = lnum
    while lines[start].lstrip().startswith('@'):
        start += 1
    return lines[lnum:_block_end(lines, start)], lnum + 1


def getsource(object):
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    return None


def currentframe():
    return sys._getframe(1)


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    filename = frame.f_code.co_filename
    lines = None
    index = None
    if context > 0:
        start = lineno - 1 - context // 2
        all_lines = linecache.getlines(filename, frame.f_globals)
        if all_lines:
            start = max(start, 0)
            start = min(start, len(all_lines) - context)
            lines = all_lines[start:start + context]
            index = lineno - 1 - start
    return (filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    framelist = []
    while frame:
        framelist.append((frame,) + getframeinfo(frame, context))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    framelist = []
    while tb:
        framelist.append((tb.tb_frame,) + getframeinfo(tb, context))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)
