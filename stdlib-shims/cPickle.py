"""Python 2.7 `cPickle` module, written for PyCgiRunner: the same functions
and classes as our `pickle` (one implementation, so the output of both is
pickle.py's exact bytes)."""

from pickle import PickleError, PicklingError, UnpicklingError, Pickler, \
    Unpickler, dump, dumps, load, loads, HIGHEST_PROTOCOL, format_version, \
    compatible_formats

BadPickleGet = KeyError
UnpickleableError = PicklingError
