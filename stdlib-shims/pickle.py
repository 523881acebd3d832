"""Python 2.7 `pickle` module, written for PyCgiRunner.

Serialises object graphs to the pickle format, protocols 0 (text), 1 (binary)
and 2 (binary with NEWOBJ, TUPLE1-3, LONG1/4, bool opcodes), writing the very
bytes CPython 2.7's pickle.py writes: same opcode choices, same memo numbering
(including the extra memo slot its keep-alive list takes), same batching of
APPENDS/SETITEMS by 1000.  Loading understands every 2.7 opcode.

Instances: old-style ones go through INST/OBJ (+ __getinitargs__,
__getstate__); new-style ones through a reduction: the class's own
__reduce_ex__/__reduce__ when it defines one, copy_reg.dispatch_table, or the
default object reduction (copy_reg._reduce_ex below protocol 2,
copy_reg.__newobj__ + state at protocol 2).  The default is computed here
rather than by calling object.__reduce_ex__, which the engine does not have.
`cPickle` re-exports this module.
"""

import sys
import struct
import types as _types
import copy_reg
from copy_reg import dispatch_table, _extension_registry, \
    _inverted_registry, _extension_cache

try:
    from cStringIO import StringIO as _StringIO
except ImportError:
    from StringIO import StringIO as _StringIO

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]

format_version = "2.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0"]
HIGHEST_PROTOCOL = 2


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value

# The opcodes (pickletools documents each one).
MARK = '('
STOP = '.'
POP = '0'
POP_MARK = '1'
DUP = '2'
FLOAT = 'F'
INT = 'I'
BININT = 'J'
BININT1 = 'K'
LONG = 'L'
BININT2 = 'M'
NONE = 'N'
PERSID = 'P'
BINPERSID = 'Q'
REDUCE = 'R'
STRING = 'S'
BINSTRING = 'T'
SHORT_BINSTRING = 'U'
UNICODE = 'V'
BINUNICODE = 'X'
APPEND = 'a'
BUILD = 'b'
GLOBAL = 'c'
DICT = 'd'
EMPTY_DICT = '}'
APPENDS = 'e'
GET = 'g'
BINGET = 'h'
INST = 'i'
LONG_BINGET = 'j'
LIST = 'l'
EMPTY_LIST = ']'
OBJ = 'o'
PUT = 'p'
BINPUT = 'q'
LONG_BINPUT = 'r'
SETITEM = 's'
TUPLE = 't'
EMPTY_TUPLE = ')'
SETITEMS = 'u'
BINFLOAT = 'G'
TRUE = 'I01\n'
FALSE = 'I00\n'
PROTO = '\x80'
NEWOBJ = '\x81'
EXT1 = '\x82'
EXT2 = '\x83'
EXT4 = '\x84'
TUPLE1 = '\x85'
TUPLE2 = '\x86'
TUPLE3 = '\x87'
NEWTRUE = '\x88'
NEWFALSE = '\x89'
LONG1 = '\x8a'
LONG4 = '\x8b'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_BATCHSIZE = 1000


# --- Helpers for the encodings some opcodes use.

def _bit_length(n):
    """Bits needed for the non-negative n (without relying on int.bit_length)."""
    if n == 0:
        return 0
    text = '%x' % n
    return 4 * (len(text) - 1) + len(bin(int(text[0], 16))) - 2


def encode_long(x):
    """Little-endian two's complement in the fewest bytes (LONG1/LONG4)."""
    if x == 0:
        return ''
    if x > 0:
        nbytes = (_bit_length(x) >> 3) + 1
    else:
        nbytes = (_bit_length(~x) >> 3) + 1
    x = x % (1 << (8 * nbytes))
    out = []
    for i in range(nbytes):
        out.append(chr(int(x & 0xff)))
        x >>= 8
    return ''.join(out)


def decode_long(data):
    n = 0L
    for i in range(len(data) - 1, -1, -1):
        n = (n << 8) | ord(data[i])
    if data and ord(data[-1]) >= 0x80:
        n -= 1L << (8 * len(data))
    return n


def _unicode_to_raw_escape(u):
    # raw-unicode-escape, with backslash and newline escaped too so that the
    # text stays on one line. The codec itself joins surrogate pairs into one
    # \U escape (narrow builds), so let it do the escaping.
    return u.replace(u'\\', u'\\u005c').replace(u'\n', u'\\u000a').encode('raw-unicode-escape')



def _raw_escape_to_unicode(s):
    # The UNICODE opcode's argument is raw-unicode-escape text (the codec also
    # makes surrogate pairs of \\U escapes on narrow builds).
    return s.decode('raw-unicode-escape')

