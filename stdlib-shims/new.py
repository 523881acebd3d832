"""Python 2.7 `new` module (deprecated), written for PyCgiRunner: names for
the runtime's object constructors, plus instance() which makes an old-style
instance without calling __init__."""

import types as _types

classobj = _types.ClassType
instancemethod = _types.MethodType
function = _types.FunctionType
module = _types.ModuleType
if hasattr(_types, 'CodeType'):
    code = _types.CodeType


class _Empty:
    pass


def instance(klass, dict=None):
    """An instance of the old-style class klass with the given __dict__,
    made without calling __init__."""
    if not isinstance(klass, _types.ClassType):
        raise TypeError("instance() argument 1 must be classobj, not %s"
                        % type(klass).__name__)
    if dict is not None and not isinstance(dict, type({})):
        raise TypeError("instance() argument 2 must be dict, not %s"
                        % type(dict).__name__)
    obj = _Empty()
    obj.__class__ = klass
    if dict is not None:
        obj.__dict__ = dict
    return obj
