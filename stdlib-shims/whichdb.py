"""Python 2.7 `whichdb` module, written for PyCgiRunner: names the dbm
flavour that made a database file, from its file names and magic numbers."""

import os
import struct

__all__ = ["whichdb"]


def _readable(path):
    try:
        f = open(path, 'rb')
    except IOError:
        return False
    f.close()
    return True


def whichdb(filename):
    """'dumbdbm', 'dbm', 'gdbm', 'dbhash', '' (a file of unknown kind) or
    None (no such database or unreadable)."""
    if _readable(filename + os.extsep + 'pag') and \
            _readable(filename + os.extsep + 'dir'):
        return 'dbm'
    if _readable(filename + os.extsep + 'db'):
        return 'dbm'
    if _readable(filename + os.extsep + 'dat') and \
            _readable(filename + os.extsep + 'dir'):
        try:
            if os.path.getsize(filename + os.extsep + 'dat') == 0:
                return 'dumbdbm'
            f = open(filename + os.extsep + 'dir', 'rb')
            try:
                first = f.read(1)
            finally:
                f.close()
            if first in ("'", '"'):
                return 'dumbdbm'
        except (IOError, OSError):
            pass
    try:
        f = open(filename, 'rb')
    except IOError:
        return None
    try:
        head = f.read(16)
    finally:
        f.close()
    if len(head) != 16:
        return ''
    try:
        magic, = struct.unpack('=l', head[:4])
    except struct.error:
        return ''
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return 'gdbm'
    if magic in (0x00061561, 0x00053162):
        return 'dbhash'
    try:
        magic, = struct.unpack('=l', head[12:16])
    except struct.error:
        return ''
    if magic in (0x00061561, 0x00053162):
        return 'dbhash'
    return ''
