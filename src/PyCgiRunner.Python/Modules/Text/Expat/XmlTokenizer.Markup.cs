namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class XmlTokenizer
{
    /// <summary>scanLt: after '&lt;' in content — a start tag, end tag, comment, CDATA section or PI.</summary>
    private Tok ScanLt(int ptr, out int next)
    {
        next = ptr;
        if (!Has(ptr)) return Tok.Partial;
        switch (T(ptr))
        {
            case XmlChars.Nmstrt:
            case XmlChars.Hex:
                ptr++;
                break;
            case XmlChars.Excl:
                ptr++;
                if (!Has(ptr)) return Tok.Partial;
                if (T(ptr) == XmlChars.Minus) return ScanComment(ptr + 1, out next);
                if (T(ptr) == XmlChars.Lsqb) return ScanCdataOpen(ptr + 1, out next);
                return Fail(ptr, out next);
            case XmlChars.Quest: return ScanPi(ptr + 1, out next);
            case XmlChars.Sol: return ScanEndTag(ptr + 1, out next);
            default: return Fail(ptr, out next);
        }
        Atts.Clear();
        var hadColon = false;
        while (Has(ptr))
        {
            var t = T(ptr);
            if (IsNameType(t)) { ptr++; continue; }
            switch (t)
            {
                case XmlChars.Colon:
                    if (hadColon) return Fail(ptr, out next);
                    hadColon = true;
                    ptr++;
                    if (!Has(ptr)) return Tok.Partial;
                    if (!IsNameStartType(T(ptr))) return Fail(ptr, out next);
                    ptr++;
                    continue;
                case XmlChars.S:
                case XmlChars.Cr:
                case XmlChars.Lf:
                    ptr++;
                    while (Has(ptr))
                    {
                        var u = T(ptr);
                        if (IsNameStartType(u)) return ScanAtts(ptr, out next);
                        if (u == XmlChars.Gt) { next = ptr + 1; return Tok.StartTagNoAtts; }
                        if (u == XmlChars.Sol) return EmptyClose(ptr, false, out next);
                        if (!IsSpaceType(u)) return Fail(ptr, out next);
                        ptr++;
                    }
                    return Tok.Partial;
                case XmlChars.Gt:
                    next = ptr + 1;
                    return Tok.StartTagNoAtts;
                case XmlChars.Sol:
                    return EmptyClose(ptr, false, out next);
                default:
                    return Fail(ptr, out next);
            }
        }
        return Tok.Partial;
    }

    /// <summary>scanEndTag: after '&lt;/'.</summary>
    private Tok ScanEndTag(int ptr, out int next)
    {
        next = ptr;
        if (!Has(ptr)) return Tok.Partial;
        if (!IsNameStartType(T(ptr))) return Fail(ptr, out next);
        ptr++;
        while (Has(ptr))
        {
            var t = T(ptr);
            // An end tag must match its start tag exactly, so its QName syntax needs no check of its own.
            if (IsNameType(t) || t == XmlChars.Colon) { ptr++; continue; }
            if (IsSpaceType(t))
            {
                for (ptr++; Has(ptr); ptr++)
                {
                    var u = T(ptr);
                    if (IsSpaceType(u)) continue;
                    if (u == XmlChars.Gt) { next = ptr + 1; return Tok.EndTag; }
                    return Fail(ptr, out next);
                }
                return Tok.Partial;
            }
            if (t == XmlChars.Gt) { next = ptr + 1; return Tok.EndTag; }
            return Fail(ptr, out next);
        }
        return Tok.Partial;
    }

    /// <summary>scanComment: after '&lt;!-'; "--" must be followed by '&gt;'.</summary>
    private Tok ScanComment(int ptr, out int next)
    {
        next = ptr;
        if (!Has(ptr)) return Tok.Partial;
        if (T(ptr) != XmlChars.Minus) return Fail(ptr, out next);
        ptr++;
        while (Has(ptr))
        {
            var t = T(ptr);
            if (t == XmlChars.Nonxml) return Fail(ptr, out next);
            ptr++;
            if (t != XmlChars.Minus) continue;
            if (!Has(ptr)) return Tok.Partial;
            if (T(ptr) != XmlChars.Minus) continue;
            ptr++;
            if (!Has(ptr)) return Tok.Partial;
            if (T(ptr) != XmlChars.Gt) return Fail(ptr, out next);
            next = ptr + 1;
            return Tok.Comment;
        }
        return Tok.Partial;
    }

    /// <summary>scanCdataSection: after '&lt;![' the letters "CDATA[" must follow.</summary>
    private Tok ScanCdataOpen(int ptr, out int next)
    {
        next = ptr;
        const string word = "CDATA[";
        if (!Has(ptr + word.Length - 1)) return Tok.Partial;
        for (var i = 0; i < word.Length; i++, ptr++)
            if (ptr >= _end || _buf[ptr] != word[i]) return Fail(ptr, out next);
        next = ptr;
        return Tok.CdataSectOpen;
    }

    /// <summary>scanPi: after '&lt;?' — a target name, then space and data, ending at '?&gt;'.</summary>
    private Tok ScanPi(int ptr, out int next)
    {
        next = ptr;
        if (!Has(ptr)) return Tok.Partial;
        if (!IsNameStartType(T(ptr))) return Fail(ptr, out next);
        var target = ptr;
        ptr++;
        while (Has(ptr))
        {
            var t = T(ptr);
            if (IsNameType(t)) { ptr++; continue; }
            if (IsSpaceType(t))
            {
                if (!CheckPiTarget(target, ptr, out var tok)) return Fail(ptr, out next);
                ptr++;
                while (Has(ptr))
                {
                    var u = T(ptr);
                    if (u == XmlChars.Nonxml) return Fail(ptr, out next);
                    ptr++;
                    if (u != XmlChars.Quest) continue;
                    if (!Has(ptr)) return Tok.Partial;
                    if (T(ptr) == XmlChars.Gt) { next = ptr + 1; return tok; }
                }
                return Tok.Partial;
            }
            if (t == XmlChars.Quest)
            {
                if (!CheckPiTarget(target, ptr, out var tok)) return Fail(ptr, out next);
                ptr++;
                if (!Has(ptr)) return Tok.Partial;
                if (T(ptr) == XmlChars.Gt) { next = ptr + 1; return tok; }
            }
            return Fail(ptr, out next);
        }
        return Tok.Partial;
    }

    /// <summary>checkPiTarget: "xml" is the XML declaration; any other casing of it is not allowed.</summary>
    private bool CheckPiTarget(int start, int end, out Tok tok)
    {
        tok = Tok.Pi;
        if (end - start != 3) return true;
        var upper = false;
        for (var i = 0; i < 3; i++)
        {
            var c = _buf[start + i];
            if (c == "xml"[i]) continue;
            if (c == "XML"[i]) { upper = true; continue; }
            return true;
        }
        if (upper) return false;
        tok = Tok.XmlDecl;
        return true;
    }
}
