using PyCgiRunner.Python.Tests.Support;

namespace PyCgiRunner.Python.Tests.Runtime;

/// <summary>
/// Sites where a .NET exception used to escape as an uncatchable internal error, or a conversion was
/// super-linear (issue 9 item 1): each now raises what CPython 2.7.18 raises there (expected output from it).
/// </summary>
public sealed class ForeignExceptionSiteTests
{
    private const string Sites = """
import sys
def f():
    x = 1
    def g():
        return x
    return g
def bad_cmp(a, b):
    raise ValueError('cmp failed')
class Lt(object):
    def __lt__(self, other):
        raise KeyError('lt')
cases = ["dict.fromkeys()", "(-sys.maxint-1) < 0.5", "0.5 > -sys.maxint-1", "format(0, '1' * 10000 + 'd')",
         "'{:>9999999999}'.format(1)", "float.fromhex('infi')", "float.fromhex('nan')", "float.fromhex('0x1p99999')",
         "float.fromhex('0x1.8p1')", "sorted([3, 1, 2], cmp=bad_cmp)", "sorted([Lt(), Lt()])", "[3, 1].sort(key=lambda v: 1 / 0)",
         "len('%x' % (1 << (1 << 19)))", "len(hex(1 << (1 << 20)))", "len(oct(1 << (1 << 20)))", "len(bin(1 << (1 << 20)))",
         "int('9' * 5000) % 1000", "len(str(10 ** 100000))", "'ab' * sys.maxint", "eval(f().func_code)"]
for src in cases:
    try:
        print src, '->', repr(eval(src))[:40]
    except Exception as e:
        print src, '!!', type(e).__name__, e
try:
    exec f().func_code in {}
except TypeError as e:
    print 'exec', e
""";

    private const string SitesExpected = """
dict.fromkeys() -> dict.fromkeys() !! TypeError fromkeys expected at least 1 arguments, got 0
(-sys.maxint-1) < 0.5 -> True
0.5 > -sys.maxint-1 -> True
format(0, '1' * 10000 + 'd') -> format(0, '1' * 10000 + 'd') !! ValueError Too many decimal digits in format string
'{:>9999999999}'.format(1) -> '{:>9999999999}'.format(1) !! MemoryError 
float.fromhex('infi') -> float.fromhex('infi') !! ValueError invalid hexadecimal floating-point string
float.fromhex('nan') -> nan
float.fromhex('0x1p99999') -> float.fromhex('0x1p99999') !! OverflowError hexadecimal value too large to represent as a float
float.fromhex('0x1.8p1') -> 3.0
sorted([3, 1, 2], cmp=bad_cmp) -> sorted([3, 1, 2], cmp=bad_cmp) !! ValueError cmp failed
sorted([Lt(), Lt()]) -> sorted([Lt(), Lt()]) !! KeyError 'lt'
[3, 1].sort(key=lambda v: 1 / 0) -> [3, 1].sort(key=lambda v: 1 / 0) !! ZeroDivisionError integer division or modulo by zero
len('%x' % (1 << (1 << 19))) -> 131073
len(hex(1 << (1 << 20))) -> 262148
len(oct(1 << (1 << 20))) -> 349528
len(bin(1 << (1 << 20))) -> 1048579
int('9' * 5000) % 1000 -> 999L
len(str(10 ** 100000)) -> 100001
'ab' * sys.maxint -> 'ab' * sys.maxint !! OverflowError repeated string is too long
eval(f().func_code) -> eval(f().func_code) !! TypeError code object passed to eval() may not contain free variables
exec code object passed to exec may not contain free variables
""";

    [Fact]
    public void RuntimeSites_RaiseCPythonsExceptions()
    {
        Assert.Equal(SitesExpected + "\n", Py.Out(Sites));
    }
}
