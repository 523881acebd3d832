"""fnmatch for PyCgiRunner: shell-style wildcard matching (library reference 11.8).

The matcher works directly on the pattern (no regular expressions needed); translate() still gives the
regular expression text CPython's does, for code that compiles it itself.
"""
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def _class_end(pat, i):
    """Index just past a [...] class starting at pat[i] == '[', or -1 when the bracket is never closed."""
    j = i + 1
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1
    while j < len(pat) and pat[j] != ']':
        j += 1
    if j >= len(pat):
        return -1
    return j + 1


def _class_matches(body, ch):
    negate = body[:1] == '!'
    if negate:
        body = body[1:]
    found = False
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == '-':
            if body[k] <= ch <= body[k + 2]:
                found = True
            k += 3
        else:
            if body[k] == ch:
                found = True
            k += 1
    return found != negate


def _match_at(name, pat, ni, pi):
    while pi < len(pat):
        c = pat[pi]
        if c == '*':
            while pi < len(pat) and pat[pi] == '*':
                pi += 1
            if pi == len(pat):
                return True
            for start in range(ni, len(name) + 1):
                if _match_at(name, pat, start, pi):
                    return True
            return False
        if ni >= len(name):
            return False
        if c == '?':
            ni += 1
            pi += 1
        elif c == '[' and _class_end(pat, pi) > 0:
            end = _class_end(pat, pi)
            if not _class_matches(pat[pi + 1:end - 1], name[ni]):
                return False
            ni += 1
            pi = end
        else:
            if c != name[ni]:
                return False
            ni += 1
            pi += 1
    return ni == len(name)


def fnmatchcase(name, pat):
    """True when name matches pat, case-sensitively."""
    return _match_at(name, pat, 0, 0)


def fnmatch(name, pat):
    """True when name matches pat (case as the platform's file system: sensitive on POSIX)."""
    return fnmatchcase(posixpath.normcase(name), posixpath.normcase(pat))


def filter(names, pat):
    """The names that match pat."""
    pat = posixpath.normcase(pat)
    return [n for n in names if fnmatchcase(posixpath.normcase(n), pat)]


def _escape(text):
    out = []
    for ch in text:
        if ch.isalnum() or ch == '_':
            out.append(ch)
        elif ch == '\000':
            out.append('\\000')
        else:
            out.append('\\' + ch)
    return ''.join(out)


def translate(pat):
    """The regular expression (as text) equivalent to pat, ending in \\Z(?ms) like CPython 2.7's."""
    i, n = 0, len(pat)
    res = ''
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            res = res + '.*'
        elif c == '?':
            res = res + '.'
        elif c == '[':
            end = _class_end(pat, i - 1)
            if end < 0:
                res = res + '\\['
            else:
                stuff = pat[i:end - 1].replace('\\', '\\\\')
                i = end
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] == '^':
                    stuff = '\\' + stuff
                res = '%s[%s]' % (res, stuff)
        else:
            res = res + _escape(c)
    return res + '\\Z(?ms)'
