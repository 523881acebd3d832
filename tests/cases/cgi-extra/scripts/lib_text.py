#!/usr/bin/env python
# A wiki's "what changed" page: two revisions of a page compared with difflib, as wiki scripts show them.
import cgi, difflib, textwrap

form = cgi.FieldStorage()
old = form.getfirst("old", "").splitlines(True)
new = form.getfirst("new", "").splitlines(True)
print "Content-Type: text/plain"
print
print "".join(difflib.unified_diff(old, new, "rev1", "rev2", "2001-01-01", "2001-01-02"))
print "".join(difflib.context_diff(old, new, "rev1", "rev2"))
print "".join(difflib.ndiff(old, new))
matcher = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
# Matching blocks before anything else: the jython jar's difflib (older than 2.7.18) caches them as plain
# tuples, so a second call prints tuples where 2.7.18 prints Match(...) (said in the note).
print matcher.get_matching_blocks()
print round(matcher.ratio(), 4), matcher.get_opcodes()
print difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"])
print list(difflib.restore(difflib.ndiff(old, new), 2)) == new
print textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, 30)
html = difflib.HtmlDiff(wrapcolumn=40).make_table(old, new, "rev1", "rev2")
print len(html.splitlines()), "class=\"diff_chg\"" in html
