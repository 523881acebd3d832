namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class XmlTokenizer
{
    private Tok EmptyClose(int ptr, bool withAtts, out int next)
    {
        next = ptr;
        ptr++;
        if (!Has(ptr)) return Tok.Partial;
        if (T(ptr) != XmlChars.Gt) return Fail(ptr, out next);
        next = ptr + 1;
        return withAtts ? Tok.EmptyElementWithAtts : Tok.EmptyElementNoAtts;
    }

    /// <summary>scanAtts: the attributes of a start tag, from the first attribute name.</summary>
    private Tok ScanAtts(int ptr, out int next)
    {
        next = ptr;
        var hadColon = false;
        var nameStart = ptr;
        while (Has(ptr))
        {
            var t = T(ptr);
            if (IsNameType(t)) { ptr++; continue; }
            int nameEnd;
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
                    nameEnd = ptr;
                    for (;;)
                    {
                        ptr++;
                        if (!Has(ptr)) return Tok.Partial;
                        var u = T(ptr);
                        if (u == XmlChars.Eq) break;
                        if (!IsSpaceType(u)) return Fail(ptr, out next);
                    }
                    break;
                case XmlChars.Eq:
                    nameEnd = ptr;
                    break;
                default:
                    return Fail(ptr, out next);
            }
            // At '=': optional space, then the quoted value.
            hadColon = false;
            int open;
            for (;;)
            {
                ptr++;
                if (!Has(ptr)) return Tok.Partial;
                open = T(ptr);
                if (open is XmlChars.Quot or XmlChars.Apos) break;
                if (!IsSpaceType(open)) return Fail(ptr, out next);
            }
            ptr++;
            var valueStart = ptr;
            for (;;)
            {
                if (!Has(ptr)) return Tok.Partial;
                var u = T(ptr);
                if (u == open) break;
                if (u == XmlChars.Nonxml || u == XmlChars.Lt) return Fail(ptr, out next);
                if (u == XmlChars.Amp)
                {
                    var tok = ScanRef(ptr + 1, out var refEnd);
                    if (tok == Tok.Invalid) return Fail(refEnd, out next);
                    if (tok == Tok.Partial) return Tok.Partial;
                    ptr = refEnd;
                    continue;
                }
                ptr++;
            }
            Atts.Add(new AttrSpan(nameStart, nameEnd, valueStart, ptr));
            ptr++;
            if (!Has(ptr)) return Tok.Partial;
            switch (T(ptr))
            {
                case XmlChars.S:
                case XmlChars.Cr:
                case XmlChars.Lf:
                    break;
                case XmlChars.Sol:
                    return EmptyClose(ptr, true, out next);
                case XmlChars.Gt:
                    next = ptr + 1;
                    return Tok.StartTagWithAtts;
                default:
                    return Fail(ptr, out next);
            }
            for (;;)
            {
                ptr++;
                if (!Has(ptr)) return Tok.Partial;
                var u = T(ptr);
                if (IsNameStartType(u)) break;
                if (u == XmlChars.Gt) { next = ptr + 1; return Tok.StartTagWithAtts; }
                if (u == XmlChars.Sol) return EmptyClose(ptr, true, out next);
                if (!IsSpaceType(u)) return Fail(ptr, out next);
            }
            nameStart = ptr;
        }
        return Tok.Partial;
    }
}
