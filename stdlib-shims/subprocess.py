"""subprocess for PyCgiRunner (library reference 17.1).

Scripts run in-process and may not start programs (sandbox policy): Popen checks its arguments as the library's
does, then fails where the child would be started with OSError(EPERM) naming the policy; call, check_call and
check_output fail through it. The pieces that start nothing work as documented: PIPE, STDOUT,
CalledProcessError, list2cmdline.
"""
import errno as _errno
import sys as _sys

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "check_output", "CalledProcessError"]

PIPE = -1
STDOUT = -2
MAXFD = 256
mswindows = False

_REFUSAL = "Operation not permitted: process creation is disabled in PyCgiRunner"

# The children still to be reaped: none can exist here.
_active = []


def _cleanup():
    """Reaps finished children (there never are any)."""
    del _active[:]


def _eintr_retry_call(func, *args):
    """Calls func(*args) again for as long as a signal interrupts it (EINTR)."""
    while True:
        try:
            return func(*args)
        except (OSError, IOError), e:
            if e.errno == _errno.EINTR:
                continue
            raise


class CalledProcessError(Exception):
    """A command run by check_call or check_output ended with a non-zero status."""

    def __init__(self, returncode, cmd, output=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output

    def __str__(self):
        return "Command '%s' returned non-zero exit status %d" % (self.cmd, self.returncode)


class Popen(object):
    """Would run a program in a new process; in PyCgiRunner the new process is refused."""

    def __init__(self, args, bufsize=0, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=False, shell=False, cwd=None, env=None, universal_newlines=False, startupinfo=None,
                 creationflags=0):
        if not isinstance(bufsize, (int, long)):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        self.pid = None
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        # Where the library forks the child.
        raise OSError(_errno.EPERM, _REFUSAL)


def call(*popenargs, **kwargs):
    """Runs a command and returns its exit status (refused: see Popen)."""
    return Popen(*popenargs, **kwargs).wait()


def check_call(*popenargs, **kwargs):
    """call(), raising CalledProcessError for a non-zero status."""
    status = call(*popenargs, **kwargs)
    if status:
        command = kwargs.get("args", popenargs[0] if popenargs else None)
        raise CalledProcessError(status, command)
    return 0


def check_output(*popenargs, **kwargs):
    """Runs a command and returns what it wrote to its standard output (refused: see Popen)."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    process = Popen(stdout=PIPE, *popenargs, **kwargs)
    output = process.communicate()[0]
    status = process.poll()
    if status:
        raise CalledProcessError(status, kwargs.get("args", popenargs[0] if popenargs else None), output=output)
    return output


def list2cmdline(seq):
    """One command line from a list of arguments, quoted as the Microsoft C runtime parses them back.

    An argument that is empty or holds a space or tab is put in double quotes; a double quote inside is
    escaped with a backslash, and the backslashes right before it (or before a closing quote) are doubled;
    other backslashes stay as they are.
    """
    parts = []
    for arg in seq:
        quoted = not arg or " " in arg or "\t" in arg
        out = ['"'] if quoted else []
        backslashes = 0
        for c in arg:
            if c == "\\":
                backslashes += 1
                continue
            if c == '"':
                out.append("\\" * (2 * backslashes + 1))
            else:
                out.append("\\" * backslashes)
            backslashes = 0
            out.append(c)
        out.append("\\" * (2 * backslashes if quoted else backslashes))
        if quoted:
            out.append('"')
        parts.append("".join(out))
    return " ".join(parts)


def _args_from_interpreter_flags():
    """The command-line options that would give a child interpreter this one's sys.flags and -W options."""
    options = [("debug", "d"), ("optimize", "O"), ("dont_write_bytecode", "B"), ("no_user_site", "s"),
               ("no_site", "S"), ("ignore_environment", "E"), ("verbose", "v"), ("bytes_warning", "b"),
               ("hash_randomization", "R"), ("py3k_warning", "3")]
    flags = getattr(_sys, "flags", None)
    args = []
    for name, letter in options:
        count = getattr(flags, name, 0) if flags is not None else 0
        if count > 0:
            args.append("-" + letter * count)
    for option in getattr(_sys, "warnoptions", []):
        args.append("-W" + option)
    return args
