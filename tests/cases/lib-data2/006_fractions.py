# fractions: construction from str/float/Decimal, arithmetic, comparisons, limit_denominator, gcd, errors.
from fractions import Fraction as F, gcd
from decimal import Decimal
print F(3,-6), repr(F('3/4')), F(' -1.25 '), F(0.1), F(Decimal('0.75')), F('1e-3'), F(5), F(F(1,2), F(1,3))
print F(1,3)+F(1,6), F(1,2)*2, F(1,2)/F(3), F(7,2)//2, F(7,2)%2, F(1,2)**2, F(4)**F(1,2), 2**F(-1), F(1,2)+0.5, -F(1,2), abs(F(-3,4))
print F(3.141592653589793).limit_denominator(1000), F('3.1415926535').limit_denominator(100), gcd(12, -18), gcd(-4, 6)
print F(1,2)==0.5, F(1,3)<0.34, hash(F(1)), hash(F(5,1))==hash(5), float(F(1,3)), int(F(-7,2)), F(1,2).numerator, F(1,2).denominator, round(F(7,2))
for bad in ['abc', '1/0']:
  try: F(bad)
  except Exception as e: print type(e).__name__, e
try: F(1,0)
except Exception as e: print type(e).__name__, e
print F.from_float(0.25), F.from_decimal(Decimal('1.1')), str(F(3,1)), bool(F(0)), sorted([F(1,2), F(1,3), 0.4]), sum([F(1,3)]*3), F(1,3) * 1j, 3 - F(1,2), 1 / F(3), 1.0 / F(4)
import pickle, copy
print pickle.loads(pickle.dumps(F(2,3), 2)), copy.deepcopy(F(1,7)), F(10, 4) == F(5, 2), F(1,2) != 1, F(1,2) > 0, max(F(1,2), 1)
