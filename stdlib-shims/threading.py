"""threading for PyCgiRunner (library reference 16.2): a run has exactly one thread.

Starting a thread raises thread.error naming the sandbox policy. Everything that works without a second thread
works as documented: locks, re-entrant locks, conditions, semaphores, events, timers that are cancelled or run
in place, thread-local data (the library's _threading_local), current_thread() and enumerate(). A wait that
only another thread could end (a blocking acquire of a taken semaphore, an untimed wait on a condition or an
event nobody set) would hang forever; it raises RuntimeError instead. A timed wait sleeps its timeout.
"""
import sys as _sys
import thread as _thread
from time import time as _time, sleep as _sleep

__all__ = ['activeCount', 'active_count', 'Condition', 'currentThread', 'current_thread', 'enumerate', 'Event',
           'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Timer', 'setprofile', 'settrace', 'local',
           'stack_size']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_get_ident = _thread.get_ident
ThreadError = _thread.error
Lock = _allocate_lock

_trace_hook = None
_profile_hook = None


def _never_notified(what):
    return RuntimeError("deadlock: %s can never end in a single-threaded PyCgiRunner run" % what)


def settrace(func):
    global _trace_hook
    _trace_hook = func


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def stack_size(*args):
    return _thread.stack_size(*args)


class _RLock(object):
    """A lock its owner may take again; each acquire needs its release."""

    def __init__(self, verbose=None):
        self._owner = None
        self._count = 0

    def __repr__(self):
        return "<%s owner=%r count=%d>" % (self.__class__.__name__, self._owner, self._count)

    def acquire(self, blocking=1):
        me = _get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != _get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def __exit__(self, t, v, tb):
        self.release()

    # What Condition uses to give the lock up entirely while it waits.
    def _release_save(self):
        state = (self._count, self._owner)
        self._count, self._owner = 0, None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == _get_ident()


def RLock(*args, **kwargs):
    return _RLock(*args, **kwargs)


class _Condition(object):
    """A condition variable over a lock (an RLock by default)."""

    def __init__(self, lock=None, verbose=None):
        if lock is None:
            lock = RLock()
        self.__lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self.__waiters = []

    def __enter__(self):
        return self.__lock.__enter__()

    def __exit__(self, *args):
        return self.__lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self.__lock, len(self.__waiters))

    def _is_owned(self):
        if hasattr(self.__lock, '_is_owned'):
            return self.__lock._is_owned()
        # A plain lock: owned when it cannot be taken.
        if self.__lock.acquire(0):
            self.__lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            raise _never_notified("Condition.wait() without a timeout")
        # Nobody can notify: the whole timeout passes, with the lock given up meanwhile as the library does.
        if hasattr(self.__lock, '_release_save'):
            saved = self.__lock._release_save()
            try:
                _sleep(max(0, timeout))
            finally:
                self.__lock._acquire_restore(saved)
        else:
            self.__lock.release()
            try:
                _sleep(max(0, timeout))
            finally:
                self.__lock.acquire()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify()

    notifyAll = notify_all


def Condition(*args, **kwargs):
    return _Condition(*args, **kwargs)


