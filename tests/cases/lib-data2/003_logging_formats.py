# logging: default format, basicConfig, hierarchy and propagation, formatter fields, exc_info, handlers.
import logging, logging.handlers, sys, os, shutil, tempfile
sys.stderr = sys.stdout
logging.warning("before config %s", 1)      # implicit basicConfig on stderr (now stdout)
logging.info("not shown")
root = logging.getLogger()
print root.name, root.level, logging.getLevelName(root.level), len(root.handlers)
root.handlers[0].setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(module)s|%(funcName)s|%(filename)s|%(lineno)d|%(message)s"))
def work():
    logging.getLogger("app").error("in func %d%%", 5)
work()
logging.getLogger("app").warn("module level")
a = logging.getLogger("a")
abc = logging.getLogger("a.b.c")
ab = logging.getLogger("a.b")
print abc.parent.name, ab.parent.name, a.parent.name, logging.getLogger("a.b") is ab
print [n for n in sorted(logging.Logger.manager.loggerDict)]
print a.getEffectiveLevel(), abc.isEnabledFor(logging.INFO), abc.isEnabledFor(logging.WARNING)
a.setLevel(logging.DEBUG)
print abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("A-HANDLER %(name)s %(levelname)s: %(message)s"))
a.addHandler(h)
abc.debug("debug from abc")
abc.info("info %s %s", "two", "args")
abc.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
abc.log(25, "named custom level")
a.propagate = 0
abc.critical("not to root")
a.propagate = 1
ab.setLevel(logging.ERROR)
abc.warning("filtered by a.b level")
abc.error("dict args %(x)s", {"x": 42})
try:
    {}["missing"]
except KeyError:
    abc.exception("caught")
    abc.error("with exc_info", exc_info=True)
f = logging.Filter("a.b")
h.addFilter(f)
a.error("filtered out by handler filter")
abc.error("passes filter")
h.removeFilter(f)
h.setLevel(logging.CRITICAL)
abc.error("handler level blocks (root still prints)")
a.removeHandler(h)
print logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(33), logging.getLevelName(25)
print logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.NOTSET
r = logging.LogRecord("n", logging.INFO, "/x/y/mod.py", 7, "hello %s", ("w",), None, "fn")
print r.name, r.levelname, r.filename, r.module, r.lineno, r.funcName, r.getMessage(), r.exc_text
print str(r)
fm = logging.Formatter("%(asctime)s %(msecs)d %(created)f", "%Y")
r.created = 86400 * 365.25 * 30 + 0.5
r.msecs = 500
print fm.format(r)
print logging.Formatter("%(asctime)s").formatTime(r), logging.Formatter().format(r)
print logging.Formatter("%(process)d").format(r) == str(os.getpid())
ad = logging.LoggerAdapter(logging.getLogger("adapt"), {"user": "ann"})
root.handlers[0].setFormatter(logging.Formatter("%(user)s %(message)s"))
ad.warning("adapted")
root.handlers[0].setFormatter(logging.Formatter(logging.BASIC_FORMAT))
try:
    logging.getLogger("x").warning("extra clash", extra={"message": 1})
except KeyError, e:
    print "KeyError", e
d = tempfile.mkdtemp()
try:
    path = os.path.join(d, "log.txt")
    fh = logging.FileHandler(path, "w")
    fh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
    lg = logging.getLogger("file")
    lg.propagate = False
    lg.addHandler(fh)
    lg.warning("to file")
    lg.error("second")
    fh.close()
    print repr(open(path).read())
    rh = logging.handlers.RotatingFileHandler(os.path.join(d, "rot.log"), maxBytes=20, backupCount=2)
    lg.removeHandler(fh)
    lg.addHandler(rh)
    for i in range(6):
        lg.warning("line number %d", i)
    rh.close()
    print sorted(os.listdir(d))
    for n in sorted(os.listdir(d)):
        print n, repr(open(os.path.join(d, n)).read())
finally:
    shutil.rmtree(d)
nl = logging.getLogger("nohandlers.child")
nl.propagate = 0
nl.error("no handler warning")
nl.error("only once")
logging.getLogger("lib").addHandler(logging.NullHandler())
logging.disable(logging.ERROR)
root.error("disabled")
root.critical("still shown")
logging.disable(logging.NOTSET)
try:
    logging.getLogger().log("x", "bad")
except TypeError, e:
    print "TypeError", e
