"""Python 2.7 `keyword` module, written for PyCgiRunner: the reserved words."""

__all__ = ["iskeyword", "kwlist"]

kwlist = [
    'and', 'as', 'assert', 'break', 'class', 'continue', 'def', 'del',
    'elif', 'else', 'except', 'exec', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'not', 'or', 'pass', 'print',
    'raise', 'return', 'try', 'while', 'with', 'yield',
]

_kwset = frozenset(kwlist)


def iskeyword(s):
    """True when s is a Python 2.7 keyword."""
    try:
        return s in _kwset
    except TypeError:
        return False  # unhashable arguments are simply not keywords
