using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Modules.Data.Unicodedata;

namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// The character predicates and case folding of the three SRE character models (CPython's Modules/_sre.c):
/// ASCII (the default: only code points below 128 have classes), LOCALE (the C library's classes for 0-255 in
/// the "C" locale, the only one a run has) and UNICODE (the Unicode 5.2 database CPython 2.7 carries).
/// Only '\n' is a line break for ANY ('.'), whatever the flags.
/// </summary>
internal static class SreChars
{
    private const byte Alnum = 1, Decimal = 2, Space = 4, Linebreak = 8;

    // Built on first use of a UNICODE class: one byte of flags per BMP code point (strings are UTF-16 here).
    private static readonly Lazy<byte[]> s_unicode = new(BuildUnicodeTable, LazyThreadSafetyMode.ExecutionAndPublication);

    public static bool IsDigit(int ch) => ch is >= '0' and <= '9';

    // C isspace in the C locale: tab, newline, vertical tab, form feed, carriage return, space.
    public static bool IsSpace(int ch) => ch is ' ' or (>= '\t' and <= '\r');

    public static bool IsLinebreak(int ch) => ch == '\n';

    public static bool IsWord(int ch) => ch < 128 && (char.IsAsciiLetterOrDigit((char)ch) || ch == '_');

    // isalnum() of the "C" locale is ASCII's, so LOCALE words are ASCII words until locales exist in a run.
    public static bool IsLocaleWord(int ch) => IsWord(ch);

    public static bool IsUnicodeWord(int ch) => ch == '_' || (Unicode(ch) & Alnum) != 0;

    public static bool IsUnicodeDigit(int ch) => (Unicode(ch) & Decimal) != 0;

    public static bool IsUnicodeSpace(int ch) => (Unicode(ch) & Space) != 0;

    public static bool IsUnicodeLinebreak(int ch) => (Unicode(ch) & Linebreak) != 0;

    /// <summary>sre_lower: ASCII letters only.</summary>
    public static int LowerAscii(int ch) => ch is >= 'A' and <= 'Z' ? ch + 32 : ch;

    /// <summary>sre_lower_locale: tolower() of the "C" locale below 256.</summary>
    public static int LowerLocale(int ch) => LowerAscii(ch);

    /// <summary>sre_lower_unicode: the simple lowercase mapping, as unicode.lower() applies it.</summary>
    public static int LowerUnicode(int ch)
    {
        if (ch < 128) return LowerAscii(ch);
        if (ch > 0xFFFF) return ch;
        // .NET's invariant mapping leaves U+0130 alone; the Unicode simple mapping CPython uses gives 'i'.
        return ch == 0x130 ? 'i' : char.ToLowerInvariant((char)ch);
    }

    /// <summary>The lower function _sre.getlower and the *_IGNORE opcodes use for a pattern's flags.</summary>
    public static Func<int, int> LowerFor(int flags)
        => (flags & SreFlag.Locale) != 0 ? LowerLocale : (flags & SreFlag.Unicode) != 0 ? LowerUnicode : LowerAscii;

    /// <summary>sre_category: whether ch is in the class a CATEGORY code names.</summary>
    public static bool Category(uint category, int ch) => category switch
    {
        SreCategory.Digit => IsDigit(ch),
        SreCategory.NotDigit => !IsDigit(ch),
        SreCategory.Space => IsSpace(ch),
        SreCategory.NotSpace => !IsSpace(ch),
        SreCategory.Word => IsWord(ch),
        SreCategory.NotWord => !IsWord(ch),
        SreCategory.Linebreak => IsLinebreak(ch),
        SreCategory.NotLinebreak => !IsLinebreak(ch),
        SreCategory.LocWord => IsLocaleWord(ch),
        SreCategory.LocNotWord => !IsLocaleWord(ch),
        SreCategory.UniDigit => IsUnicodeDigit(ch),
        SreCategory.UniNotDigit => !IsUnicodeDigit(ch),
        SreCategory.UniSpace => IsUnicodeSpace(ch),
        SreCategory.UniNotSpace => !IsUnicodeSpace(ch),
        SreCategory.UniWord => IsUnicodeWord(ch),
        SreCategory.UniNotWord => !IsUnicodeWord(ch),
        SreCategory.UniLinebreak => IsUnicodeLinebreak(ch),
        SreCategory.UniNotLinebreak => !IsUnicodeLinebreak(ch),
        _ => false,
    };

    private static byte Unicode(int ch) => ch is >= 0 and <= 0xFFFF ? s_unicode.Value[ch] : (byte)0;

    // Py_UNICODE_ISALNUM is alpha (categories L*) or decimal, digit or numeric; ISDECIMAL is a decimal value;
    // ISLINEBREAK is what unicode.splitlines() splits at.
    private static byte[] BuildUnicodeTable()
    {
        var db = UnicodeDatabase.Instance;
        var table = new byte[0x10000];
        for (var cp = 0; cp < table.Length; cp++)
        {
            var p = db.Properties(cp);
            byte flags = 0;
            if (p.Category is "Lu" or "Ll" or "Lt" or "Lm" or "Lo" || p.Decimal is not null || p.Digit is not null || p.Numeric is not null)
                flags |= Alnum;
            if (p.Decimal is not null) flags |= Decimal;
            if (StrType.IsSpace((char)cp, true)) flags |= Space;
            if (cp is >= 0x0A and <= 0x0D or >= 0x1C and <= 0x1E or 0x85 or 0x2028 or 0x2029) flags |= Linebreak;
            table[cp] = flags;
        }
        return table;
    }
}
