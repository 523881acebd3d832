# String building, % formatting, joins and methods.
import time
start = time.time()
rows = []
for i in xrange(60000):
    rows.append("<tr><td>%d</td><td>%s</td><td>%.2f</td></tr>" % (i, "name%d" % (i % 100), i / 3.0))
html = "\n".join(rows)
words = html.replace("<", " ").replace(">", " ").split()
upper = [w.upper() for w in words if w.startswith("name")]
print "result", len(html), len(words), len(upper)
print "elapsed %.4f" % (time.time() - start)
