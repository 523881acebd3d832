# decimal: rounding modes, quantize, context precision, division/modulo signs, signals, formatting.
from decimal import *
import decimal
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_05UP]
for v in ["2.675", "2.665", "-2.675", "-2.665", "1.005", "0.125", "-0.125", "9.995", "2.6750001", "-0.0049", "0.051"]:
    print v, [str(Decimal(v).quantize(Decimal("0.01"), rounding=m)) for m in modes]
for v in ["2.5", "3.5", "-2.5", "0.5", "-0.5", "1.49"]:
    print v, [str(Decimal(v).to_integral_value(rounding=m)) for m in modes], Decimal(v).to_integral()
print Decimal("1E+2").quantize(Decimal("0.1")), Decimal("123.456").quantize(Decimal("1E+1")), Decimal("0").quantize(Decimal("1E-5"))
print Decimal(1.1), Decimal(-0.0), Decimal(float("inf")), Decimal(0.5), Decimal.from_float(2.0 ** -20)
print Decimal((0, (3, 1, 4), -2)), Decimal((1, (0,), 5)), Decimal((0, (), 'F')), Decimal(" 12.5 "), Decimal("+.5"), Decimal("5."), Decimal(u"1e3")
print Decimal("1.23E-7"), Decimal("-0.000001"), Decimal("0E-10"), Decimal("1E+2").to_eng_string(), Decimal("12345E-12").to_eng_string(), Decimal("0.00E+5").to_eng_string()
print -Decimal("0"), Decimal("-0") + Decimal("0"), Decimal("-0") + Decimal("-0"), Decimal("5") - Decimal("5.00"), +Decimal("-0.00")
for a, b in [("-7.5", "2"), ("7", "-2"), ("7.25", "0.5"), ("1", "3"), ("-1", "3"), ("1E+3", "7"), ("0.001", "3")]:
    a, b = Decimal(a), Decimal(b)
    print a, b, a / b, a // b, a % b, divmod(a, b), a.remainder_near(b)
print Decimal(2) ** -2, Decimal("1.5") ** 3, Decimal(3) ** Decimal("0.5"), Decimal("-2") ** 3, Decimal(10) ** 20, Decimal("0.1") ** 30, pow(Decimal(3), 4, 5)
print Decimal("1.000").normalize(), Decimal("0.00").normalize(), Decimal("-120").normalize(), Decimal("123.456").to_integral_value()
print Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal("0.0004").sqrt(), Decimal("1E+3").sqrt(), Decimal("2.25").sqrt(), Decimal(0).sqrt()
print Decimal(7).exp(), Decimal(10).ln(), Decimal(2).log10(), Decimal(100).log10(), Decimal(1).exp(), Decimal("0.5").ln(), Decimal("-1").exp()
for exc_expr in ["Decimal(1) / 0", "Decimal(0) / 0", "Decimal(1) % 0", "Decimal(5) // 0", "Decimal('abc')", "Decimal(1) < Decimal('NaN')",
                 "Decimal(-1).sqrt()", "Decimal('1e10').quantize(Decimal('1e-20'))", "Decimal(1) + 1.5", "Decimal([1])", "Decimal('NaN') + 1",
                 "Decimal('sNaN') + 1", "int(Decimal('NaN'))", "int(Decimal('-Inf'))", "Decimal('Inf') - Decimal('Inf')", "Decimal(10) ** Decimal('1e12')"]:
    try:
        print exc_expr, "->", repr(eval(exc_expr))
    except Exception, e:
        print exc_expr, "->", type(e).__name__, e, isinstance(e, ArithmeticError), isinstance(e, ZeroDivisionError)
print Decimal("NaN") == Decimal("NaN"), Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, hash(Decimal(5)) == hash(5), hash(Decimal("0.5")) == hash(0.5)
print Decimal("Inf"), Decimal("-inf"), Decimal("nan123"), Decimal("snan"), Decimal("-NaN"), repr(Decimal("Infinity")), Decimal("Inf") > 10 ** 30
print Decimal(1) == 1, Decimal("1.0") == 1L, Decimal(2) > 1, 3 > Decimal("2.9"), Decimal(1) != "1", Decimal("-0") == Decimal("0"), cmp(Decimal(1), Decimal(2))
print max(Decimal(1), Decimal("1.5")), min([Decimal("3"), Decimal("-3")]), Decimal(1).max(Decimal("1.0")), Decimal("2").compare(3)
print "{0:.2f}|{0:>12}|{0:,.1f}|{0:e}|{0:%}|{0:.3g}|{0:+}|{1:08.2f}|{1:^10}".format(Decimal("1234.5678"), Decimal("-3.5"))
print "%.2f %s %d %r" % (Decimal("1.005"), Decimal("1E3"), Decimal("9.9"), Decimal("0.10"))
print Decimal("-1.25").as_tuple(), Decimal("Inf").as_tuple(), Decimal(0).as_tuple(), Decimal("1.20").adjusted(), Decimal("0.001").adjusted()
print Decimal("3.14").is_zero(), Decimal(0).is_zero(), Decimal("NaN").is_nan(), Decimal("-1").is_signed(), Decimal("Inf").is_infinite(), Decimal(3).is_finite()
print Decimal("2.50").same_quantum(Decimal("1.23")), Decimal("5").copy_negate(), Decimal("-5").copy_abs(), Decimal(3).copy_sign(Decimal(-1)), Decimal("1.5").number_class()
print int(Decimal("7.9")), long(Decimal("-7.9")), float(Decimal("0.1")), int(Decimal("1E+5")), round(float(Decimal("2.5")))
ctx = getcontext()
print ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, ctx.capitals
ctx.prec = 5
print Decimal(1) / 3, Decimal("123456789") + 0, Decimal("1.23456789") * 1, Decimal(2).sqrt(), Decimal("99999.5") + 0
ctx.rounding = ROUND_DOWN
print Decimal(2) / 3, Decimal(-2) / 3
ctx.prec = 28
ctx.rounding = ROUND_HALF_EVEN
with localcontext() as lc:
    lc.prec = 3
    print Decimal(10) / 7, getcontext().prec
print getcontext().prec, Decimal(10) / 7
c = Context(prec=4, rounding=ROUND_HALF_UP)
print c.divide(Decimal(1), Decimal(8)), c.add(Decimal("1.2345"), 0), c.create_decimal("3.14159"), c.multiply(3, Decimal("1.1")), c.sqrt(2), c.power(2, 10)
e = Context(prec=9, traps=[])
print e.divide(1, 0), e.divide(0, 0), e.flags[DivisionByZero], e.flags[InvalidOperation], e.sqrt(-1)
c2 = ExtendedContext.copy()
print c2.prec, c2.divide(Decimal(1), Decimal(3)), c2.flags[Inexact], c2.flags[Rounded]
setcontext(BasicContext)
print getcontext().prec, getcontext().rounding, Decimal(2) / 3
setcontext(DefaultContext)
print getcontext().prec, Decimal(2) / 3
print sum([Decimal("0.10")] * 3), sorted([Decimal("2.5"), Decimal("-1"), Decimal("2.05"), Decimal("2.50")]), abs(Decimal("-3.5")), -Decimal("2")
print issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError), issubclass(Overflow, Inexact), decimal.__name__
import pickle, copy
for p in (0, 2):
    print pickle.loads(pickle.dumps(Decimal("1.50"), p))
print copy.copy(Decimal("2.0")), copy.deepcopy([Decimal("-0")]), str(Decimal("12.00")), unicode(Decimal("1e-7"))
