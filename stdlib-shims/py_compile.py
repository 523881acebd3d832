# py_compile for PyCgiRunner, written here from the library reference. The jython package's py_compile is
# Java-bound (_py_compile). The engine compiles source when it imports it and caches the result in memory; it has
# no .pyc bytecode format, so compile() checks a file's syntax (raising PyCompileError, or printing it, as CPython
# does) and writes no .pyc file.
"""Check Python source files for syntax errors (PyCgiRunner keeps no .pyc files)."""

import __builtin__
import sys
import traceback

__all__ = ['compile', 'main', 'PyCompileError']

MAGIC = '\x03\xf3\r\n'  # CPython 2.7's bytecode magic, for code that compares it


class PyCompileError(Exception):
    """A source file failed to compile: exc_type_name, exc_value, file and msg describe it."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        name = exc_type.__name__
        if exc_type is SyntaxError:
            detail = ''.join(traceback.format_exception_only(exc_type, exc_value))
            text = detail.replace('File "<string>"', 'File "%s"' % file)
        else:
            text = "Sorry: %s: %s" % (name, exc_value)
        Exception.__init__(self, msg or text, name, exc_value, file)
        self.exc_type_name = name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or text

    def __str__(self):
        return self.msg


def compile(file, cfile=None, dfile=None, doraise=False):
    """Compile file to check it; on an error raise PyCompileError (doraise) or write it to stderr."""
    with open(file, 'U') as source_file:
        source = source_file.read()
    try:
        __builtin__.compile(source, dfile or file, 'exec')
    except Exception, err:
        problem = PyCompileError(err.__class__, err, dfile or file)
        if doraise:
            raise problem
        sys.stderr.write(problem.msg + '\n')


def main(args=None):
    """Check each file named in args (or read from stdin with '-'); the exit status counts the failures."""
    if args is None:
        args = sys.argv[1:]
    status = 0
    for name in args:
        names = [line.rstrip('\n') for line in sys.stdin] if name == '-' else [name]
        for filename in names:
            try:
                compile(filename, doraise=True)
            except PyCompileError, error:
                status = 1
                sys.stderr.write(error.msg)
            except IOError, error:
                status = 1
                sys.stderr.write('%s\n' % error)
    return status


if __name__ == '__main__':
    sys.exit(main())
