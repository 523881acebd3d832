"""Python 2.7 `linecache` module, written for PyCgiRunner.

Reads source files once and serves their lines by number (1-based); used by
traceback and warnings to show the offending source line.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache"]

# filename -> (size, mtime, lines, fullname)
cache = {}


def getline(filename, lineno, module_globals=None):
    """Line `lineno` of the file, with its newline; '' when out of range."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    cache.clear()


def getlines(filename, module_globals=None):
    """All lines of the file (cached); [] when it cannot be read."""
    if filename in cache:
        return cache[filename][2]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    """Drop cache entries whose file changed or vanished."""
    if filename is None:
        names = list(cache.keys())
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        size, mtime, lines, fullname = cache[name]
        if mtime is None:
            continue  # lines provided by a loader: nothing on disk to compare
        try:
            st = os.stat(fullname)
        except os.error:
            del cache[name]
            continue
        if size != st.st_size or mtime != st.st_mtime:
            del cache[name]


def _lines_from_loader(filename, module_globals):
    """Source from a PEP 302 loader named in the module's globals, or None."""
    if not module_globals or '__loader__' not in module_globals:
        return None
    name = module_globals.get('__name__')
    get_source = getattr(module_globals['__loader__'], 'get_source', None)
    if not name or not get_source:
        return None
    try:
        data = get_source(name)
    except (ImportError, IOError):
        return None
    if data is None:
        return None
    return [line + '\n' for line in data.splitlines()]


def _find_file(filename):
    """The file itself, or for relative names the first match on sys.path."""
    try:
        return filename, os.stat(filename)
    except (os.error, TypeError):
        pass
    if os.path.isabs(filename):
        return None, None
    for dirname in sys.path:
        try:
            fullname = os.path.join(dirname, filename)
            return fullname, os.stat(fullname)
        except (os.error, TypeError, AttributeError):
            continue
    return None, None


def updatecache(filename, module_globals=None):
    """(Re)read the file into the cache and return its lines."""
    if filename in cache:
        del cache[filename]
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname, stat = _find_file(filename)
    if fullname is None:
        lines = _lines_from_loader(filename, module_globals)
        if lines is None:
            return []
        cache[filename] = (len(''.join(lines)), None, lines, filename)
        return lines
    try:
        with open(fullname, 'rU') as fp:
            lines = fp.readlines()
    except IOError:
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (stat.st_size, stat.st_mtime, lines, fullname)
    return lines
