"""Python 2.7 `atexit` module, written for PyCgiRunner.

Functions registered here run last-in first-out when the script ends; the
engine calls _run_exitfuncs() at interpreter exit when this module was
imported.
"""

import sys

_exithandlers = []


def _run_exitfuncs():
    """Run and forget every handler; a failing one is reported on stderr and
    the last exception is re-raised after all have run (as 2.7 does)."""
    exc_info = None
    while _exithandlers:
        func, targs, kargs = _exithandlers.pop()
        try:
            func(*targs, **kargs)
        except SystemExit:
            exc_info = sys.exc_info()
        except:
            import traceback
            sys.stderr.write("Error in atexit._run_exitfuncs:\n")
            traceback.print_exc()
            exc_info = sys.exc_info()
    if exc_info is not None:
        raise exc_info[0], exc_info[1], exc_info[2]


def register(func, *targs, **kargs):
    """Run func(*targs, **kargs) at exit.  Returns func, so usable as a decorator."""
    _exithandlers.append((func, targs, kargs))
    return func


# CPython calls sys.exitfunc at exit; keeping that hook lets these modules run
# unchanged under CPython too (handlers are popped, so they never run twice).
if hasattr(sys, "exitfunc"):
    _previous = sys.exitfunc
    register(_previous)
sys.exitfunc = _run_exitfuncs
