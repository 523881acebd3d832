"""Python 2.7 `commands` module (deprecated), written for PyCgiRunner.

Scripts may not start shell commands in PyCgiRunner (sandbox policy), so
getoutput/getstatusoutput/getstatus raise OSError(EPERM) instead of running
anything; mkarg still quotes an argument the way the module does."""

import errno as _errno

__all__ = ["getstatusoutput", "getoutput", "getstatus"]

_POLICY = "running shell commands is disabled in PyCgiRunner"


def getstatusoutput(cmd):
    raise OSError(_errno.EPERM, _POLICY)


def getoutput(cmd):
    return getstatusoutput(cmd)[1]


def getstatus(file):
    import warnings
    warnings.warn("commands.getstatus() is deprecated", DeprecationWarning, 2)
    return getoutput('ls -ld' + mkarg(file))


def mk2arg(head, x):
    import os
    return mkarg(os.path.join(head, x))


def mkarg(x):
    """x as one shell word, with a leading space: single quotes unless x
    contains one, then double quotes with \\ $ " ` escaped."""
    if '\'' not in x:
        return ' \'' + x + '\''
    s = ' "'
    for c in x:
        if c in '\\$"`':
            s = s + '\\'
        s = s + c
    return s + '"'
