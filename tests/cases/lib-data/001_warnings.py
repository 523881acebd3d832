# warnings: default once-per-location, filters, catch_warnings, format.
import sys
import warnings
sys.stderr = sys.stdout
def f(n):
    warnings.warn("careful %d" % (n % 2))
for i in range(3):
    f(i)
warnings.warn("plain")
warnings.warn("dep", DeprecationWarning)
warnings.simplefilter("always")
f(0)
f(0)
warnings.resetwarnings()
warnings.filterwarnings("error", "boom")
try:
    warnings.warn("boom now", RuntimeWarning)
except RuntimeWarning, e:
    print "raised", repr(e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn(SyntaxWarning("inst"))
print len(log), [str(w.message) for w in log], [w.category.__name__ for w in log], log[0].lineno
print warnings.formatwarning("m", UserWarning, "x.py", 3, "  src  ")
print len(warnings.filters), warnings.filters[0][0]
def g():
    warnings.warn("from g", stacklevel=2)
g()
warnings.simplefilter("ignore")
warnings.warn("hidden")
print "done"
