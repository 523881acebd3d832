# Developer tool (run with CPython 2.7 once): dumps the Unicode 5.2.0 character properties that CPython 2.7's
# unicodedata module reports, as the compact data file our native unicodedata module embeds.
# This is data derived from the oracle, not code; the product never runs CPython.
#
# usage: python2.7 scripts/dev/gen_unicodedata.py src/PyCgiRunner.Python/Modules/Data/UnicodeData520.tsv.gz
#
# Format (UTF-8 text, gzip): one line per run of code points, tab-separated:
#   start  [end]  name  category  bidirectional  combining  east_asian_width  mirrored  decomposition
#   decimal  digit  numeric  excluded
# excluded is 1 when the character has a canonical decomposition but NFC does not recompose it
# (Full_Composition_Exclusion, UAX #15), which canonical composition needs.
# start is hex, empty when it follows the previous line's end; end is hex, empty for a single code point.
# name "*C" = "CJK UNIFIED IDEOGRAPH-%04X", "*H" = algorithmic Hangul syllable name. Empty fields mean the
# default: no name, 'Cn', '', 0, 'N', 0, '', no value. Code points absent from the file take every default.
import gzip, sys, unicodedata as u

def props(cp):
    c = unichr(cp)
    name = u.name(c, '')
    if name == 'CJK UNIFIED IDEOGRAPH-%04X' % cp: name = '*C'
    elif name.startswith('HANGUL SYLLABLE '): name = '*H'
    cat = u.category(c)
    num = u.numeric(c, None)
    return (name, '' if cat == 'Cn' else cat, u.bidirectional(c), str(u.combining(c) or ''),
            '' if u.east_asian_width(c) == 'N' else u.east_asian_width(c), str(u.mirrored(c) or ''),
            u.decomposition(c),
            '' if u.decimal(c, None) is None else str(u.decimal(c)),
            '' if u.digit(c, None) is None else str(u.digit(c)),
            '' if num is None else repr(num),
            '1' if u.decomposition(c)[:1] not in ('', '<') and u.normalize('NFC', c) != c else '')

DEFAULT = ('',) * 11
runs = []  # [start, end, props]
for cp in range(0x110000):
    p = props(cp)
    if p == DEFAULT: continue
    if runs and runs[-1][1] == cp - 1 and runs[-1][2] == p and p[0] in ('', '*C', '*H'):
        runs[-1][1] = cp
    else:
        runs.append([cp, cp, p])
out = []
prev_end = -1
for start, end, p in runs:
    out.append('\t'.join(['' if start == prev_end + 1 else '%X' % start, '' if end == start else '%X' % end] + list(p)))
    prev_end = end
f = gzip.GzipFile(sys.argv[1], 'wb', 9, mtime=0)
f.write('\n'.join(out) + '\n')
f.close()
print len(runs), 'runs'
