"""Python 2.7 `anydbm` module, written for PyCgiRunner: opens a dbm-style
database with the module that made it; new databases use dumbdbm, the only
flavour the engine has (gdbm, dbhash and dbm files are recognised by whichdb
but cannot be opened)."""

import dumbdbm
import whichdb as _whichdb_module

_names = ['dumbdbm']
_defaultmod = dumbdbm
_errors = [dumbdbm.error]


class error(Exception):
    pass

error = tuple([error] + _errors)


def open(file, flag='r', mode=0666):
    """flag: 'r' read, 'w' read/write, 'c' create if missing, 'n' new
    empty database."""
    kind = _whichdb_module.whichdb(file)
    if kind is None:
        if 'c' in flag or 'n' in flag:
            return _defaultmod.open(file, flag, mode)
        raise error[0]("need 'c' or 'n' flag to open new db")
    if kind == "":
        raise error[0]("db type could not be determined")
    if kind != 'dumbdbm':
        raise error[0]("db type is %s, but the module is not available"
                       % kind)
    return dumbdbm.open(file, flag, mode)