_simple_escapes = {'\\': '\\', "'": "'", '"': '"', 'n': '\n', 'r': '\r',
                   't': '\t', 'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v',
                   '\n': ''}


def _unescape_str(s):
    """Decodes the body of a str repr (the STRING opcode's argument)."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch != '\\' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        nxt = s[i + 1]
        if nxt in _simple_escapes:
            out.append(_simple_escapes[nxt])
            i += 2
        elif nxt == 'x':
            digits = s[i + 2:i + 4]
            try:
                out.append(chr(int(digits, 16)))
            except ValueError:
                raise ValueError("invalid \\x escape")
            i += 4
        elif nxt in '01234567':
            j = i + 1
            while j < n and j < i + 4 and s[j] in '01234567':
                j += 1
            out.append(chr(int(s[i + 1:j], 8) & 0xff))
            i = j
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


def whichmodule(func, funcname):
    """The name of the module that holds func as funcname ('__main__' when
    none does)."""
    mod = getattr(func, "__module__", None)
    if mod is not None:
        return mod
    if func in _classmap:
        return _classmap[func]
    for name, module in sys.modules.items():
        if module is None:
            continue
        if name != '__main__' and getattr(module, funcname, None) is func:
            break
    else:
        name = '__main__'
    _classmap[func] = name
    return name

_classmap = {}


def _own_reduce_class(cls):
    """The first class in cls's MRO (before object) that defines
    __reduce_ex__ or __reduce__ itself, or None."""
    for klass in getattr(cls, '__mro__', ()):
        if klass is object:
            return None
        d = getattr(klass, '__dict__', {})
        if '__reduce_ex__' in d or '__reduce__' in d:
            return klass
    return None


def _reduce_set(obj):
    return (type(obj), (list(obj),), getattr(obj, '__dict__', None))

# Reductions for runtime types whose own __reduce__ the engine may lack.
_builtin_reductions = {set: _reduce_set, frozenset: _reduce_set}


def _default_reduce(obj, proto):
    """What object.__reduce_ex__(proto) returns for an instance of a class that
    defines no reduction of its own."""
    if proto < 2:
        return copy_reg._reduce_ex(obj, proto)
    cls = obj.__class__
    if copy_reg._is_builtin_type(cls):
        import __builtin__
        if getattr(__builtin__, cls.__name__, None) is not cls:
            # A runtime type that cannot be created from Python (CPython: no
            # tp_new), e.g. file, member_descriptor.
            raise TypeError("can't pickle %s objects" % cls.__name__)
    getnewargs = getattr(obj, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
    else:
        args = ()
        for base in (int, long, float, complex, str, unicode, tuple):
            if isinstance(obj, base):
                args = (base(obj),)
                break
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        state = getattr(obj, '__dict__', None)
        names = copy_reg._slotnames(cls)
        if names:
            slots = {}
            for name in names:
                try:
                    slots[name] = getattr(obj, name)
                except AttributeError:
                    pass
            if slots:
                state = (state, slots)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = obj.iteritems() if isinstance(obj, dict) else None
    return (copy_reg.__newobj__, (cls,) + args, state, listitems, dictitems)


class Pickler:

    def __init__(self, file, protocol=None):
        if protocol is None:
            protocol = 0
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        self.write = file.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        # CPython's pickle keeps objects it must not see collected (initargs,
        # getstate results) in one list stored in the memo; that list takes
        # a memo slot, which shifts later memo numbers.  Tracked the same way.
        self._keep_alive_list = None

    def clear_memo(self):
        self.memo.clear()
        self._keep_alive_list = None

    def dump(self, obj):
        if self.proto >= 2:
            self.write(PROTO + chr(self.proto))
        self.save(obj)
        self.write(STOP)

    # --- memo

    def memoize(self, obj):
        if self.fast:
            return
        assert id(obj) not in self.memo
        index = len(self.memo)
        self.write(self.put(index))
        self.memo[id(obj)] = index, obj

    def put(self, i):
        if self.bin:
            if i < 256:
                return BINPUT + chr(i)
            return LONG_BINPUT + struct.pack("<i", i)
        return PUT + repr(i) + '\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + chr(i)
            return LONG_BINGET + struct.pack("<i", i)
        return GET + repr(i) + '\n'

    def _keep_alive(self, x):
        if self._keep_alive_list is None:
            self._keep_alive_list = [x]
            self.memo[id(self.memo)] = self._keep_alive_list
        else:
            self._keep_alive_list.append(x)

    # --- dispatch

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid)
            self.write(BINPERSID)
        else:
            self.write(PERSID + str(pid) + '\n')

    def save(self, obj):
        pid = self.persistent_id(obj)
        if pid is not None:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None and not isinstance(x, list):
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        if isinstance(obj, type) or t is _types.ClassType:
            self.save_global(obj)
            return
        reduce = dispatch_table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        else:
            owner = _own_reduce_class(t)
            if owner is not None:
                if '__reduce_ex__' in owner.__dict__:
                    rv = obj.__reduce_ex__(self.proto)
                else:
                    rv = obj.__reduce__()
            elif t in _builtin_reductions:
                rv = _builtin_reductions[t](obj)
            elif isinstance(obj, object) and hasattr(t, '__mro__'):
                rv = _default_reduce(obj, self.proto)
            else:
                raise PicklingError("Can't pickle %r object: %r" %
                                    (t.__name__, obj))
        if isinstance(rv, basestring):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % reduce)
        if not 2 <= len(rv) <= 5:
            raise PicklingError("Tuple returned by %s must have "
                                "two to five elements" % reduce)
        self.save_reduce(obj=obj, *rv)

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from reduce() should be a tuple")
        if not hasattr(func, '__call__'):
            raise PicklingError("func from reduce should be callable")
        write = self.write
        if self.proto >= 2 and getattr(func, "__name__", "") == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            self.save(state)
            write(BUILD)

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_int(self, obj):
        if self.bin:
            if 0 <= obj <= 0xff:
                self.write(BININT1 + chr(obj))
                return
            if 0 <= obj <= 0xffff:
                self.write(BININT2 + chr(obj & 0xff) + chr(obj >> 8))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + struct.pack("<i", obj))
                return
        self.write(INT + repr(obj) + '\n')
    dispatch[int] = save_int

    def save_long(self, obj):
        if self.proto >= 2:
            data = encode_long(obj)
            if len(data) < 256:
                self.write(LONG1 + chr(len(data)) + data)
            else:
                self.write(LONG4 + struct.pack("<i", len(data)) + data)
            return
        self.write(LONG + repr(obj) + '\n')
    dispatch[long] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + struct.pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj) + '\n')
    dispatch[float] = save_float

    def save_string(self, obj):
        if self.bin:
            n = len(obj)
            if n < 256:
                self.write(SHORT_BINSTRING + chr(n) + obj)
            else:
                self.write(BINSTRING + struct.pack("<i", n) + obj)
        else:
            self.write(STRING + repr(obj) + '\n')
        self.memoize(obj)
    dispatch[str] = save_string

    def save_unicode(self, obj):
        if self.bin:
            data = obj.encode('utf-8')
            self.write(BINUNICODE + struct.pack("<i", len(data)) + data)
        else:
            self.write(UNICODE + _unicode_to_raw_escape(obj) + '\n')
        self.memoize(obj)
    dispatch[unicode] = save_unicode

    def save_tuple(self, obj):
        write = self.write
        n = len(obj)
        if n == 0:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                self.save(element)
            if id(obj) in memo:
                # The tuple was reached through its own items: use that copy.
                write(POP * n + self.get(memo[id(obj)][0]))
            else:
                write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write(MARK)
        for element in obj:
            self.save(element)
        if id(obj) in memo:
            got = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + got)
            else:
                write(POP * (n + 1) + got)
            return
        write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_empty_tuple(self, obj):
        self.write(EMPTY_TUPLE)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(iter(obj))
    dispatch[list] = save_list

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        items = iter(items)
        while True:
            batch = []
            for x in items:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif batch:
                save(batch[0])
                write(APPEND)
            if len(batch) < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.iteritems())
    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        items = iter(items)
        while True:
            batch = []
            for kv in items:
                batch.append(kv)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif batch:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if len(batch) < _BATCHSIZE:
                return

    def save_inst(self, obj):
        # Old-style instance: class, __getinitargs__ arguments, then state.
        cls = obj.__class__
        write = self.write
        if hasattr(obj, '__getinitargs__'):
            args = obj.__getinitargs__()
            len(args)
            self._keep_alive(args)
        else:
            args = ()
        write(MARK)
        if self.bin:
            self.save(cls)
            for arg in args:
                self.save(arg)
            write(OBJ)
        else:
            for arg in args:
                self.save(arg)
            write(INST + cls.__module__ + '\n' + cls.__name__ + '\n')
        self.memoize(obj)
        getstate = getattr(obj, '__getstate__', None)
        if getstate is None:
            stuff = obj.__dict__
        else:
            stuff = getstate()
            self._keep_alive(stuff)
        self.save(stuff)
        write(BUILD)
    dispatch[_types.InstanceType] = save_inst

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = obj.__name__
        module = getattr(obj, "__module__", None)
        if module is None:
            module = whichmodule(obj, name)
        try:
            __import__(module)
            mod = sys.modules[module]
            klass = getattr(mod, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" %
                                (obj, module, name))
        if klass is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object "
                                "as %s.%s" % (obj, module, name))
        if self.proto >= 2:
            code = _extension_registry.get((module, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + chr(code))
                elif code <= 0xffff:
                    write(EXT2 + chr(code & 0xff) + chr(code >> 8))
                else:
                    write(EXT4 + struct.pack("<i", code))
                return
        write(GLOBAL + module + '\n' + name + '\n')
        self.memoize(obj)

    dispatch[_types.ClassType] = save_global
    dispatch[_types.FunctionType] = save_global
    dispatch[_types.BuiltinFunctionType] = save_global
    dispatch[type] = save_global


class _EmptyClass:
    """Old-style placeholder whose __class__ is reassigned on load."""
    pass


class Unpickler:

    def __init__(self, file):
        self.readline = file.readline
        self.read = file.read
        self.memo = {}

    def load(self):
        self.mark = object()
        self.stack = []
        self.append = self.stack.append
        read = self.read
        dispatch = self.dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError
                dispatch[key](self)
        except _Stop, stopinst:
            return stopinst.value

    def marker(self):
        stack = self.stack
        mark = self.mark
        k = len(stack) - 1
        while stack[k] is not mark:
            k -= 1
        return k

    def _pop_mark(self):
        k = self.marker()
        items = self.stack[k + 1:]
        del self.stack[k:]
        return items

    dispatch = {}

    def load_eof(self):
        raise EOFError
    dispatch[''] = load_eof

    def load_proto(self):
        proto = ord(self.read(1))
        if not 0 <= proto <= 2:
            raise ValueError("unsupported pickle protocol: %d" % proto)
    dispatch[PROTO] = load_proto

    def load_persid(self):
        pid = self.readline()[:-1]
        self.append(self.persistent_load(pid))
    dispatch[PERSID] = load_persid

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE] = load_true

    def load_int(self):
        data = self.readline()
        if data == FALSE[1:]:
            val = False
        elif data == TRUE[1:]:
            val = True
        else:
            try:
                val = int(data)
            except ValueError:
                val = long(data)
        self.append(val)
    dispatch[INT] = load_int

    def load_binint(self):
        self.append(struct.unpack('<i', self.read(4))[0])
    dispatch[BININT] = load_binint

    def load_binint1(self):
        self.append(ord(self.read(1)))
    dispatch[BININT1] = load_binint1

    def load_binint2(self):
        data = self.read(2)
        self.append(ord(data[0]) | (ord(data[1]) << 8))
    dispatch[BININT2] = load_binint2

    def load_long(self):
        self.append(long(self.readline()[:-1], 0))
    dispatch[LONG] = load_long

    def load_long1(self):
        n = ord(self.read(1))
        self.append(decode_long(self.read(n)))
    dispatch[LONG1] = load_long1

    def load_long4(self):
        n = struct.unpack('<i', self.read(4))[0]
        self.append(decode_long(self.read(n)))
    dispatch[LONG4] = load_long4

    def load_float(self):
        self.append(float(self.readline()[:-1]))
    dispatch[FLOAT] = load_float

    def load_binfloat(self):
        self.append(struct.unpack('>d', self.read(8))[0])
    dispatch[BINFLOAT] = load_binfloat

    def load_string(self):
        rep = self.readline()[:-1]
        for q in '"', "'":
            if len(rep) >= 2 and rep.startswith(q) and rep.endswith(q):
                rep = rep[1:-1]
                break
        else:
            raise ValueError("insecure string pickle")
        self.append(_unescape_str(rep))
    dispatch[STRING] = load_string

    def load_binstring(self):
        n = struct.unpack('<i', self.read(4))[0]
        self.append(self.read(n))
    dispatch[BINSTRING] = load_binstring

    def load_short_binstring(self):
        n = ord(self.read(1))
        self.append(self.read(n))
    dispatch[SHORT_BINSTRING] = load_short_binstring

    def load_unicode(self):
        self.append(_raw_escape_to_unicode(self.readline()[:-1]))
    dispatch[UNICODE] = load_unicode

    def load_binunicode(self):
        n = struct.unpack('<i', self.read(4))[0]
        self.append(unicode(self.read(n), 'utf-8'))
    dispatch[BINUNICODE] = load_binunicode

    def load_tuple(self):
        self.append(tuple(self._pop_mark()))
    dispatch[TUPLE] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE] = load_empty_tuple

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)
    dispatch[TUPLE1] = load_tuple1

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    dispatch[TUPLE2] = load_tuple2

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    dispatch[TUPLE3] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT] = load_empty_dictionary

    def load_list(self):
        self.append(self._pop_mark())
    dispatch[LIST] = load_list

    def load_dict(self):
        items = self._pop_mark()
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.append(d)
    dispatch[DICT] = load_dict

    def _instantiate(self, klass, args):
        if (not args and type(klass) is _types.ClassType and
                not hasattr(klass, "__getinitargs__")):
            value = _EmptyClass()
            value.__class__ = klass
        else:
            try:
                value = klass(*args)
            except TypeError, err:
                raise TypeError, "in constructor for %s: %s" % (
                    klass.__name__, str(err)), sys.exc_info()[2]
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1]
        name = self.readline()[:-1]
        klass = self.find_class(module, name)
        self._instantiate(klass, self._pop_mark())
    dispatch[INST] = load_inst

    def load_obj(self):
        items = self._pop_mark()
        self._instantiate(items[0], items[1:])
    dispatch[OBJ] = load_obj

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack[-1]
        self.stack[-1] = cls.__new__(cls, *args)
    dispatch[NEWOBJ] = load_newobj

    def load_global(self):
        module = self.readline()[:-1]
        name = self.readline()[:-1]
        self.append(self.find_class(module, name))
    dispatch[GLOBAL] = load_global

    def _get_extension(self, code):
        obj = _extension_cache.get(code, _EmptyClass)
        if obj is not _EmptyClass:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._get_extension(ord(self.read(1)))
    dispatch[EXT1] = load_ext1

    def load_ext2(self):
        data = self.read(2)
        self._get_extension(ord(data[0]) | (ord(data[1]) << 8))
    dispatch[EXT2] = load_ext2

    def load_ext4(self):
        self._get_extension(struct.unpack('<i', self.read(4))[0])
    dispatch[EXT4] = load_ext4

    def find_class(self, module, name):
        __import__(module)
        mod = sys.modules[module]
        return getattr(mod, name)

    def load_reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        self.stack[-1] = func(*args)
    dispatch[REDUCE] = load_reduce

    def load_pop(self):
        del self.stack[-1]
    dispatch[POP] = load_pop

    def load_pop_mark(self):
        self._pop_mark()
    dispatch[POP_MARK] = load_pop_mark

    def load_dup(self):
        self.append(self.stack[-1])
    dispatch[DUP] = load_dup

    def load_get(self):
        self.append(self.memo[self.readline()[:-1]])
    dispatch[GET] = load_get

    def load_binget(self):
        self.append(self.memo[repr(ord(self.read(1)))])
    dispatch[BINGET] = load_binget

    def load_long_binget(self):
        self.append(self.memo[repr(struct.unpack('<i', self.read(4))[0])])
    dispatch[LONG_BINGET] = load_long_binget

    def load_put(self):
        self.memo[self.readline()[:-1]] = self.stack[-1]
    dispatch[PUT] = load_put

    def load_binput(self):
        self.memo[repr(ord(self.read(1)))] = self.stack[-1]
    dispatch[BINPUT] = load_binput

    def load_long_binput(self):
        self.memo[repr(struct.unpack('<i', self.read(4))[0])] = self.stack[-1]
    dispatch[LONG_BINPUT] = load_long_binput

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)
    dispatch[APPEND] = load_append

    def load_appends(self):
        items = self._pop_mark()
        self.stack[-1].extend(items)
    dispatch[APPENDS] = load_appends

    def load_setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value
    dispatch[SETITEM] = load_setitem

    def load_setitems(self):
        items = self._pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    dispatch[SETITEMS] = load_setitems

    def load_build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst.__dict__.update(state)
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD] = load_build

    def load_mark(self):
        self.append(self.mark)
    dispatch[MARK] = load_mark

    def load_stop(self):
        raise _Stop(self.stack.pop())
    dispatch[STOP] = load_stop


def dump(obj, file, protocol=None):
    Pickler(file, protocol).dump(obj)


def dumps(obj, protocol=None):
    f = _StringIO()
    Pickler(f, protocol).dump(obj)
    return f.getvalue()


def load(file):
    return Unpickler(file).load()


def loads(s):
    return Unpickler(_StringIO(s)).load()
