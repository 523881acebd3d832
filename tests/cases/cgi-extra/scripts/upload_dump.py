#!/usr/bin/python
# Extra case script: every attribute of a multipart FieldStorage and its
# parts, plus which parts were spooled to a temporary file (make_file calls).
import cgi, hashlib

spooled = []

class Recording(cgi.FieldStorage):
    def make_file(self, binary=None):
        spooled.append((self.name, self.filename))
        return cgi.FieldStorage.make_file(self, binary)

def short(data):
    if not isinstance(data, str) or len(data) <= 60:
        return repr(data)
    return "%d bytes, md5 %s, head %r, tail %r" % (
        len(data), hashlib.md5(data).hexdigest(), data[:12], data[-12:])

def dump(item, pad):
    print "%s%s name=%r filename=%r type=%r" % (pad, item.__class__.__name__,
                                               item.name, item.filename, item.type)
    print "%s  type_options=%r disposition=%r" % (pad, sorted(item.type_options.items()),
                                                  item.disposition)
    print "%s  disposition_options=%r length=%r" % (pad, sorted(item.disposition_options.items()),
                                                    getattr(item, "length", "n/a"))
    if hasattr(item.headers, "items"):
        print "%s  headers=%r" % (pad, sorted(item.headers.items()))
    if item.list is not None:
        for sub in item.list:
            dump(sub, pad + "    ")
    elif isinstance(item, cgi.MiniFieldStorage):
        print "%s  value=%r" % (pad, item.value)
    elif item.file is not None:
        print "%s  value=%s" % (pad, short(item.value))
        print "%s  read=%s bool=%r" % (pad, short(item.file.read()), bool(item))

form = Recording()
print "Content-Type: text/plain"
print
dump(form, "")
print "spooled: %r" % spooled
try:
    print "keys: %r" % sorted(form.keys())
    for name in sorted(form.keys()):
        print "%s -> %s" % (name, short(form.getfirst(name)))
except TypeError, e:
    print "TypeError: %s" % e
