#!/usr/bin/env python
# A script that logs its requests to a file in the temp folder, configured in code, by logging.config's
# fileConfig and by dictConfig, then shows the log; times are left out of the formats so the output is fixed.
import cgi, os, shutil, tempfile, logging, logging.config, logging.handlers

form = cgi.FieldStorage()
user = form.getfirst("user", "anonymous")
print "Content-Type: text/plain"
print

folder = tempfile.mkdtemp()
try:
    path = os.path.join(folder, "site.log")
    log = logging.getLogger("site")
    handler = logging.FileHandler(path)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(funcName)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.debug("not shown")
    log.info("request from %s", user)
    logging.getLogger("site.db").warning("slow query: %d ms", 250)
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("failed")
    handler.close()
    log.removeHandler(handler)
    lines = open(path).read().splitlines()
    print "\n".join(lines[:4])
    print lines[-1]
    print len(lines) > 5

    ini = os.path.join(folder, "logging.ini")
    logfile = os.path.join(folder, "configured.log")
    open(ini, "w").write("""[loggers]
keys=root,shop

[handlers]
keys=file

[formatters]
keys=plain

[logger_root]
level=WARNING
handlers=

[logger_shop]
level=DEBUG
handlers=file
qualname=shop
propagate=0

[handler_file]
class=FileHandler
level=DEBUG
formatter=plain
args=(%r, 'w')

[formatter_plain]
format=[%%(levelname)s] %%(name)s: %%(message)s
""" % logfile)
    logging.config.fileConfig(ini)
    shop = logging.getLogger("shop")
    shop.debug("cart for %s", user)
    shop.getChild("pay").error("card refused")
    logging.shutdown()
    print open(logfile).read()

    dictfile = os.path.join(folder, "dict.log")
    logging.config.dictConfig({
        "version": 1,
        "formatters": {"brief": {"format": "%(levelname)s|%(message)s"}},
        "handlers": {"f": {"class": "logging.FileHandler", "filename": dictfile, "formatter": "brief",
                           "level": "INFO"}},
        "loggers": {"mail": {"handlers": ["f"], "level": "INFO"}},
    })
    logging.getLogger("mail").info("sent to %s", user)
    logging.getLogger("mail").debug("hidden")
    logging.shutdown()
    print open(dictfile).read()
    memory = logging.handlers.MemoryHandler(10)
    print logging.getLevelName(logging.WARNING), logging.getLevelName(25), memory.capacity
finally:
    shutil.rmtree(folder)
