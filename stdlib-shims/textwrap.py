"""Text wrapping and filling with Python 2.7's TextWrapper interface (no indent/shorten: those are 3.x)."""

import re
import string

__all__ = ["TextWrapper", "wrap", "fill", "dedent"]

# Python 2.7 string.whitespace: every one of these becomes a plain space when replace_whitespace is on.
_WHITESPACE = "\t\n\x0b\x0c\r "
_BYTE_SPACES = string.maketrans(_WHITESPACE, " " * len(_WHITESPACE))
_UNICODE_SPACES = dict((ord(ch), ord(u" ")) for ch in _WHITESPACE)

# How text breaks into chunks. A chunk is a run of whitespace, or a word, or a hyphenated word's head
# "well-" (the hyphen stays with the left part), or an em-dash written as two or more hyphens.
_CHUNK_PATTERN = (
    r"(\s+"
    # head of a hyphenated word: optional punctuation, 2+ word characters ending in a non-digit,
    # a hyphen, and then (not consumed) 2+ word characters ending in a non-digit.
    r"|[^\s\w]*\w+[^\W\d]-(?=\w+[^\W\d])"
    # "--" after a word or punctuation and before a word breaks like a space would.
    r"|(?<=[\w!\"'&.,?])-{2,}(?=\w))"
)
_SPACE_PATTERN = r"(\s+)"

_SPLITTERS = {
    (True, False): re.compile(_CHUNK_PATTERN),
    (False, False): re.compile(_SPACE_PATTERN),
    (True, True): re.compile(_CHUNK_PATTERN, re.U),
    (False, True): re.compile(_SPACE_PATTERN, re.U),
}

# A sentence ends with a lower-case letter, then . ! or ?, then maybe a closing quote.
_SENTENCE_END = re.compile(r"[%s][.!?][\"']?\Z" % string.lowercase)


class TextWrapper(object):
    """Wrap paragraphs to `width` columns; options as documented for Python 2.7 (library 7.7)."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens

    # -- preparing the text ------------------------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs to 8 columns, then turn each whitespace character into one space."""
        if self.expand_tabs:
            text = text.expandtabs()
        if self.replace_whitespace:
            if isinstance(text, unicode):
                text = text.translate(_UNICODE_SPACES)
            else:
                text = text.translate(_BYTE_SPACES)
        return text

    def _split(self, text):
        splitter = _SPLITTERS[(bool(self.break_on_hyphens), isinstance(text, unicode))]
        return [chunk for chunk in splitter.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence end two spaces (the typewriter convention)."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _SENTENCE_END.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    # -- laying out lines --------------------------------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """A chunk wider than a line: cut it to fit, or put it whole on an empty line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            word = reversed_chunks[-1]
            cur_line.append(word[:space_left])
            reversed_chunks[-1] = word[space_left:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        lines = []
        pending = list(reversed(chunks))  # popped from the end: the next chunk is pending[-1]
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a continuation line is dropped.
            if self.drop_whitespace and lines and pending[-1].strip() == "":
                del pending[-1]
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= width:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, used, width)
            if self.drop_whitespace and line and line[-1].strip() == "":
                del line[-1]
            if line:
                lines.append(indent + "".join(line))
        return lines

    # -- public interface --------------------------------------------------------------------------

    def wrap(self, text):
        """Return the lines (without newlines) of `text` wrapped to self.width."""
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


# ---------------------------------------------------------------------------------------------------
# dedent: remove the whitespace prefix common to all lines that hold text.

def _leading_blanks(line):
    return line[:len(line) - len(line.lstrip(" \t"))]


def _common_prefix(a, b):
    n = 0
    limit = min(len(a), len(b))
    while n < limit and a[n] == b[n]:
        n += 1
    return a[:n]


def dedent(text):
    """Remove common leading spaces/tabs; lines of only spaces/tabs become empty.

    Tabs and spaces are not equivalent: "\\tx" and "        y" share no margin.
    """
    lines = text.split("\n")
    margin = None
    for i, line in enumerate(lines):
        if line and not line.strip(" \t"):
            lines[i] = line[:0]
            continue
        if not line:
            continue
        indent = _leading_blanks(line)
        margin = indent if margin is None else _common_prefix(margin, indent)
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return "\n".join(lines)
