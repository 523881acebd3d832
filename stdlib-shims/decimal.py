"""Python 2.7 `decimal` module, written for PyCgiRunner.

Decimal floating point following the General Decimal Arithmetic
Specification as CPython 2.7's decimal implements it: a value is a sign, an
integer coefficient and a power-of-ten exponent (or Infinity / NaN / sNaN),
so Decimal('1.50') keeps its trailing zero.  Every operation computes the
exact result with Python integers and then rounds it once to the context's
precision with the context's rounding mode (_fix), which is how the results
come out digit-for-digit like CPython's.  exp/ln/log10 and non-integral
powers are computed in fixed point with guard digits (correctly rounded in
all but pathological cases).

Conditions are signalled through the current context: trapped ones
(InvalidOperation, DivisionByZero, Overflow by default) raise, the others set
flags.  The context is per process (scripts are single-threaded).
"""

import math as _math
import re as _re
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped',
           'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'ROUND_DOWN', 'ROUND_HALF_UP',
           'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
           'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
           'localcontext']

__version__ = '1.70'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


# --- Signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass

_signals = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow,
            InvalidOperation, Subnormal]

# Conditions that are reported (flagged, trapped, raised) as their parent.
_condition_map = {ConversionSyntax: InvalidOperation,
                  DivisionImpossible: InvalidOperation,
                  DivisionUndefined: InvalidOperation,
                  InvalidContext: InvalidOperation}

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')


# --- Context

