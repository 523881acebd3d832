"""threading for PyCgiRunner: a run has exactly one thread, so locks and thread-locals work and starting a
thread raises thread.error naming the sandbox policy (library reference 16.2)."""
import thread as _thread

__all__ = ["Lock", "RLock", "Condition", "Event", "Semaphore", "BoundedSemaphore", "Thread", "Timer", "local",
           "current_thread", "currentThread", "active_count", "activeCount", "enumerate"]

ThreadError = _thread.error
Lock = _thread.allocate_lock


class _RLock(object):
    """A lock the owning (only) thread may take again; release must balance acquire."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=1):
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def __exit__(self, t, v, tb):
        self.release()


def RLock(*args, **kwargs):
    return _RLock()


class Condition(object):
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        # Nobody else could ever notify: waiting returns at once.
        pass

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Event(object):
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return self._flag


class Semaphore(object):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=1):
        if self._value == 0:
            return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self):
        self._value += 1

    def __exit__(self, t, v, tb):
        self.release()


BoundedSemaphore = Semaphore


class local(object):
    """Thread-local data: with one thread, plain attributes."""


class Thread(object):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, verbose=None):
        self.name = name or "Thread-1"
        self._target = target
        self._args = args
        self._kwargs = kwargs or {}
        self.daemon = False
        self.ident = None

    def start(self):
        raise ThreadError("can't start new thread: threads are disabled in PyCgiRunner")

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        pass

    def is_alive(self):
        return False

    isAlive = is_alive

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic


class Timer(Thread):
    def __init__(self, interval, function, args=[], kwargs={}):
        Thread.__init__(self, target=function, args=args, kwargs=kwargs)

    def cancel(self):
        pass


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self.ident = _thread.get_ident()

    def is_alive(self):
        return True

    isAlive = is_alive

    def __repr__(self):
        return "<_MainThread(MainThread, started %d)>" % self.ident


_main = _MainThread()


def current_thread():
    return _main

currentThread = current_thread


def active_count():
    return 1

activeCount = active_count


def enumerate():
    return [_main]


def settrace(func):
    pass


def setprofile(func):
    pass
