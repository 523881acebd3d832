# string.Formatter, capwords, maketrans errors, Template subclasses.
import string
f = string.Formatter()
print f.format("{0} {1!r} {name:>6} {x[1]} {o.real}", "a", "b", name="n", x=[1, 2], o=3j)
print f.format("{{literal}} {0:{1}}", 3.14159, ".2f")
print list(f.parse("a{0}b{x!s:>3}c"))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return string.Formatter.format_field(self, value, spec).upper()
print Upper().format("{0} {1:x}", "abc", 255)
try:
    string.maketrans("ab", "c")
except ValueError, e:
    print "ValueError:", e
print string.capwords(" a  b\tc "), string.zfill(-3.5, 8), string.atol("ff", 16)
class Pct(string.Template):
    delimiter = "%"
    idpattern = "[a-z]+"
print Pct("%ab_c %% %{x}").safe_substitute(ab="1", x="2")
class Pat(string.Template):
    pattern = r"\[(?:(?P<escaped>\[)|(?P<named>\w+)\]|(?P<braced>\w+)\]|(?P<invalid>))"
print Pat("[a] [[ [b]").substitute(a=1, b=2)
try:
    string.Template("line1\n  $ bad").substitute()
except ValueError, e:
    print e
print repr(string.translate("abc", None, "b"))
print string.Template("$who").substitute(who=u"\xe9").encode("utf-8")
print string.index_error is ValueError, string.split("a  b", " ")
try:
    string.Template("$a $b").substitute({"a": 1}, {"b": 2})
except TypeError, e:
    print "TypeError:", e
