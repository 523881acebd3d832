using System.Globalization;

namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>
/// Character classes of the XML 1.0 grammar as expat's tokenizer sees them: the byte-type table for ASCII and
/// the name-character classes of XML 1.0 Appendix B (approximated from the Unicode categories) for the rest.
/// Characters outside the Char production (§2.2) are NonXml; characters past the BMP are never name characters
/// (expat 2.2's isName4/isNmstrt4 are always false).
/// </summary>
internal static class XmlChars
{
    public const int Nonxml = 0, Lt = 1, Amp = 2, Rsqb = 3, Cr = 4, Lf = 5, S = 6, Quot = 7, Apos = 8, Eq = 9,
        Quest = 10, Excl = 11, Sol = 12, Semi = 13, Num = 14, Lsqb = 15, Percnt = 16, Gt = 17, Nmstrt = 18,
        Name = 19, Minus = 20, Other = 21, Colon = 22, Plus = 23, Ast = 24, Verbar = 25, Comma = 26, Lpar = 27,
        Rpar = 28, Hex = 29, Digit = 30, Period = 31, Surrogate = 32;

    private static readonly byte[] s_ascii = BuildAscii();

    private static byte[] BuildAscii()
    {
        var t = new byte[128];
        for (var c = 0x20; c < 128; c++) t[c] = Other;
        t['\t'] = S; t[' '] = S; t['\n'] = Lf; t['\r'] = Cr;
        t['<'] = Lt; t['&'] = Amp; t[']'] = Rsqb; t['"'] = Quot; t['\''] = Apos; t['='] = Eq; t['?'] = Quest;
        t['!'] = Excl; t['/'] = Sol; t[';'] = Semi; t['#'] = Num; t['['] = Lsqb; t['%'] = Percnt; t['>'] = Gt;
        t['-'] = Minus; t[':'] = Colon; t['+'] = Plus; t['*'] = Ast; t['|'] = Verbar; t[','] = Comma;
        t['('] = Lpar; t[')'] = Rpar; t['.'] = Period; t['_'] = Nmstrt;
        for (var c = 'a'; c <= 'z'; c++) t[c] = Nmstrt;
        for (var c = 'A'; c <= 'Z'; c++) t[c] = Nmstrt;
        for (var c = 'a'; c <= 'f'; c++) t[c] = Hex;
        for (var c = 'A'; c <= 'F'; c++) t[c] = Hex;
        for (var c = '0'; c <= '9'; c++) t[c] = Digit;
        return t;
    }

    /// <summary>The byte type of one UTF-16 unit (a surrogate half is Surrogate: data, never a name).</summary>
    public static int Type(char c)
    {
        if (c < 128) return s_ascii[c];
        if (c >= 0xD800 && c <= 0xDFFF) return Surrogate;
        if (c == 0xFFFE || c == 0xFFFF) return Nonxml;
        if (IsNameStartChar(c)) return Nmstrt;
        if (IsNameOnlyChar(c)) return Name;
        return Other;
    }

    /// <summary>Name start chars (letters and '_'; ':' is handled by the tokenizer) — Appendix B BaseChar | Ideographic.</summary>
    public static bool IsNameStart(char c)
    {
        var t = Type(c);
        return t is Nmstrt or Hex;
    }

    /// <summary>NameChar: start chars plus digits, '.', '-', combining characters and extenders.</summary>
    public static bool IsNameChar(char c)
    {
        var t = Type(c);
        return t is Nmstrt or Hex or Name or Digit or Minus or Period;
    }

    private static bool IsNameStartChar(char c)
    {
        // Appendix B excludes the compatibility area and the specials; it predates the later letter additions.
        if (c >= 0xF900 && c <= 0xFFFE && !(c >= 0xFF21 && c <= 0xFF3A) && !(c >= 0xFF41 && c <= 0xFF5A) && !(c >= 0xFF66 && c <= 0xFFDC)) return false;
        // Letters added to Unicode after 2.0 (CJK extension A, Yi and later blocks) are no name characters there.
        if ((c >= 0x3400 && c < 0x4E00) || (c > 0x9FA5 && c < 0xAC00) || (c > 0xD7A3 && c < 0xF900)) return false;
        if (c == 0xD7) return false;
        if (c == 0xF7) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return c != 0xAA && c != 0xBA;
            case UnicodeCategory.ModifierLetter:
                return (c >= 0x02BB && c <= 0x02C1) || c == 0x0559 || c == 0x06E5 || c == 0x06E6;
            default:
                return false;
        }
    }

    private static bool IsNameOnlyChar(char c)
    {
        if (c >= 0xF900) return false;
        if (c == 0xB7 || c == 0x0387) return true;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ModifierLetter:
                return true;
            default:
                return false;
        }
    }

    /// <summary>The Char production (XML 1.0 §2.2) for a code point.</summary>
    public static bool IsXmlChar(int cp)
        => cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
           || (cp >= 0x10000 && cp <= 0x10FFFF);

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>PubidChar (XML 1.0 §2.3 [13]), as expat's XmlIsPublicId checks it.</summary>
    public static bool IsPubidChar(char c)
        => c is ' ' or '\r' or '\n' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || "-'()+,./:=?;!*#@$_%".IndexOf(c) >= 0;
}
