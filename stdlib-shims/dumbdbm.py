"""Python 2.7 `dumbdbm` module, written for PyCgiRunner: a dbm-style
string-to-string store in plain files, the one database anydbm and shelve
use in the engine.

Files: NAME.dat holds the values, each starting on a 512-byte boundary;
NAME.dir is a text index with one line per key, "'key', (offset, size)"
(the layout CPython's dumbdbm uses, so either can read the other's files).
A later index line for a key replaces an earlier one.  New and changed keys
are appended to the index at once; sync() and close() rewrite it compactly
(the previous index becomes NAME.bak).
Unlike 2.7's dumbdbm, flag 'n' starts an empty database (what anydbm and
shelve document).
"""

import os
import UserDict

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = IOError
_open = open


def _parse_str_repr(text):
    """The str a repr() produced (the key part of an index line)."""
    from pickle import _unescape_str
    quote = text[0]
    if quote not in "'\"" or text[-1] != quote:
        raise error("malformed dumbdbm index line")
    return _unescape_str(text[1:-1])


def _parse_index_line(line):
    line = line.rstrip('\n')
    cut = line.rindex(', (')
    key = _parse_str_repr(line[:cut])
    pos, size = line[cut + 3:-1].split(',')
    return key, (int(pos), int(size))


class _Database(UserDict.DictMixin):

    def __init__(self, filebasename, mode, flag='c'):
        self._mode = mode
        self._dirfile = filebasename + os.extsep + 'dir'
        self._datfile = filebasename + os.extsep + 'dat'
        self._bakfile = filebasename + os.extsep + 'bak'
        self._index = None
        if flag == 'n':
            for name in (self._dirfile, self._datfile):
                f = _open(name, 'w')
                f.close()
        try:
            f = _open(self._datfile, 'r')
        except IOError:
            f = _open(self._datfile, 'w')
            self._chmod(self._datfile)
        f.close()
        self._update()

    def _chmod(self, path):
        if hasattr(os, 'chmod'):
            try:
                os.chmod(path, self._mode)
            except OSError:
                pass

    def _update(self):
        self._index = {}
        try:
            f = _open(self._dirfile)
        except IOError:
            return
        for line in f:
            if line.strip():
                key, pos_and_size = _parse_index_line(line)
                self._index[key] = pos_and_size
        f.close()

    def _commit(self):
        if self._index is None:
            return
        # The previous index is kept as NAME.bak, as dumbdbm does.
        try:
            os.unlink(self._bakfile)
        except OSError:
            pass
        try:
            os.rename(self._dirfile, self._bakfile)
        except OSError:
            pass
        f = _open(self._dirfile, 'w')
        self._chmod(self._dirfile)
        for key, pos_and_size in self._index.iteritems():
            f.write("%r, %r\n" % (key, pos_and_size))
        f.close()

    sync = _commit

    def _check(self):
        if self._index is None:
            raise error("DBM object has already been closed")

    def __getitem__(self, key):
        self._check()
        pos, size = self._index[key]
        f = _open(self._datfile, 'rb')
        f.seek(pos)
        data = f.read(size)
        f.close()
        return data

    def _write_at_end(self, val):
        f = _open(self._datfile, 'rb+')
        f.seek(0, 2)
        pos = int(f.tell())
        pos = ((pos + _BLOCKSIZE - 1) // _BLOCKSIZE) * _BLOCKSIZE
        f.write('\0' * (pos - int(f.tell())))
        f.write(val)
        f.close()
        return pos, len(val)

    def _write_at(self, pos, val):
        f = _open(self._datfile, 'rb+')
        f.seek(pos)
        f.write(val)
        f.close()
        return pos, len(val)

    def _add_index_line(self, key, pos_and_size):
        self._index[key] = pos_and_size
        f = _open(self._dirfile, 'a')
        self._chmod(self._dirfile)
        f.write("%r, %r\n" % (key, pos_and_size))
        f.close()

    def __setitem__(self, key, val):
        self._check()
        if not (type(key) == type('') == type(val)):
            raise TypeError("keys and values must be strings")
        if key not in self._index:
            self._add_index_line(key, self._write_at_end(val))
            return
        pos, size = self._index[key]
        old_blocks = (size + _BLOCKSIZE - 1) // _BLOCKSIZE
        new_blocks = (len(val) + _BLOCKSIZE - 1) // _BLOCKSIZE
        if new_blocks <= old_blocks:
            self._add_index_line(key, self._write_at(pos, val))
        else:
            self._add_index_line(key, self._write_at_end(val))

    def __delitem__(self, key):
        self._check()
        del self._index[key]
        self._commit()

    def keys(self):
        self._check()
        return self._index.keys()

    def has_key(self, key):
        self._check()
        return key in self._index

    def __contains__(self, key):
        self._check()
        return key in self._index

    def iterkeys(self):
        self._check()
        return self._index.iterkeys()

    __iter__ = iterkeys

    def __len__(self):
        self._check()
        return len(self._index)

    def close(self):
        try:
            self._commit()
        finally:
            self._index = None

    def __del__(self):
        if getattr(self, '_index', None) is not None:
            try:
                self.close()
            except Exception:
                pass


def open(file, flag=None, mode=0666):
    """Opens (creating if needed) the database whose files are file.dat and
    file.dir.  mode applies to created files."""
    try:
        um = os.umask(0)
        os.umask(um)
    except (AttributeError, OSError):
        um = 0
    return _Database(file, mode & ~um, flag)
