"""Python 2.7 `warnings` module, written for PyCgiRunner (pure Python; there
is no _warnings accelerator in the engine).

warn() finds the caller's file and line, consults the filter list and, for
the default action, shows each warning once per source location:
    file.py:12: UserWarning: message
      the source line
on sys.stderr.
"""

import sys
import linecache

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

# (action, message regex or None, category, module regex or None, lineno);
# 2.7's defaults silence these four categories.
filters = [
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, BytesWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning prints: location, category, message, source line."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = linecache.getline(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write the formatted warning to file (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except IOError:
        pass  # e.g. stderr closed: a warning must never kill the program


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=0):
    """Add a filter; message and module are regexes (message case-insensitive)."""
    import re
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, basestring), "message must be a string"
    assert isinstance(category, (type, type(Warning))), \
        "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, basestring), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    item = (action, re.compile(message, re.I), category, re.compile(module),
            lineno)
    _add_filter(item, append)


def simplefilter(action, category=Warning, lineno=0, append=0):
    """Add a filter matching every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter((action, None, category, None, lineno), append)


def _add_filter(item, append):
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def resetwarnings():
    """Remove all filters (so every warning gets the default action)."""
    filters[:] = []


def _caller_frame(stacklevel):
    """The frame warn() attributes the warning to: its caller for
    stacklevel 1, the caller's caller for 2, ...; None past the top."""
    getframe = getattr(sys, "_getframe", None)
    if getframe is not None:
        try:
            return getframe(stacklevel + 1)
        except ValueError:
            return None
    # Without sys._getframe: a caught exception's traceback gives this frame.
    try:
        raise ZeroDivisionError
    except ZeroDivisionError:
        frame = sys.exc_info()[2].tb_frame.f_back  # warn()'s own frame
    for _ in range(stacklevel):
        if frame is None:
            break
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1):
    """Issue a warning attributed to the caller (stacklevel=2: its caller...)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    assert issubclass(category, Warning)
    frame = _caller_frame(stacklevel)
    if frame is None:
        globals_ = sys.__dict__
        lineno = 1
    else:
        globals_ = frame.f_globals
        lineno = frame.f_lineno
    module = globals_.get('__name__', "<string>")
    filename = globals_.get('__file__')
    if filename:
        if filename.lower().endswith((".pyc", ".pyo")):
            filename = filename[:-1]
    else:
        if module == "__main__":
            filename = sys.argv[0] if getattr(sys, 'argv', None) else "__main__"
        if not filename:
            filename = module
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals_)


def _matching_action(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text)) and issubclass(category, cat) and
                (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            return action
    return defaultaction


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None):
    """Issue a warning with an explicit location; registry remembers which
    (text, category, lineno) were already shown."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = _matching_action(text, category, module, lineno)
    if action == "ignore":
        registry[key] = 1
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" %
                           (action, (action,)))
    if module_globals is not None:
        linecache.getlines(filename, module_globals)
    # Looked up at call time so that replacing warnings.showwarning works.
    showwarning(message, category, filename, lineno)


def warnpy3k(message, category=None, stacklevel=1):
    """Warn only under -3 (never, in the engine)."""
    if getattr(sys, "py3kwarning", False):
        if category is None:
            category = DeprecationWarning
        warn(message, category, stacklevel + 1)


class WarningMessage(object):
    """One recorded warning (what catch_warnings(record=True) collects)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Context manager saving and restoring the filters and showwarning;
    with record=True it collects WarningMessage objects in the returned list."""

    def __init__(self, record=False, module=None):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._showwarning = self._module.showwarning
        if not self._record:
            return None
        log = []

        def record(*args, **kwargs):
            log.append(WarningMessage(*args, **kwargs))
        self._module.showwarning = record
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module.showwarning = self._showwarning