class Context(object):
    """Precision, rounding, exponent limits, trap enables and flags."""

    def __init__(self, prec=None, rounding=None, traps=None, flags=None,
                 Emin=None, Emax=None, capitals=None, _clamp=0,
                 _ignored_flags=None):
        base = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (
            base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (
            base.Emin if base else -999999999)
        self.Emax = Emax if Emax is not None else (
            base.Emax if base else 999999999)
        self.capitals = capitals if capitals is not None else (
            base.capitals if base else 1)
        self._clamp = _clamp
        self._ignored_flags = list(_ignored_flags or [])
        if traps is None:
            traps = dict(base.traps) if base else dict.fromkeys(_signals, 0)
        elif not isinstance(traps, dict):
            traps = dict([(s, int(s in traps)) for s in _signals])
        self.traps = traps
        if flags is None:
            flags = dict.fromkeys(_signals, 0)
        elif not isinstance(flags, dict):
            flags = dict([(s, int(s in flags)) for s in _signals])
        self.flags = flags

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'flags=[%s], traps=[%s])' % (
                    self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals,
                    ', '.join([s.__name__ for s, v in self.flags.items() if v]),
                    ', '.join([s.__name__ for s, v in self.traps.items() if v])))

    def clear_flags(self):
        for flag in self.flags:
            self.flags[flag] = 0

    def _shallow_copy(self):
        return Context(self.prec, self.rounding, self.traps, self.flags,
                       self.Emin, self.Emax, self.capitals, self._clamp,
                       self._ignored_flags)

    def copy(self):
        return Context(self.prec, self.rounding, self.traps.copy(),
                       self.flags.copy(), self.Emin, self.Emax, self.capitals,
                       self._clamp, self._ignored_flags)

    __copy__ = copy

    def _raise_error(self, condition, explanation=None):
        """Flags the condition, raises it when trapped, and otherwise
        returns the spec's default result for it."""
        error = _condition_map.get(condition, condition)
        if error in self._ignored_flags:
            return _default_result(condition)
        self.flags[error] = 1
        if not self.traps.get(error):
            return _default_result(condition)
        raise error(explanation)

    def Etiny(self):
        return int(self.Emin - self.prec + 1)

    def Etop(self):
        return int(self.Emax - self.prec + 1)

    def create_decimal(self, num='0'):
        d = Decimal(num, context=self)
        if d._is_nan() and len(str(d._coeff)) > self.prec - self._clamp:
            return self._raise_error(ConversionSyntax,
                                     "diagnostic info too long in NaN")
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    # Operations in context form: ctx.add(a, b) == a + b rounded by ctx.
    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, context=self)

    def divmod(self, a, b):
        return _convert(a, True).__divmod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(context=self)

    def exp(self, a):
        return _convert(a, True).exp(context=self)

    def ln(self, a):
        return _convert(a, True).ln(context=self)

    def log10(self, a):
        return _convert(a, True).log10(context=self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def normalize(self, a):
        return _convert(a, True).normalize(context=self)

    def compare(self, a, b):
        return _convert(a, True).compare(b, context=self)

    def max(self, a, b):
        return _convert(a, True).max(b, context=self)

    def min(self, a, b):
        return _convert(a, True).min(b, context=self)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return _convert(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _convert(a, True).to_eng_string(context=self)


def _default_result(condition):
    if issubclass(condition, DivisionByZero):
        return None     # the caller substitutes a signed Infinity
    if issubclass(condition, InvalidOperation):
        return _NaN
    return None

_current = [None]


def getcontext():
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager(object):

    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None):
    """with localcontext() as ctx: changes to ctx last until the block
    ends."""
    if ctx is None:
        ctx = getcontext()
    return _ContextManager(ctx)


# --- Helpers on integers

def _ndigits(n):
    return len(str(n)) if n else 1


def _round_int(coeff, drop, rounding, sign):
    """coeff with its last `drop` digits removed under the rounding mode;
    returns (new coefficient, whether anything non-zero was dropped)."""
    if drop <= 0:
        return coeff, False
    q, r = divmod(coeff, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:   # ROUND_05UP
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


def _isqrt(n):
    if n < 0:
        raise ValueError
    if n == 0:
        return 0
    x = 1 << ((len(bin(n)) - 2 + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _convert(other, raiseit=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, (int, long)):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError("Unable to convert %s to Decimal" % other)
    return NotImplemented

_parser = _re.compile(r"""
    \s*
    (?P<sign>[-+])?
    (
        (?=\d|\.\d)
        (?P<int>\d*)
        (\.(?P<frac>\d*))?
        (E(?P<exp>[-+]?\d+))?
    |
        Inf(inity)?
    |
        (?P<signal>s)?
        NaN
        (?P<diag>\d*)
    )
    \s*
    \Z
""", _re.VERBOSE | _re.IGNORECASE | _re.UNICODE)


class Decimal(object):
    """Immutable decimal number: Decimal('1.50'), Decimal(7), Decimal(0.1),
    Decimal((1, (1, 2, 5), -2))."""

    __slots__ = ('_sign', '_coeff', '_exp', '_special')

    # _special: None for finite numbers, 'F' Infinity, 'n' quiet NaN, 'N'
    # signalling NaN (payload in _coeff).

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, basestring):
            m = _parser.match(value.strip() if isinstance(value, str) else value)
            if m is None:
                if context is None:
                    context = getcontext()
                return context._raise_error(
                    ConversionSyntax, "Invalid literal for Decimal: %r" % value)
            self._sign = 1 if m.group('sign') == '-' else 0
            intpart = m.group('int')
            if intpart is not None:
                frac = m.group('frac') or ''
                exp = int(m.group('exp') or '0')
                self._coeff = int(intpart + frac or '0')
                self._exp = exp - len(frac)
                self._special = None
            else:
                diag = m.group('diag')
                if diag is not None:
                    self._coeff = int(diag or '0')
                    self._special = 'N' if m.group('signal') else 'n'
                    self._exp = self._special
                else:
                    self._coeff = 0
                    self._special = 'F'
                    self._exp = 'F'
            return self
        if isinstance(value, (int, long)):
            self._sign = 1 if value < 0 else 0
            self._coeff = abs(value)
            self._exp = 0
            self._special = None
            return self
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._coeff = value._coeff
            self._exp = value._exp
            self._special = value._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('Invalid tuple size in creation of Decimal '
                                 'from list or tuple.  The list or tuple '
                                 'should have exactly three elements.')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("Invalid sign.  The first value in the tuple "
                                 "should be an integer; either 0 for a "
                                 "positive number or 1 for a negative number.")
            self._sign = sign
            coeff = 0
            for d in digits:
                if not isinstance(d, (int, long)) or not 0 <= d <= 9:
                    raise ValueError("The second value in the tuple must be "
                                     "composed of integers in the range "
                                     "0 through 9.")
                coeff = coeff * 10 + d
            self._coeff = coeff
            if exp in ('F', 'n', 'N'):
                self._special = exp
                self._exp = exp
                if exp == 'F':
                    self._coeff = 0
            elif isinstance(exp, (int, long)):
                self._special = None
                self._exp = exp
            else:
                raise ValueError("The third value in the tuple must be an "
                                 "integer, or one of the strings 'F', 'n', "
                                 "'N'.")
            return self
        if isinstance(value, float):
            return cls.from_float(value) if cls is Decimal else \
                cls(Decimal.from_float(value))
        raise TypeError("Cannot convert %r to Decimal" % value)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (Decimal(0.1) has 55 digits)."""
        if isinstance(f, (int, long)):
            return cls(f)
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = len(bin(d)) - 3          # d == 2**k
        result = _make(sign, n * 5 ** k, -k)
        if cls is Decimal:
            return result
        return cls(result)

    # --- classification

    def _is_nan(self):
        return self._special in ('n', 'N')

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_snan(self):
        return self._special == 'N'

    def is_qnan(self):
        return self._special == 'n'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._coeff == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._special or not self._coeff:
            return False
        context = context or getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special or not self._coeff:
            return False
        context = context or getcontext()
        return self.adjusted() < context.Emin

    def is_canonical(self):
        return True

    def canonical(self, context=None):
        return self

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + _ndigits(self._coeff) - 1

    def as_tuple(self):
        digits = tuple([int(c) for c in str(self._coeff)])
        if self._special == 'F':
            digits = (0,)
        elif self._special and self._coeff == 0:
            digits = ()
        return DecimalTuple(self._sign, digits, self._exp)

    def __nonzero__(self):
        return bool(self._special or self._coeff)

    # --- text

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            payload = str(self._coeff) if self._coeff else ''
            return sign + ('sNaN' if self._special == 'N' else 'NaN') + payload
        digits = str(self._coeff)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._coeff == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = (context or getcontext()).capitals
            exp = ['e', 'E'][capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __unicode__(self):
        return unicode(str(self))

    def __format__(self, spec, context=None):
        return _format_decimal(self, spec, context or getcontext())

    # --- conversions

    def __float__(self):
        if self._is_nan():
            if self._special == 'N':
                raise ValueError("Cannot convert signaling NaN to float")
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __int__(self):
        if self._special:
            if self._is_nan():
                raise ValueError("Cannot convert NaN to integer")
            raise OverflowError("Cannot convert infinity to integer")
        if self._exp >= 0:
            n = self._coeff * 10 ** self._exp
        else:
            n = self._coeff // 10 ** (-self._exp)
        return -n if self._sign else n

    __trunc__ = __int__

    def __long__(self):
        return long(self.__int__())

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    # --- rounding to the context

    def _fix(self, context):
        """This value rounded to the context's precision and exponent
        range, flagging Rounded/Inexact/Overflow as it happens."""
        if self._special:
            if self._is_nan():
                limit = context.prec - context._clamp
                if self._coeff and _ndigits(self._coeff) > limit:
                    return _make(self._sign,
                                 int(str(self._coeff)[-limit:] or '0'),
                                 self._special)
            return self
        etiny = context.Etiny()
        etop = context.Etop()
        if not self._coeff:
            exp_max = context.Emax if context._clamp == 0 else etop
            new_exp = min(max(self._exp, etiny), exp_max)
            if new_exp != self._exp:
                context._raise_error(Clamped)
                return _make(self._sign, 0, new_exp)
            return self
        n = _ndigits(self._coeff)
        exp_min = n + self._exp - context.prec
        if exp_min > etop:
            return _overflow(context, self._sign)
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if self._exp < exp_min:
            drop = exp_min - self._exp
            coeff, inexact = _round_int(self._coeff, drop, context.rounding,
                                        self._sign)
            if _ndigits(coeff) > context.prec:
                coeff //= 10
                exp_min += 1
            if exp_min > etop:
                return _overflow(context, self._sign)
            if subnormal:
                context._raise_error(Subnormal)
                if inexact:
                    context._raise_error(Underflow)
            context._raise_error(Rounded)
            if inexact:
                context._raise_error(Inexact)
            return _make(self._sign, coeff, exp_min)
        if subnormal:
            context._raise_error(Subnormal)
        if context._clamp == 1 and self._exp > etop:
            context._raise_error(Clamped)
            return _make(self._sign, self._coeff * 10 ** (self._exp - etop),
                         etop)
        return self

    def _rescale(self, exp, rounding):
        """Exactly exponent exp, rounding away digits if needed (no context
        limits)."""
        if self._special:
            return self
        if not self._coeff:
            return _make(self._sign, 0, exp)
        if self._exp >= exp:
            return _make(self._sign, self._coeff * 10 ** (self._exp - exp), exp)
        coeff, inexact = _round_int(self._coeff, exp - self._exp, rounding,
                                    self._sign)
        return _make(self._sign, coeff, exp)

    # --- NaN propagation

    def _check_nans(self, other=None, context=None):
        """The NaN result when an operand is a NaN (sNaN signals), else
        None."""
        self_nan = self._special in ('n', 'N')
        other_nan = other is not None and other._special in ('n', 'N')
        if not (self_nan or other_nan):
            return None
        context = context or getcontext()
        if self._special == 'N':
            return context._raise_error(InvalidOperation, 'sNaN') \
                and _make(self._sign, self._coeff, 'n')._fix(context)
        if other is not None and other._special == 'N':
            return context._raise_error(InvalidOperation, 'sNaN') \
                and _make(other._sign, other._coeff, 'n')._fix(context)
        if self_nan:
            return self._fix(context)
        return other._fix(context)

    # --- arithmetic

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if self._special or other._special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._special == 'F':
                if other._special == 'F' and self._sign != other._sign:
                    return context._raise_error(InvalidOperation, '-INF + INF')
                return Decimal(self)
            return Decimal(other)
        exp = min(self._exp, other._exp)
        a = self._coeff * 10 ** (self._exp - exp)
        b = other._coeff * 10 ** (other._exp - exp)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            elif context.rounding == ROUND_FLOOR and self._sign != other._sign:
                sign = 1
            else:
                sign = 0
            return _make(sign, 0, exp)._fix(context)
        return _make(1 if total < 0 else 0, abs(total), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if other._special in ('n', 'N'):
            return self.__add__(other, context)
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._special == 'F':
                if not other:
                    return context._raise_error(InvalidOperation, '(+-)INF * 0')
                return _Infinity[sign]
            if not self:
                return context._raise_error(InvalidOperation, '0 * (+-)INF')
            return _Infinity[sign]
        return _make(sign, self._coeff * other._coeff,
                     self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._special == 'F' and other._special == 'F':
                return context._raise_error(InvalidOperation, '(+-)INF/(+-)INF')
            if self._special == 'F':
                return _Infinity[sign]
            context._raise_error(Clamped, 'Division by infinity')
            return _make(sign, 0, context.Etiny())
        if not other._coeff:
            if not self._coeff:
                return context._raise_error(DivisionUndefined, '0 / 0')
            context._raise_error(DivisionByZero, 'x / 0')
            return _Infinity[sign]
        ideal = self._exp - other._exp
        if not self._coeff:
            return _make(sign, 0, ideal)._fix(context)
        # Enough quotient digits for the precision plus one, then a sticky
        # digit if the division was not exact; exact quotients shed trailing
        # zeros back towards the ideal exponent.
        shift = (_ndigits(other._coeff) - _ndigits(self._coeff)
                 + context.prec + 1)
        exp = ideal - shift
        if shift >= 0:
            coeff, rem = divmod(self._coeff * 10 ** shift, other._coeff)
        else:
            coeff, rem = divmod(self._coeff, other._coeff * 10 ** (-shift))
        if rem:
            if coeff % 5 == 0:
                coeff += 1
        else:
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return _make(sign, coeff, exp)._fix(context)

    __div__ = __truediv__

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    __rdiv__ = __rtruediv__

    def _divide(self, other, context):
        """(integer quotient, remainder) of finite operands, other != 0."""
        sign = self._sign ^ other._sign
        ideal = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self._coeff or expdiff <= -2:
            return (_make(sign, 0, 0),
                    self._rescale(ideal, context.rounding))
        if expdiff <= context.prec:
            a = self._coeff * 10 ** (self._exp - ideal)
            b = other._coeff * 10 ** (other._exp - ideal)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return _make(sign, q, 0), _make(self._sign, r, ideal)
        ans = context._raise_error(DivisionImpossible,
                                   'quotient too large in //, % or divmod')
        return ans, ans

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        ans = self._check_nans(other, context)
        if ans is not None:
            return ans, ans
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                ans = context._raise_error(InvalidOperation,
                                           'divmod(INF, INF)')
                return ans, ans
            return _Infinity[sign], context._raise_error(InvalidOperation,
                                                         'INF % x')
        if not other:
            if not self:
                ans = context._raise_error(DivisionUndefined, 'divmod(0, 0)')
                return ans, ans
            context._raise_error(DivisionByZero, 'x // 0')
            return (_Infinity[sign],
                    context._raise_error(InvalidOperation, 'x % 0'))
        q, r = self._divide(other, context)
        return q, r._fix(context)

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        ans = self._check_nans(other, context)
        if ans is not None:
            return ans
        if self._special == 'F':
            return context._raise_error(InvalidOperation, 'INF % x')
        if not other:
            if self:
                return context._raise_error(InvalidOperation, 'x % 0')
            return context._raise_error(DivisionUndefined, '0 % 0')
        if other._special == 'F':
            return self._fix(context)
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        ans = self._check_nans(other, context)
        if ans is not None:
            return ans
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                return context._raise_error(InvalidOperation, 'INF // INF')
            return _Infinity[sign]
        if not other:
            if self:
                context._raise_error(DivisionByZero, 'x // 0')
                return _Infinity[sign]
            return context._raise_error(DivisionUndefined, '0 // 0')
        if other._special == 'F':
            return _make(sign, 0, 0)
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def remainder_near(self, other, context=None):
        other = _convert(other, True)
        context = context or getcontext()
        q, r = self._divide(other, context)
        # Nearest multiple: move r by one divisor when that is closer (ties
        # to an even quotient).
        twice = abs(r) * 2
        aother = abs(other)
        if twice > aother or (twice == aother and q._coeff % 2 == 1):
            r = r - other if (r._sign == other._sign) else r + other
        return r._fix(context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        ans = self._check_nans(other, context)
        if ans is not None:
            return ans
        if not other:
            if not self:
                return context._raise_error(InvalidOperation, '0 ** 0')
            return _make(0, 1, 0)
        integral = other._isinteger()
        result_sign = 0
        if self._sign == 1:
            if integral:
                if int(other) % 2 == 1:
                    result_sign = 1
            elif self:
                return context._raise_error(
                    InvalidOperation, 'x ** y with x negative and y not '
                    'an integer')
        if not self:
            if other._sign == 0:
                return _make(result_sign, 0, 0)
            return _Infinity[result_sign]
        if self._special == 'F':
            if other._sign == 0:
                return _Infinity[result_sign]
            return _make(result_sign, 0, 0)
        if other._special == 'F':
            one = self.copy_abs()._cmp(Decimal(1))
            if one == 0:
                return _make(result_sign, 10 ** (context.prec - 1),
                             1 - context.prec)._fix(context)
            if (one > 0) == (other._sign == 0):
                return _Infinity[result_sign]
            return _make(result_sign, 0, 0)
        # Far outside the exponent range: overflow or underflow without
        # computing anything.
        try:
            magnitude = float(other) * (_math.log10(self._coeff) + self._exp)
        except OverflowError:
            magnitude = float('inf') if (other._sign == 0) == (
                self.adjusted() >= 0) else float('-inf')
        if magnitude > context.Emax + 2:
            return _overflow(context, result_sign)
        if magnitude < context.Etiny() - 2:
            context._raise_error(Underflow)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            return _make(result_sign, 0, context.Etiny())
        if integral:
            n = int(other)
            if abs(n) <= 10 ** 6:
                exact = _make(result_sign, self._coeff ** abs(n),
                              self._exp * abs(n))
                if n >= 0:
                    return exact._fix(context)
                return Decimal(1).__truediv__(exact, context=context)
        return _transcendental(
            lambda P, x: _fixed_exp(other._to_fixed(P) *
                                    _fixed_ln(x, P) // 10 ** P, P),
            self.copy_abs(), context, result_sign)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def _power_modulo(self, other, modulo, context):
        other = _convert(other, True)
        modulo = _convert(modulo, True)
        context = context or getcontext()
        if not (self._isinteger() and other._isinteger() and
                modulo._isinteger()) or other._sign or not modulo:
            return context._raise_error(InvalidOperation,
                                        'invalid arguments to 3-argument pow')
        m = abs(int(modulo))
        r = pow(abs(int(self)), int(other), m)
        sign = self._sign if int(other) % 2 else 0
        return _make(sign, r, 0)

    def _isinteger(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        return self._coeff % 10 ** (-self._exp) == 0

    def __neg__(self, context=None):
        ans = self._check_nans(context=context)
        if ans is not None:
            return ans
        context = context or getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            result = self.copy_abs()
        else:
            result = self.copy_negate()
        return result._fix(context)

    def __pos__(self, context=None):
        ans = self._check_nans(context=context)
        if ans is not None:
            return ans
        context = context or getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            result = self.copy_abs()
        else:
            result = Decimal(self)
        return result._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        ans = self._check_nans(context=context)
        if ans is not None:
            return ans
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def copy_abs(self):
        return _make(0, self._coeff, self._exp)

    def copy_negate(self):
        return _make(1 - self._sign, self._coeff, self._exp)

    def copy_sign(self, other):
        other = _convert(other, True)
        return _make(other._sign, self._coeff, self._exp)

    # --- comparisons

    def _cmp(self, other):
        """-1, 0 or 1 for finite or infinite operands (NaN excluded)."""
        if self._special or other._special:
            a = 0 if self._special != 'F' else (-1 if self._sign else 1)
            b = 0 if other._special != 'F' else (-1 if other._sign else 1)
            if a or b:
                return cmp(a, b) if a != b else 0
        if not self._coeff and not other._coeff:
            return 0
        if not self._coeff:
            return 1 if other._sign else -1
        if not other._coeff:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        exp = min(self._exp, other._exp)
        a = self._coeff * 10 ** (self._exp - exp)
        b = other._coeff * 10 ** (other._exp - exp)
        result = cmp(a, b)
        return -result if self._sign else result

    def _compare_operand(self, other, equality=False):
        other = _convert(other, allow_float=True)
        if other is NotImplemented:
            return other
        if self._is_nan() or other._is_nan():
            if equality and not (self._special == 'N' or
                                 other._special == 'N'):
                return None
            getcontext()._raise_error(InvalidOperation,
                                      'comparison involving NaN')
            return None
        return other

    def __eq__(self, other, context=None):
        other = self._compare_operand(other, True)
        if other is NotImplemented:
            return other
        if other is None:
            return False
        return self._cmp(other) == 0

    def __ne__(self, other, context=None):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __lt__(self, other, context=None):
        other = self._compare_operand(other)
        if other is NotImplemented or other is None:
            return other if other is NotImplemented else False
        return self._cmp(other) < 0

    def __le__(self, other, context=None):
        other = self._compare_operand(other)
        if other is NotImplemented or other is None:
            return other if other is NotImplemented else False
        return self._cmp(other) <= 0

    def __gt__(self, other, context=None):
        other = self._compare_operand(other)
        if other is NotImplemented or other is None:
            return other if other is NotImplemented else False
        return self._cmp(other) > 0

    def __ge__(self, other, context=None):
        other = self._compare_operand(other)
        if other is NotImplemented or other is None:
            return other if other is NotImplemented else False
        return self._cmp(other) >= 0

    def compare(self, other, context=None):
        other = _convert(other, True)
        ans = self._check_nans(other, context)
        if ans is not None:
            return ans
        return Decimal(self._cmp(other))

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._special == 'n':
                return 0
            return 314159 if not self._sign else -271828
        if self._isinteger():
            return hash(int(self))
        f = float(self)
        if Decimal.from_float(f)._cmp(self) == 0:
            return hash(f)
        return hash(str(self.normalize()))

    def max(self, other, context=None):
        other = _convert(other, True)
        context = context or getcontext()
        if self._is_nan() or other._is_nan():
            if self._is_nan() and not other._is_nan():
                return other._fix(context)
            if other._is_nan() and not self._is_nan():
                return self._fix(context)
            return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = cmp(self._sign == 0, other._sign == 0) or \
                cmp(self._exp, other._exp)
        return (self if c >= 0 else other)._fix(context)

    def min(self, other, context=None):
        other = _convert(other, True)
        context = context or getcontext()
        if self._is_nan() or other._is_nan():
            if self._is_nan() and not other._is_nan():
                return other._fix(context)
            if other._is_nan() and not self._is_nan():
                return self._fix(context)
            return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = cmp(self._sign == 0, other._sign == 0) or \
                cmp(self._exp, other._exp)
        return (self if c <= 0 else other)._fix(context)

    # --- quantize, integral values, normalise

    def quantize(self, exp, rounding=None, context=None, watchexp=True):
        exp = _convert(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._special or exp._special:
            ans = self._check_nans(exp, context)
            if ans is not None:
                return ans
            if self._special == 'F' and exp._special == 'F':
                return Decimal(self)
            return context._raise_error(InvalidOperation,
                                        'quantize with one INF')
        if watchexp and not (context.Etiny() <= exp._exp <= context.Emax):
            return context._raise_error(InvalidOperation,
                                        'target exponent out of bounds in '
                                        'quantize')
        if not self._coeff:
            return _make(self._sign, 0, exp._exp)._fix(context)
        if self.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation,
                                        'exponent of quantize result too '
                                        'large for current context')
        if self.adjusted() - exp._exp + 1 > context.prec:
            return context._raise_error(InvalidOperation,
                                        'quantize result has too many digits '
                                        'for current context')
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation,
                                        'exponent of quantize result too '
                                        'large for current context')
        if _ndigits(ans._coeff) > context.prec:
            return context._raise_error(InvalidOperation,
                                        'quantize result has too many digits '
                                        'for current context')
        if ans._exp > self._exp:
            if ans._cmp(self) != 0:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
        return ans._fix(context)

    def same_quantum(self, other):
        other = _convert(other, True)
        if self._special or other._special:
            return (self._is_nan() and other._is_nan() or
                    self._special == 'F' and other._special == 'F')
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if self._special:
            ans = self._check_nans(context=context)
            return ans if ans is not None else Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        context = context or getcontext()
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if self._special:
            ans = self._check_nans(context=context)
            return ans if ans is not None else Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        context = context or getcontext()
        ans = self._rescale(0, rounding or context.rounding)
        if ans._cmp(self) != 0:
            context._raise_error(Inexact)
        context._raise_error(Rounded)
        return ans

    def __round__(self, n=None):
        if n is None:
            return int(self._rescale(0, ROUND_HALF_EVEN))
        return self._rescale(-n, ROUND_HALF_EVEN)

    def normalize(self, context=None):
        context = context or getcontext()
        if self._special:
            ans = self._check_nans(context=context)
            return ans if ans is not None else Decimal(self)
        dup = self._fix(context)
        if dup._special:
            return dup
        if not dup._coeff:
            return _make(dup._sign, 0, 0)
        coeff, exp = dup._coeff, dup._exp
        exp_max = context.Emax if context._clamp == 0 else context.Etop()
        while coeff % 10 == 0 and exp < exp_max:
            coeff //= 10
            exp += 1
        return _make(dup._sign, coeff, exp)

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        context = context or getcontext()
        if self._special:
            return Decimal(self)
        return _make(self._sign, self._coeff,
                     self._exp + int(other))._fix(context)

    def fma(self, other, third, context=None):
        other = _convert(other, True)
        product = _make(self._sign ^ other._sign, self._coeff * other._coeff,
                        self._exp + other._exp)
        return product.__add__(third, context)

    def number_class(self, context=None):
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if not self._coeff:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    # --- roots and logarithms

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            if self._sign == 0:
                return Decimal(self)
        if not self._coeff:
            return _make(self._sign, 0, self._exp // 2)._fix(context)
        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'sqrt(-x), x > 0')
        prec = context.prec + 1
        coeff, exp = self._coeff, self._exp
        if exp % 2:
            coeff *= 10
            exp -= 1
        ideal = self._exp // 2
        # Scale by an even power of ten so the root has prec digits.
        shift = prec - (_ndigits(coeff) + 1) // 2
        if shift >= 0:
            scaled = coeff * 100 ** shift
        else:
            scaled = coeff // 100 ** (-shift)
        root = _isqrt(scaled)
        exact = root * root == scaled and (
            shift >= 0 or coeff % 100 ** (-shift) == 0)
        exp = exp // 2 - shift
        if exact:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        elif root % 5 == 0:
            root += 1
        work = context._shallow_copy()
        work.rounding = ROUND_HALF_EVEN
        return _make(0, root, exp)._fix(work)

    def _to_fixed(self, P):
        """round(self * 10**P) as an integer."""
        if self._exp + P >= 0:
            n = self._coeff * 10 ** (self._exp + P)
        else:
            n = self._coeff // 10 ** (-(self._exp + P))
        return -n if self._sign else n

    def exp(self, context=None):
        context = context or getcontext()
        if self._special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            return _make(0, 0, 0) if self._sign else Decimal(self)
        if not self._coeff:
            return _make(0, 1, 0)
        if self.adjusted() > 9 and abs(float(self)) > 2.31 * (
                context.Emax + 2):
            if self._sign:
                context._raise_error(Underflow)
                return _make(0, 0, context.Etiny())
            return _overflow(context, 0)
        return _transcendental(lambda P, x: _fixed_exp(x._to_fixed(P), P),
                               self, context, 0)

    def ln(self, context=None):
        context = context or getcontext()
        if self._special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            if self._sign == 0:
                return Decimal(self)
        if not self._coeff:
            return _Infinity[1]
        if self._sign:
            return context._raise_error(InvalidOperation, 'ln of a negative '
                                                          'value')
        if self._coeff == 1 and self._exp == 0:
            return _make(0, 0, 0)
        return _transcendental(lambda P, x: _fixed_ln(x, P), self, context, 0)

    def log10(self, context=None):
        context = context or getcontext()
        if self._special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            if self._sign == 0:
                return Decimal(self)
        if not self._coeff:
            return _Infinity[1]
        if self._sign:
            return context._raise_error(InvalidOperation, 'log10 of a '
                                                          'negative value')
        digits = str(self._coeff)
        if digits.strip('0') == '1' and digits[0] == '1':
            # An exact power of ten: the integer result.
            return Decimal(self._exp + len(digits) - 1)
        return _transcendental(
            lambda P, x: _fixed_ln(x, P) * 10 ** P // _fixed_ln10(P),
            self, context, 0)

    def logb(self, context=None):
        if self._special:
            return Decimal(self)
        if not self._coeff:
            return _Infinity[1]
        return Decimal(self.adjusted())

    # --- pickling and copying

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))


def _make(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coeff = coeff
    d._exp = exp
    d._special = exp if exp in ('F', 'n', 'N') else None
    return d

_NaN = _make(0, 0, 'n')
_Infinity = (_make(0, 0, 'F'), _make(1, 0, 'F'))


def _overflow(context, sign):
    context._raise_error(Inexact)
    context._raise_error(Rounded)
    context._raise_error(Overflow, 'above Emax')
    rounding = context.rounding
    if (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN,
                     ROUND_UP) or
            (rounding == ROUND_CEILING and not sign) or
            (rounding == ROUND_FLOOR and sign)):
        return _Infinity[sign]
    return _make(sign, 10 ** context.prec - 1, context.Etop())


# --- Fixed-point transcendental helpers: integers scaled by 10**P.

def _fixed_exp(x, P):
    """(m, k) with exp(x / 10**P) == m / 10**P * 10**k; the power of ten
    stays separate because it can be huge."""
    one = 10 ** P
    ln10 = _fixed_ln10(P)
    k = x // ln10                      # exp(x) = 10**k * exp(x - k ln10)
    r = x - k * ln10
    halvings = 0
    while r > one // 1000:
        r //= 2
        halvings += 1
    total = one
    term = one
    i = 1
    while term:
        term = term * r // (one * i)
        total += term
        i += 1
    for _ in range(halvings):
        total = total * total // one
    return total, k


def _fixed_ln_small(y, P):
    """ln(y / 10**P) * 10**P for y near 10**P, by the atanh series."""
    one = 10 ** P
    z = (y - one) * one // (y + one)
    negative = z < 0
    z = abs(z)      # the series runs on magnitudes: floor division of a
    z2 = z * z // one   # negative term would never reach zero
    total = z
    term = z
    i = 3
    while term:
        term = term * z2 // one
        total += term // i
        i += 2
    return -2 * total if negative else 2 * total


def _fixed_ln_unit(y, P):
    """ln(y / 10**P) * 10**P for y / 10**P in [0.1, 10)."""
    one = 10 ** P
    doublings = 0
    tolerance = one // 1000
    while abs(y - one) > tolerance:
        y = _isqrt(y * one)
        doublings += 1
    return _fixed_ln_small(y, P) * (2 ** doublings)

_ln10_cache = {}


def _fixed_ln10(P):
    if P not in _ln10_cache:
        extra = 10
        # ln(10) = 2 ln(sqrt(10)) keeps the argument inside the unit range.
        root = _isqrt(10 * 10 ** (2 * (P + extra)))
        value = 2 * _fixed_ln_unit(root, P + extra)
        _ln10_cache[P] = value // 10 ** extra
    return _ln10_cache[P]


def _fixed_ln(x, P):
    """ln(x) * 10**P for a positive finite Decimal x."""
    digits = _ndigits(x._coeff)
    e = x._exp + digits            # x = 0.ddd * 10**e
    y = x._coeff * 10 ** P // 10 ** digits
    if y == 0:
        y = 1
    return _fixed_ln_unit(y, P) + e * _fixed_ln10(P)


def _transcendental(compute, x, context, sign):
    """Evaluates compute(P, x) (a value scaled by 10**P) with guard digits
    and rounds it once to the context (half-even, as CPython does)."""
    P = context.prec + 12 + _ndigits(abs(x.adjusted()) + 1)
    value = compute(P, x)
    shift = 0
    if isinstance(value, tuple):
        value, shift = value
    negative = value < 0
    value = abs(value)
    # A sticky digit marks the (irrational) value as not exact.
    ans = _make(sign ^ int(negative), value * 10 + 1, -P - 1 + shift)
    work = context._shallow_copy()
    work.rounding = ROUND_HALF_EVEN
    result = ans._fix(work)
    return result


# --- __format__

_format_re = _re.compile(r"""\A
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ])?
    (?P<zeropad>0)?
    (?P<minwidth>\d+)?
    (?P<thousands_sep>,)?
    (?:\.(?P<precision>\d+))?
    (?P<type>[eEfFgGn%])?
    \Z""", _re.VERBOSE | _re.DOTALL)


def _format_decimal(d, spec, context):
    m = _format_re.match(spec)
    if m is None:
        raise ValueError("Invalid format specifier: " + spec)
    fill = m.group('fill') or (' ' if not m.group('zeropad') else '0')
    align = m.group('align') or ('=' if m.group('zeropad') and
                                 not m.group('fill') else '>')
    sign_opt = m.group('sign') or '-'
    width = int(m.group('minwidth') or 0)
    prec = m.group('precision')
    prec = int(prec) if prec is not None else None
    kind = m.group('type')
    if not kind:
        kind = 'g' if prec is not None else None
        if kind is None:
            body = str(d.copy_abs() if not d._special else
                       _make(0, d._coeff, d._exp))
            return _pad_number(d._sign, body, sign_opt, fill, align, width,
                               bool(m.group('thousands_sep')), context)
    rounding = context.rounding
    if d._special:
        body = str(_make(0, d._coeff, d._exp))
        if kind == '%':
            body += '%'
        return _pad_number(d._sign, body, sign_opt, fill, align, width, False,
                           context)
    x = d.copy_abs()
    if kind == '%':
        x = _make(0, x._coeff, x._exp + 2)
    if kind in 'fF%':
        if prec is not None:
            x = x._rescale(-prec, rounding)
        body = _plain(x)
    elif kind in 'eE':
        if prec is not None:
            n = _ndigits(x._coeff)
            x = x._rescale(x._exp + n - 1 - prec, rounding) if x._coeff else \
                _make(0, 0, x._exp)
        body = _sci(x, kind)
    else:   # g, G, n
        if prec is not None:
            p = prec or 1
            n = _ndigits(x._coeff)
            if n > p and x._coeff:
                x = x._rescale(x._exp + n - p, rounding)
        leftdigits = x._exp + _ndigits(x._coeff)
        if x._exp <= 0 and leftdigits > -6:
            body = _plain(x)
        else:
            body = _sci(x, 'e' if kind != 'G' else 'E')
    if kind == '%':
        body += '%'
    return _pad_number(d._sign, body, sign_opt, fill, align, width,
                       bool(m.group('thousands_sep')), context)


def _plain(x):
    digits = str(x._coeff)
    if x._exp >= 0:
        return digits + '0' * x._exp
    frac = -x._exp
    digits = digits.rjust(frac + 1, '0')
    return digits[:-frac] + '.' + digits[-frac:]


def _sci(x, e):
    digits = str(x._coeff)
    exp = x._exp + len(digits) - 1
    body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
    return body + e + '%+d' % exp


def _pad_number(negative, body, sign_opt, fill, align, width, thousands,
                context):
    if thousands:
        intpart, dot, rest = body.partition('.')
        if intpart.isdigit():
            groups = []
            while len(intpart) > 3:
                groups.insert(0, intpart[-3:])
                intpart = intpart[:-3]
            groups.insert(0, intpart)
            body = ','.join(groups) + dot + rest
    if negative:
        sign = '-'
    elif sign_opt == '+':
        sign = '+'
    elif sign_opt == ' ':
        sign = ' '
    else:
        sign = ''
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '^':
        left = pad // 2
        return fill * left + sign + body + fill * (pad - left)
    if align == '=':
        return sign + fill * pad + body
    return fill * pad + sign + body


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999999, Emin=-999999999,
                         capitals=1)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])
