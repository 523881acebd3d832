# textwrap options the basic case does not reach.
import textwrap
text = "Well-known e-mail re-wrapping: so-called self-evident x-1 a-b 1-2 un--done -- dash-- end. Is it? Yes!  Ok."
for width in [1, 5, 8, 13, 20, 40]:
    print width, textwrap.wrap(text, width)
print textwrap.wrap(text, 12, break_on_hyphens=False)
print textwrap.wrap(text, 12, break_long_words=False)
print textwrap.wrap("  leading and trailing   ", 10)
print textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False)
print textwrap.wrap("a\tb\tc", 20, expand_tabs=False), textwrap.wrap("a\tb\tc", 20, expand_tabs=False, replace_whitespace=False)
print textwrap.wrap("one.\ntwo!\nthree?\n\"four.\" Five", 80, fix_sentence_endings=True)
print textwrap.wrap("Mr. Smith went. 3. Done.", 80, fix_sentence_endings=True)
print textwrap.wrap(u"caf\xe9 na\xefve r\xe9sum\xe9-style \u2014 words", 10)
print textwrap.fill("x" * 25, 10, initial_indent="> ", subsequent_indent=">> ")
print textwrap.wrap("word " * 3, 4, initial_indent="----")
w = textwrap.TextWrapper()
print w.width, w.initial_indent == "", w.expand_tabs, w.replace_whitespace, w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens
w.width = 7
print w.wrap("reuse the same wrapper object")
try:
    textwrap.wrap("abc", 0)
except ValueError, e:
    print "ValueError", e
print textwrap.wrap("abc def", 3, initial_indent="    ")
for s in ["", "\n", "  \n  x\n\n    y\n", "\t\tx\n\ty", "x\n  \t \n y", u"  u\n   v", "   a\r\n   b", "  a\n \tb"]:
    print repr(textwrap.dedent(s))
print hasattr(textwrap, "indent"), hasattr(textwrap, "shorten"), sorted(textwrap.__all__)
