"""Python 2.7 `copy_reg` module, written for PyCgiRunner.

The registry pickle and copy consult: `dispatch_table` maps a type to a
reduction function (`pickle(type, function)`), `constructor` marks callables
safe to rebuild objects with, and the extension registry gives protocol 2 its
short EXT codes.  It also holds the helpers reductions refer to by name in the
pickle stream: `_reconstructor` (protocols 0 and 1), `__newobj__` (protocol
2), `_reduce_ex` (object's default reduction below protocol 2) and
`_slotnames`.  Their names must stay exactly these: pickles written by CPython
name them as `copy_reg\n_reconstructor\n`, and so do ours.
"""

import types as _types

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if type(ob_type) is _types.ClassType:
        raise TypeError("copy_reg is not intended for use with classes")
    if not hasattr(pickle_function, '__call__'):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not hasattr(object, '__call__'):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)

pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    # Rebuilds what _reduce_ex took apart: a bare instance of cls whose builtin
    # base part (int, list, ...) is initialised from state.
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj

_HEAPTYPE = 1 << 9


def _is_builtin_type(klass):
    """True for a type implemented by the runtime (not defined by a class
    statement).  CPython says so through __flags__; elsewhere the module name
    '__builtin__' is the sign."""
    flags = getattr(klass, '__flags__', None)
    if isinstance(flags, (int, long)):
        return not (flags & _HEAPTYPE)
    return getattr(klass, '__module__', None) == '__builtin__'


def _reduce_ex(self, proto):
    # object's default reduction below protocol 2: the class, its nearest
    # builtin base and that base's value, then the instance state.
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if _is_builtin_type(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("can't pickle %s objects" % base.__name__)
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(self, '__getstate__', None)
    if getstate is not None:
        dict = getstate()
    else:
        if getattr(self, '__slots__', None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getattr(self, '__dict__', None)
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def _slotnames(cls):
    """The names of all __slots__ of cls and its bases (private names
    mangled), cached on the class as __slotnames__."""
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    if hasattr(cls, '__slots__'):
        for klass in cls.__mro__:
            if '__slots__' not in klass.__dict__:
                continue
            slots = klass.__dict__['__slots__']
            if isinstance(slots, basestring):
                slots = (slots,)
            for name in slots:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    names.append('_%s%s' % (klass.__name__.lstrip('_'), name))
                else:
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# Extension registry: (module, name) <-> code, for protocol 2's EXT opcodes.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
