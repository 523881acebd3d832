"""Python 2.7 `functools` module, written for PyCgiRunner.

partial (a callable with frozen arguments), reduce, wraps/update_wrapper
(copy a wrapped function's name, doc and module), total_ordering (derive the
missing rich comparisons from one) and cmp_to_key (old cmp functions as sort
keys).
"""

_missing = object()


def reduce(function, sequence, initial=_missing):
    """reduce(function, sequence[, initial]) -> value, folding from the left.

    Written out rather than aliasing the builtin: CPython's builtin reduce
    delegates to functools.reduce, so an alias would recurse forever."""
    it = iter(sequence)
    if initial is _missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty sequence with no initial value")
    else:
        value = initial
    for item in it:
        value = function(value, item)
    return value

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


class partial(object):
    """partial(func, *args, **keywords): calling it calls func with args
    followed by the call's own arguments, and keywords updated by the call's."""

    def __new__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        cls, func, args = args[0], args[1], args[2:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self = object.__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords
        return self

    def __init__(*args, **keywords):
        pass

    def __call__(*args, **keywords):
        self, args = args[0], args[1:]
        if self.keywords:
            merged = dict(self.keywords)
            merged.update(keywords)
            keywords = merged
        return self.func(*(self.args + args), **keywords)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the `assigned` attributes and merge
    the `updated` dict attributes.  Returns wrapper."""
    for attr in assigned:
        setattr(wrapper, attr, getattr(wrapped, attr))
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# total_ordering: for each root comparison, how to express the other three.
def _gt_from_lt(self, other):
    return not (self < other or self == other)

def _le_from_lt(self, other):
    return self < other or self == other

def _ge_from_lt(self, other):
    return not self < other

def _ge_from_le(self, other):
    return not self <= other or self == other

def _lt_from_le(self, other):
    return self <= other and not self == other

def _gt_from_le(self, other):
    return not self <= other

def _lt_from_gt(self, other):
    return not (self > other or self == other)

def _ge_from_gt(self, other):
    return self > other or self == other

def _le_from_gt(self, other):
    return not self > other

def _le_from_ge(self, other):
    return not self >= other or self == other

def _gt_from_ge(self, other):
    return self >= other and not self == other

def _lt_from_ge(self, other):
    return not self >= other

_derived = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def _defines(cls, name):
    """True when cls or a base other than object defines `name` itself
    (object's inherited comparison slots do not count)."""
    mro = getattr(cls, '__mro__', None)
    if mro is None:
        return hasattr(cls, name)  # old-style class
    return any(name in klass.__dict__ for klass in mro if klass is not object)


def total_ordering(cls):
    """Class decorator filling in the rich comparisons the class lacks from the
    one it defines (preferring __lt__, then __le__, __gt__, __ge__)."""
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # same choice as 2.7: __lt__ > __le__ > __gt__ > __ge__
    for name, func in _derived[root]:
        if name not in roots:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


def cmp_to_key(mycmp):
    """Turn an old-style cmp function into a key= function."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj, *args):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __ne__(self, other):
            return mycmp(self.obj, other.obj) != 0

        def __hash__(self):
            raise TypeError('hash not implemented')
    return K
