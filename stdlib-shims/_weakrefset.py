# Interim _weakrefset for PyCgiRunner, written here: the library's abc.py takes WeakSet from this module.
# Replaced by the real weak references (branch cmods); until then WeakSet lives in our weakref.py.
from weakref import WeakSet

__all__ = ['WeakSet']
