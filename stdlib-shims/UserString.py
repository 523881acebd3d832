"""Python 2.7 `UserString` module, written for PyCgiRunner.

UserString wraps a str/unicode in `.data`; string methods returning strings
return the same class.  MutableString adds item assignment (deprecated in 2.7).
"""

import collections

__all__ = ["UserString", "MutableString"]


def _wrapping(name):
    """A method delegating to self.data.<name>, wrapping string results."""
    def method(self, *args):
        result = getattr(self.data, name)(*args)
        if isinstance(result, basestring):
            return self.__class__(result)
        return result
    method.__name__ = name
    return method


def _plain(name):
    """A method delegating to self.data.<name>, returning its result as is."""
    def method(self, *args):
        return getattr(self.data, name)(*args)
    method.__name__ = name
    return method


def _data_of(other):
    if isinstance(other, UserString):
        return other.data
    return other


class UserString(collections.Sequence):
    def __init__(self, seq):
        if isinstance(seq, basestring):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __long__(self):
        return long(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __cmp__(self, other):
        return cmp(self.data, _data_of(other))

    def __eq__(self, other):
        return self.data == _data_of(other)

    def __ne__(self, other):
        return self.data != _data_of(other)

    def __lt__(self, other):
        return self.data < _data_of(other)

    def __le__(self, other):
        return self.data <= _data_of(other)

    def __gt__(self, other):
        return self.data > _data_of(other)

    def __ge__(self, other):
        return self.data >= _data_of(other)

    def __contains__(self, char):
        return _data_of(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __getslice__(self, start, end):
        start = max(start, 0)
        end = max(end, 0)
        return self.__class__(self.data[start:end])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, basestring):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, basestring):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def join(self, seq):
        return self.data.join(seq)  # 2.7 returns a plain string here

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def count(self, sub, start=0, end=None):
        if end is None:
            end = len(self.data)
        return self.data.count(_data_of(sub), start, end)

    def find(self, sub, start=0, end=None):
        if end is None:
            end = len(self.data)
        return self.data.find(_data_of(sub), start, end)

    def rfind(self, sub, start=0, end=None):
        if end is None:
            end = len(self.data)
        return self.data.rfind(_data_of(sub), start, end)

    def index(self, sub, start=0, end=None):
        if end is None:
            end = len(self.data)
        return self.data.index(_data_of(sub), start, end)

    def rindex(self, sub, start=0, end=None):
        if end is None:
            end = len(self.data)
        return self.data.rindex(_data_of(sub), start, end)

for _name in ('capitalize', 'center', 'decode', 'encode', 'expandtabs',
              'ljust', 'lower', 'lstrip', 'replace', 'rjust', 'rstrip',
              'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'):
    setattr(UserString, _name, _wrapping(_name))
for _name in ('endswith', 'startswith', 'isalpha', 'isalnum', 'isdecimal',
              'isdigit', 'islower', 'isnumeric', 'isspace', 'istitle',
              'isupper', 'partition', 'rpartition', 'splitlines'):
    setattr(UserString, _name, _plain(_name))
del _name


class MutableString(UserString, collections.MutableSequence):
    """A UserString whose characters can be assigned and deleted."""

    def __init__(self, string=""):
        self.data = string

    def __hash__(self):
        raise TypeError("unhashable type (it is mutable)")

    def _index(self, index):
        if index < 0:
            index += len(self.data)
        if index < 0 or index >= len(self.data):
            raise IndexError
        return index

    def __setitem__(self, index, sub):
        if isinstance(index, slice):
            chars = list(self.data)
            chars[index] = list(_data_of(sub))
            self.data = self.data[:0].join(chars)
            return
        index = self._index(index)
        self.data = self.data[:index] + _data_of(sub) + self.data[index + 1:]

    def __delitem__(self, index):
        if isinstance(index, slice):
            chars = list(self.data)
            del chars[index]
            self.data = self.data[:0].join(chars)
            return
        index = self._index(index)
        self.data = self.data[:index] + self.data[index + 1:]

    def __setslice__(self, start, end, sub):
        start = max(start, 0)
        end = max(end, 0)
        self.data = self.data[:start] + _data_of(sub) + self.data[end:]

    def __delslice__(self, start, end):
        start = max(start, 0)
        end = max(end, 0)
        self.data = self.data[:start] + self.data[end:]

    def immutable(self):
        return UserString(self.data)

    def insert(self, index, value):
        self[index:index] = value

    def __iadd__(self, other):
        self.data += _data_of(other) if isinstance(other, (UserString, basestring)) else str(other)
        return self

    def __imul__(self, n):
        self.data *= n
        return self
