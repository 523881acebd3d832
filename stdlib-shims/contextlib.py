"""Python 2.7 `contextlib` module, written for PyCgiRunner: contextmanager
(a with-statement manager from a one-yield generator), closing and nested."""

import sys
from functools import wraps

__all__ = ["contextmanager", "nested", "closing"]


class GeneratorContextManager(object):
    """Runs the generator up to its yield on enter and resumes it on exit;
    an exception in the with-block is thrown into the generator at the yield."""

    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return self.gen.next()
        except StopIteration:
            raise RuntimeError("generator didn't yield")

    def __exit__(self, type, value, traceback):
        if type is None:
            try:
                self.gen.next()
            except StopIteration:
                return
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = type()  # the with statement may pass an unnormalised exception
        try:
            self.gen.throw(type, value, traceback)
        except StopIteration, exc:
            # The generator swallowed the exception (True) unless the
            # StopIteration is the block's own exception coming back.
            return exc is not value
        except:
            # The block's exception re-raised by the generator: let the with
            # statement propagate the original (return False); anything new
            # raised by the generator replaces it.
            if sys.exc_info()[1] is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager decorator: func is a generator yielding exactly once."""
    @wraps(func)
    def helper(*args, **kwds):
        return GeneratorContextManager(func(*args, **kwds))
    return helper


class _Nested(object):
    """Enter managers left to right, exit right to left; an exception from one
    exit is passed to the next, as stacked with statements would do."""

    def __init__(self, managers):
        self.managers = managers
        self.exits = []

    def __enter__(self):
        values = []
        try:
            for mgr in self.managers:
                exit = mgr.__exit__
                values.append(mgr.__enter__())
                self.exits.append(exit)
        except:
            if not self.__exit__(*sys.exc_info()):
                raise
        return values

    def __exit__(self, *exc):
        original = exc
        while self.exits:
            exit = self.exits.pop()
            try:
                if exit(*exc):
                    exc = (None, None, None)
            except:
                exc = sys.exc_info()
        if exc[1] is not original[1] and exc != (None, None, None):
            raise exc[0], exc[1], exc[2]
        # True swallows the block's exception when some exit suppressed it.
        return exc == (None, None, None) and original[0] is not None


def nested(*managers):
    """Combine several context managers into one (deprecated in 2.7)."""
    import warnings
    warnings.warn('With-statements now directly support multiple context '
                  'managers', DeprecationWarning, 3)
    return _Nested(managers)


class closing(object):
    """with closing(thing) as t: ... calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()
