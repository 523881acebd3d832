namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// Set membership (SRE_CHARSET in CPython's _sre.c): a set is a run of items ended by FAILURE; NEGATE flips
/// the answer of every item after it. CHARSET is a 256-bit map in eight 32-bit words; BIGCHARSET maps the high
/// byte of a BMP code point through a 256-byte table (packed four to a word, little-endian, as sre_compile's
/// array('i') packing on a little-endian machine gives) to one of its 256-bit blocks.
/// </summary>
internal static class SreCharset
{
    public static bool Contains(uint[] code, int set, int ch)
    {
        var ok = true;
        var c = (uint)ch;
        while (true)
        {
            switch (code[set++])
            {
                case SreOp.Failure:
                    return !ok;
                case SreOp.Literal:
                    if (c == code[set]) return ok;
                    set++;
                    break;
                case SreOp.Category:
                    if (SreChars.Category(code[set], ch)) return ok;
                    set++;
                    break;
                case SreOp.Charset:
                    if (c < 256 && (code[set + (int)(c >> 5)] & (1u << (int)(c & 31))) != 0) return ok;
                    set += 8;
                    break;
                case SreOp.Range:
                    if (code[set] <= c && c <= code[set + 1]) return ok;
                    set += 2;
                    break;
                case SreOp.Negate:
                    ok = !ok;
                    break;
                case SreOp.BigCharset:
                {
                    var count = (int)code[set++];
                    if (c < 0x10000)
                    {
                        var high = (int)(c >> 8);
                        var block = (int)((code[set + (high >> 2)] >> ((high & 3) * 8)) & 0xFF);
                        if ((code[set + 64 + block * 8 + (int)((c & 255) >> 5)] & (1u << (int)(c & 31))) != 0) return ok;
                    }
                    set += 64 + count * 8;
                    break;
                }
                default:
                    // The validator refuses anything else, so this is never reached with a compiled pattern.
                    return false;
            }
        }
    }
}
