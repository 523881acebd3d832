"""Python 2.7 `copy` module, written for PyCgiRunner.

copy(x) makes a shallow copy, deepcopy(x) a recursive one.  Classes control
copying with __copy__ / __deepcopy__(memo); otherwise instances are copied by
creating an empty object of the same class and copying its state (__dict__, or
__getstate__/__setstate__, plus __slots__ values), and user-defined __reduce__
is honoured.  The engine does not implement object.__reduce_ex__, so the
generic path never relies on it.
"""

import types as _types


class Error(Exception):
    pass

error = Error

__all__ = ["Error", "copy", "deepcopy"]


class _EmptyClass:
    """Old-style placeholder whose __class__ is reassigned to the target class."""
    pass


# Types whose values are immutable (or are identities): copies are the value itself.
_atomic = [type(None), int, long, float, bool, complex, str, unicode, type,
           xrange, _types.ClassType, _types.BuiltinFunctionType,
           type(Ellipsis), _types.FunctionType, type(NotImplemented),
           frozenset, _types.ModuleType]
if hasattr(_types, 'CodeType'):
    _atomic.append(_types.CodeType)
_atomic = tuple(_atomic)


# --- Shared helpers for instances.

def _own_reduce(cls):
    """The class's __reduce_ex__/__reduce__ when the class itself (not object)
    defines it; None otherwise."""
    for klass in getattr(cls, '__mro__', ()):
        if klass is object:
            return None
        if '__reduce_ex__' in klass.__dict__ or '__reduce__' in klass.__dict__:
            return klass
    return None


def _get_state(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        return getstate()
    state = getattr(x, '__dict__', None)
    slots = _slot_values(x)
    if slots:
        return (state, slots)
    return state


def _slot_values(x):
    values = {}
    for klass in getattr(type(x), '__mro__', ()):
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, basestring):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            if hasattr(x, name):
                values[name] = getattr(x, name)
    return values


def _set_state(y, state):
    if state is None:
        return
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _new_empty(x):
    """An uninitialised object of x's class (old- or new-style)."""
    cls = x.__class__
    if isinstance(x, _types.InstanceType):
        if hasattr(x, '__getinitargs__'):
            return cls(*x.__getinitargs__())
        y = _EmptyClass()
        y.__class__ = cls
        return y
    if hasattr(x, '__getnewargs__'):
        return cls.__new__(cls, *x.__getnewargs__())
    # Immutable builtin subclasses (e.g. class Name(str)) need their value here.
    for base in (int, long, float, complex, str, unicode, tuple, frozenset):
        if isinstance(x, base):
            return cls.__new__(cls, x)
    return cls.__new__(cls)


def _copy_contents(x, y, item_copy):
    """Mutable builtin subclasses (list, dict, set) carry contents besides state."""
    if isinstance(x, list):
        y.extend([item_copy(v) for v in x])
    elif isinstance(x, dict):
        for k, v in x.items():
            y[item_copy(k)] = item_copy(v)
    elif isinstance(x, (set,)):
        y.update([item_copy(v) for v in x])


def _reconstruct(x, info, deep, memo):
    """Rebuild from a __reduce__ tuple: (callable, args[, state[, listitems[, dictitems]]])."""
    if isinstance(info, basestring):
        return x
    info = tuple(info) + (None,) * (5 - len(info))
    func, args, state, listitems, dictitems = info[:5]
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _reduce_info(x):
    if hasattr(x, '__reduce_ex__') and '__reduce_ex__' in _own_reduce(type(x)).__dict__:
        return x.__reduce_ex__(2)
    return x.__reduce__()


# --- Shallow copy.

def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if isinstance(x, _atomic) or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls in (dict, set):
        return x.copy()
    copier = getattr(x, '__copy__', None)
    if copier is not None and not isinstance(x, type):
        return copier()
    if _own_reduce(cls) is not None:
        return _reconstruct(x, _reduce_info(x), False, None)
    if not (isinstance(x, _types.InstanceType) or hasattr(x, '__dict__')
            or hasattr(cls, '__slots__') or _is_builtin_subclass(x)):
        raise Error("un(shallow)copyable object of type %s" % cls)
    y = _new_empty(x)
    _copy_contents(x, y, lambda v: v)
    state = _get_state(x)
    if state:
        _set_state(y, _shallow_state(state))
    return y


def _is_builtin_subclass(x):
    return isinstance(x, (list, dict, set, int, long, float, str, unicode, tuple))


def _shallow_state(state):
    # The copy must not share the dict object itself with the original.
    if isinstance(state, dict):
        return dict(state)
    return state


# --- Deep copy.

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) -> copy and keeps sharing intact."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _atomic) and cls is not frozenset:
        return x
    if cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is frozenset:
        # 2.7 rebuilds frozensets on deepcopy (they go through __reduce__).
        y = frozenset([deepcopy(v, memo) for v in x])
    elif cls is set:
        y = set()
        memo[d] = y
        y.update([deepcopy(v, memo) for v in x])
    elif isinstance(x, _types.MethodType):
        y = _types.MethodType(x.im_func, deepcopy(x.im_self, memo), x.im_class)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif _own_reduce(cls) is not None:
            y = _reconstruct(x, _reduce_info(x), True, memo)
        else:
            y = _deepcopy_instance(x, memo)
    memo[d] = y
    _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A recursive structure may already have produced this tuple's copy.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for a, b in zip(x, items):
        if a is not b:
            return tuple(items)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.iteritems():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_instance(x, memo):
    cls = type(x)
    if not (isinstance(x, _types.InstanceType) or hasattr(x, '__dict__')
            or hasattr(cls, '__slots__') or _is_builtin_subclass(x)):
        raise Error("un(deep)copyable object of type %s" % cls)
    y = _new_empty(x)
    memo[id(x)] = y
    _copy_contents(x, y, lambda v: deepcopy(v, memo))
    state = _get_state(x)
    if state:
        _set_state(y, deepcopy(state, memo))
    return y


def _keep_alive(x, memo):
    """Keep x alive as long as memo, so that its id cannot be reused for
    another object during the same deepcopy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
