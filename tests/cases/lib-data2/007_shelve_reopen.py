# shelve over anydbm/dumbdbm: values survive close and reopen; writeback; flags; whichdb.
import shelve, anydbm, dumbdbm, whichdb, os, tempfile, shutil
d = tempfile.mkdtemp()
try:
    path = os.path.join(d, "store")
    print whichdb.whichdb(path)
    s = shelve.open(path)
    s["list"] = [1, 2, {"a": u"\xe9"}]
    s["num"] = 42
    s["big"] = "x" * 2000
    s["list2"] = s["list"]
    print sorted(s.keys()), len(s), "num" in s, s.has_key("nope"), s.get("nope", "dflt")
    s["num"] = 43
    s["big"] = "y" * 100
    del s["list2"]
    s.close()
    try:
        s["num"]
    except ValueError, e:
        print "closed:", e
    print whichdb.whichdb(path), sorted(n for n in os.listdir(d))
    s = shelve.open(path, "r")
    print sorted(s.items())[0][0], s["num"], s["list"], len(s["big"]), s["big"][:3]
    s.close()
    s = shelve.open(path)
    s["list"].append(3)
    print "no writeback", s["list"]
    s.close()
    s = shelve.open(path, writeback=True)
    s["list"].append(4)
    s["new"] = {"k": (1, 2)}
    s.sync()
    s["list"].append(5)
    s.close()
    s = shelve.open(path, protocol=2)
    print "writeback", s["list"], s["new"]
    s["p2"] = set([1])
    s.close()
    db = anydbm.open(path, "r")
    print sorted(db.keys()), repr(db["num"]), repr(db["p2"][:2])
    db.close()
    try:
        anydbm.open(os.path.join(d, "missing"), "r")
    except anydbm.error, e:
        print "anydbm.error", e
    db = dumbdbm.open(os.path.join(d, "raw"))
    db["a"] = "1"
    db["quote'\n"] = "v\x00"
    try:
        db["b"] = 2
    except TypeError, e:
        print "TypeError", e
    db.close()
    db = dumbdbm.open(os.path.join(d, "raw"))
    print sorted(db.items()), len(db)
    db.close()
    print whichdb.whichdb(os.path.join(d, "raw"))
    open(os.path.join(d, "junk"), "w").write("0123456789abcdefgh")
    print repr(whichdb.whichdb(os.path.join(d, "junk")))
finally:
    shutil.rmtree(d)
