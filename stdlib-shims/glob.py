"""glob for PyCgiRunner: file names matching shell patterns (library reference 11.7)."""
import os
import fnmatch

__all__ = ["glob", "iglob"]


def has_magic(s):
    return '*' in s or '?' in s or '[' in s


def glob(pathname):
    """The list of paths matching pathname (in directory order, not sorted)."""
    return list(iglob(pathname))


def iglob(pathname):
    """Yields the paths matching pathname; hidden names match only patterns that start with a dot."""
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(pathname):
                yield pathname
        elif os.path.isdir(dirname):
            yield pathname
        return
    if not dirname:
        for name in glob1(os.curdir, basename):
            yield name
        return
    if dirname != pathname and has_magic(dirname):
        dirs = iglob(dirname)
    else:
        dirs = [dirname]
    if has_magic(basename):
        in_dir = glob1
    else:
        in_dir = glob0
    for d in dirs:
        for name in in_dir(d, basename):
            yield os.path.join(d, name)


def glob1(dirname, pattern):
    if not dirname:
        dirname = os.curdir
    if isinstance(pattern, unicode) and not isinstance(dirname, unicode):
        dirname = unicode(dirname, 'ascii')
    try:
        names = os.listdir(dirname)
    except os.error:
        return []
    if pattern[:1] != '.':
        names = [x for x in names if x[:1] != '.']
    return fnmatch.filter(names, pattern)


def glob0(dirname, basename):
    if basename == '':
        if os.path.isdir(dirname):
            return [basename]
    elif os.path.lexists(os.path.join(dirname, basename)):
        return [basename]
    return []
