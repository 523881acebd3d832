"""Python 2.7 `popen2` module (deprecated), written for PyCgiRunner.

Scripts may not start child processes in PyCgiRunner (sandbox policy): the
functions and classes exist for imports but raise OSError(EPERM) when
used."""

import errno as _errno

__all__ = ["popen2", "popen3", "popen4", "Popen3", "Popen4"]

MAXFD = 256
_POLICY = "Operation not permitted: process creation is disabled in PyCgiRunner"


def _refuse(*args, **kwargs):
    raise OSError(_errno.EPERM, _POLICY)


class Popen3:
    sts = -1

    def __init__(self, cmd, capturestderr=False, bufsize=-1):
        _refuse()


class Popen4(Popen3):
    pass

popen2 = popen3 = popen4 = _refuse
