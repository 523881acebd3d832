"""Python 2.7 `bisect` module, written for PyCgiRunner: binary search and
insertion in sorted lists."""


def _check_bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_left(a, x, lo=0, hi=None):
    """First index where x could be inserted keeping a sorted (before equals)."""
    lo, hi = _check_bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None):
    """Index after the last item equal to x (where insort puts x)."""
    lo, hi = _check_bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def insort_left(a, x, lo=0, hi=None):
    """Insert x into sorted a, before any equal items."""
    a.insert(bisect_left(a, x, lo, hi), x)


def insort_right(a, x, lo=0, hi=None):
    """Insert x into sorted a, after any equal items."""
    a.insert(bisect_right(a, x, lo, hi), x)

bisect = bisect_right
insort = insort_right
