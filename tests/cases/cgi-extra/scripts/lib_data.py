#!/usr/bin/env python
# An order form that stores its orders as a CSV export, a pickled session, a shelve and an anydbm file in the
# temp folder, and answers in JSON, as small shop scripts do.
import cgi, os, shutil, tempfile, csv, StringIO, pickle, cPickle, shelve, anydbm, json

form = cgi.FieldStorage()
item = form.getfirst("item", "none")
qty = int(form.getfirst("qty", "1"))
print "Content-Type: text/plain"
print

rows = [("id", "item", "qty", "note"), (1, item, qty, 'said "hi", twice'), (2, "pen", 10, "line\nbreak")]
out = StringIO.StringIO()
writer = csv.writer(out)
writer.writerows(rows)
print repr(out.getvalue())
print list(csv.reader(StringIO.StringIO(out.getvalue())))
dict_out = StringIO.StringIO()
dw = csv.DictWriter(dict_out, ["item", "qty"], quoting=csv.QUOTE_NONNUMERIC)
dw.writeheader()
dw.writerow({"item": item, "qty": qty})
print repr(dict_out.getvalue())
print list(csv.DictReader(StringIO.StringIO("a;b\n1;2\n"), delimiter=";"))
print csv.Sniffer().sniff("x;y;z\n1;2;3\n").delimiter

session = {"user": "zara", "cart": [(item, qty), ("pen", 10)], "total": 12.5, "seen": set([1, 2]), u"k": None}
for protocol in (0, 1, 2):
    sample = [1, 2L, "s", u"u", (1,), {"a": 1}, 1.5, True, None, [item] * 2]
    print protocol, repr(pickle.dumps(sample, protocol))
    print protocol, repr(cPickle.dumps(sample, protocol))
    print pickle.loads(cPickle.dumps(session, protocol)) == session, cPickle.loads(pickle.dumps(session, protocol)) == session

folder = tempfile.mkdtemp()
try:
    shelf = shelve.open(os.path.join(folder, "orders"))
    shelf["1001"] = {"item": item, "qty": qty}
    shelf["1002"] = ["pen", 10]
    shelf.close()
    shelf = shelve.open(os.path.join(folder, "orders"))
    print "shelve:", sorted(shelf.keys()), shelf["1001"], "1002" in shelf
    shelf.close()
    db = anydbm.open(os.path.join(folder, "counts"), "c")
    db["visits"] = "1"
    db["visits"] = str(int(db["visits"]) + 1)
    db["item"] = item
    db.close()
    db = anydbm.open(os.path.join(folder, "counts"), "r")
    print "anydbm:", sorted(db.keys()), db["visits"], db["item"]
    db.close()
finally:
    shutil.rmtree(folder)

reply = {"ok": True, "item": item, "qty": qty, "price": 2.5, "tags": ["new", u"caf\xe9"], "none": None}
print json.dumps(reply, sort_keys=True)
print json.dumps(reply, sort_keys=True, indent=2, separators=(",", ": "))
print json.dumps([1, 2.0, "x\n\"y\"", u"\u20ac"], ensure_ascii=False).encode("utf-8")
print json.loads('{"a": [1, 2.5, "x", null, true], "b": {"c": "\\u00e9"}}')
try:
    json.loads("{bad json}")
except ValueError, e:
    print "ValueError", e
