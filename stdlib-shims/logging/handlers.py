"""Python 2.7 `logging.handlers`, written for PyCgiRunner: the file-based
handlers (RotatingFileHandler, WatchedFileHandler) and the in-memory ones
(BufferingHandler, MemoryHandler).  Network handlers (socket, syslog, SMTP,
HTTP) are absent: the sandbox gives scripts no network."""

import os
import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514


class BaseRotatingHandler(logging.FileHandler):

    def __init__(self, filename, mode, encoding=None, delay=0):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay)

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception:
            self.handleError(record)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the next record would take the current one to
    maxBytes; keeps backupCount old files as name.1 (newest) .. name.N."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=0):
        if maxBytes > 0:
            mode = 'a'
        BaseRotatingHandler.__init__(self, filename, mode, encoding, delay)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            base = self.baseFilename
            for i in range(self.backupCount - 1, 0, -1):
                src = "%s.%d" % (base, i)
                dst = "%s.%d" % (base, i + 1)
                if os.path.exists(src):
                    if os.path.exists(dst):
                        os.remove(dst)
                    os.rename(src, dst)
            dst = base + ".1"
            if os.path.exists(dst):
                os.remove(dst)
            if os.path.exists(base):
                os.rename(base, dst)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(msg) >= self.maxBytes:
                return 1
        return 0


class WatchedFileHandler(logging.FileHandler):
    """A FileHandler that reopens its file when it was moved or removed."""

    def __init__(self, filename, mode='a', encoding=None, delay=0):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay)
        self._ident = self._stat()

    def _stat(self):
        try:
            st = os.stat(self.baseFilename)
        except OSError:
            return None
        return (getattr(st, 'st_dev', 0), getattr(st, 'st_ino', 0))

    def emit(self, record):
        ident = self._stat()
        if ident is None or ident != self._ident:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
            self.stream = self._open()
            self._ident = self._stat()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Collects records in self.buffer; flush() empties it."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer = []

    def close(self):
        self.flush()
        logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to target when full or when a record
    at flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity or
                record.levelno >= self.flushLevel)

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer = []

    def close(self):
        self.flush()
        self.target = None
        BufferingHandler.close(self)