class _Semaphore(object):
    """A counter that acquire() takes from and release() gives back to."""

    def __init__(self, value=1, verbose=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._Semaphore__value = value

    def acquire(self, blocking=1):
        if self._Semaphore__value > 0:
            self._Semaphore__value -= 1
            return True
        if not blocking:
            return False
        raise _never_notified("a blocking acquire of a semaphore at zero")

    __enter__ = acquire

    def release(self):
        self._Semaphore__value += 1

    def __exit__(self, t, v, tb):
        self.release()


def Semaphore(*args, **kwargs):
    return _Semaphore(*args, **kwargs)


class _BoundedSemaphore(_Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1, verbose=None):
        _Semaphore.__init__(self, value, verbose)
        self._initial_value = value

    def release(self):
        if self._Semaphore__value >= self._initial_value:
            raise ValueError("Semaphore released too many times")
        return _Semaphore.release(self)


def BoundedSemaphore(*args, **kwargs):
    return _BoundedSemaphore(*args, **kwargs)


class _Event(object):
    """A flag that set() raises and clear() lowers; wait() returns the flag."""

    def __init__(self, verbose=None):
        self.__flag = False

    def _reset_internal_locks(self):
        pass

    def is_set(self):
        return self.__flag

    isSet = is_set

    def set(self):
        self.__flag = True

    def clear(self):
        self.__flag = False

    def wait(self, timeout=None):
        if not self.__flag:
            if timeout is None:
                raise _never_notified("Event.wait() without a timeout on an event that is not set")
            _sleep(max(0, timeout))
        return self.__flag


def Event(*args, **kwargs):
    return _Event(*args, **kwargs)


_counter = 0


def _newname(template="Thread-%d"):
    global _counter
    _counter += 1
    return template % _counter

_active = {}
_limbo = {}


class Thread(object):
    """A thread of control. start() is refused (no threads in a run); run() may still be called in place."""

    __initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, verbose=None):
        assert group is None, "group argument must be None for now"
        self.__target = target
        self.__name = str(name or _newname())
        self.__args = args
        self.__kwargs = kwargs if kwargs is not None else {}
        self.__daemonic = current_thread().daemon if _main is not None else False
        self.__ident = None
        self.__started = Event()
        self.__stopped = False
        self.__initialized = True
        self.__stderr = _sys.stderr

    def __repr__(self):
        state = "stopped" if self.__stopped else "started" if self.__started.is_set() else "initial"
        words = [state] + ["daemon"] * bool(self.__daemonic) + ([str(self.__ident)] if self.__ident is not None else [])
        return "<%s(%s, %s)>" % (type(self).__name__, self.__name, " ".join(words))

    def start(self):
        if not self.__initialized:
            raise RuntimeError("thread.__init__() not called")
        if self.__started.is_set():
            raise RuntimeError("threads can only be started once")
        _start_new_thread(self.run, ())

    def run(self):
        try:
            if self.__target:
                self.__target(*self.__args, **self.__kwargs)
        finally:
            del self.__target, self.__args, self.__kwargs

    def join(self, timeout=None):
        if not self.__initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self.__started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    def _get_name(self):
        return self.__name

    def _set_name(self, name):
        self.__name = str(name)

    name = property(_get_name, _set_name, doc="A string naming the thread (not necessarily unique).")
    getName, setName = _get_name, _set_name
    ident = property(lambda self: self.__ident, doc="The thread's identifier once started, else None.")

    def is_alive(self):
        """True from the start of run() until it returns (never, for a thread other than the main one)."""
        return self.__started.is_set() and not self.__stopped

    isAlive = is_alive

    def _get_daemon(self):
        return self.__daemonic

    def _set_daemon(self, daemonic):
        if self.__started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self.__daemonic = daemonic

    daemon = property(_get_daemon, _set_daemon, doc="Whether the program may end while this thread runs.")
    isDaemon, setDaemon = _get_daemon, _set_daemon

    def _mark_running(self):
        self.__ident = _get_ident()
        self.__started.set()


def Timer(*args, **kwargs):
    return _Timer(*args, **kwargs)


class _Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless cancelled first."""

    def __init__(self, interval, function, args=[], kwargs={}):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args
        self.kwargs = kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main = None


class _MainThread(Thread):
    """The run's own thread."""

    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self._mark_running()
        _active[_get_ident()] = self


def current_thread():
    return _main

currentThread = current_thread


def active_count():
    return len(_active)

activeCount = active_count


def enumerate():
    return _active.values()


def _shutdown():
    """Called when the program ends: there are no other threads to wait for."""


def _after_fork():
    pass

_main = _MainThread()

from _threading_local import local
