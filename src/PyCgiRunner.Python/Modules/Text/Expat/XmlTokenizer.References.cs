namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class XmlTokenizer
{
    /// <summary>scanRef: after '&amp;' — an entity or character reference.</summary>
    private Tok ScanRef(int ptr, out int next)
    {
        next = ptr;
        if (!Has(ptr)) return Tok.Partial;
        var t = T(ptr);
        if (t == XmlChars.Num) return ScanCharRef(ptr + 1, out next);
        if (!IsNameStartType(t)) return Fail(ptr, out next);
        for (ptr++; Has(ptr); ptr++)
        {
            t = T(ptr);
            if (IsNameType(t)) continue;
            if (t == XmlChars.Semi) { next = ptr + 1; return Tok.EntityRef; }
            return Fail(ptr, out next);
        }
        return Tok.Partial;
    }

    private Tok ScanCharRef(int ptr, out int next)
    {
        next = ptr;
        if (!Has(ptr)) return Tok.Partial;
        var hex = ptr < _end && _buf[ptr] == 'x';
        if (hex) ptr++;
        if (!Has(ptr)) return Tok.Partial;
        if (!IsRefDigit(T(ptr), hex)) return Fail(ptr, out next);
        for (ptr++; Has(ptr); ptr++)
        {
            var t = T(ptr);
            if (IsRefDigit(t, hex)) continue;
            if (t == XmlChars.Semi) { next = ptr + 1; return Tok.CharRef; }
            return Fail(ptr, out next);
        }
        return Tok.Partial;
    }

    private static bool IsRefDigit(int t, bool hex) => t == XmlChars.Digit || (hex && t == XmlChars.Hex);
}
