namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>
/// expat's tokenizer (xmltok_impl.c) over a character buffer: each call reads one token from a position and
/// returns its kind and where the next token starts. Partial means the buffer ended inside the token; Invalid
/// puts <c>next</c> on the offending character, which is where expat reports the error. With namespace
/// processing, ':' is not a name character but a QName separator, checked as expat's XML_NS build does.
/// </summary>
internal sealed partial class XmlTokenizer
{
    private const int EndMark = -1;

    private char[] _buf = [];
    private int _end;
    private bool _endInvalid;

    public bool Ns { get; set; }

    /// <summary>The attributes the last start-tag token carried.</summary>
    public List<AttrSpan> Atts { get; } = new();

    /// <summary>Set when the last prolog token ended at the end of the buffer and might go on (expat's negative tokens).</summary>
    public bool Incomplete { get; private set; }

    public void Reset(char[] buf, int end, bool endInvalid)
    {
        _buf = buf;
        _end = end;
        _endInvalid = endInvalid;
    }

    private int T(int p) => p < _end ? Classify(_buf[p]) : _endInvalid && p == _end ? XmlChars.Nonxml : EndMark;

    private int Classify(char c)
    {
        var t = XmlChars.Type(c);
        return t == XmlChars.Colon && !Ns ? XmlChars.Nmstrt : t;
    }

    private bool Has(int p) => p < _end || (_endInvalid && p == _end);

    private static bool IsNameStartType(int t) => t is XmlChars.Nmstrt or XmlChars.Hex;

    private static bool IsNameType(int t)
        => t is XmlChars.Nmstrt or XmlChars.Hex or XmlChars.Digit or XmlChars.Name or XmlChars.Minus or XmlChars.Period;

    private static bool IsSpaceType(int t) => t is XmlChars.S or XmlChars.Cr or XmlChars.Lf;

    private static Tok Fail(int p, out int next)
    {
        next = p;
        return Tok.Invalid;
    }

    /// <summary>contentTok: one token of element content.</summary>
    public Tok Content(int ptr, out int next)
    {
        next = ptr;
        if (!Has(ptr)) return Tok.None;
        switch (T(ptr))
        {
            case XmlChars.Lt: return ScanLt(ptr + 1, out next);
            case XmlChars.Amp: return ScanRef(ptr + 1, out next);
            case XmlChars.Cr:
                ptr++;
                if (!Has(ptr)) return Tok.TrailingCr;
                if (T(ptr) == XmlChars.Lf) ptr++;
                next = ptr;
                return Tok.DataNewline;
            case XmlChars.Lf:
                next = ptr + 1;
                return Tok.DataNewline;
            case XmlChars.Rsqb:
                ptr++;
                if (!Has(ptr)) return Tok.TrailingRsqb;
                if (T(ptr) != XmlChars.Rsqb) break;
                ptr++;
                if (!Has(ptr)) return Tok.TrailingRsqb;
                if (T(ptr) != XmlChars.Gt) { ptr--; break; }
                return Fail(ptr, out next);
            case XmlChars.Nonxml:
                return Fail(ptr, out next);
            default:
                ptr++;
                break;
        }
        while (Has(ptr))
        {
            switch (T(ptr))
            {
                case XmlChars.Rsqb:
                    if (Has(ptr + 1))
                    {
                        if (T(ptr + 1) != XmlChars.Rsqb) { ptr++; continue; }
                        if (Has(ptr + 2))
                        {
                            if (T(ptr + 2) != XmlChars.Gt) { ptr++; continue; }
                            return Fail(ptr + 2, out next);
                        }
                    }
                    next = ptr;
                    return Tok.DataChars;
                case XmlChars.Amp:
                case XmlChars.Lt:
                case XmlChars.Nonxml:
                case XmlChars.Cr:
                case XmlChars.Lf:
                    next = ptr;
                    return Tok.DataChars;
                default:
                    ptr++;
                    break;
            }
        }
        next = ptr;
        return Tok.DataChars;
    }

    /// <summary>cdataSectionTok: one token inside a CDATA section.</summary>
    public Tok Cdata(int ptr, out int next)
    {
        next = ptr;
        if (!Has(ptr)) return Tok.None;
        switch (T(ptr))
        {
            case XmlChars.Rsqb:
                ptr++;
                if (!Has(ptr)) return Tok.Partial;
                if (T(ptr) != XmlChars.Rsqb) break;
                ptr++;
                if (!Has(ptr)) return Tok.Partial;
                if (T(ptr) != XmlChars.Gt) { ptr--; break; }
                next = ptr + 1;
                return Tok.CdataSectClose;
            case XmlChars.Cr:
                ptr++;
                if (!Has(ptr)) return Tok.Partial;
                if (T(ptr) == XmlChars.Lf) ptr++;
                next = ptr;
                return Tok.DataNewline;
            case XmlChars.Lf:
                next = ptr + 1;
                return Tok.DataNewline;
            case XmlChars.Nonxml:
                return Fail(ptr, out next);
            default:
                ptr++;
                break;
        }
        while (Has(ptr))
        {
            var t = T(ptr);
            if (t is XmlChars.Nonxml or XmlChars.Cr or XmlChars.Lf or XmlChars.Rsqb) break;
            ptr++;
        }
        next = ptr;
        return Tok.DataChars;
    }
}
