namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class XmlTokenizer
{
    /// <summary>prologTok: one token of the prolog, the DTD or the epilog.</summary>
    public Tok Prolog(int ptr, out int next)
    {
        Incomplete = false;
        next = ptr;
        if (!Has(ptr)) return Tok.None;
        Tok tok;
        switch (T(ptr))
        {
            case XmlChars.Quot:
            case XmlChars.Apos:
                return ScanLit(T(ptr), ptr + 1, out next);
            case XmlChars.Lt:
                ptr++;
                if (!Has(ptr)) return Tok.Partial;
                switch (T(ptr))
                {
                    case XmlChars.Excl: return ScanDecl(ptr + 1, out next);
                    case XmlChars.Quest: return ScanPi(ptr + 1, out next);
                    case XmlChars.Nmstrt:
                    case XmlChars.Hex:
                        next = ptr - 1;
                        return Tok.InstanceStart;
                }
                return Fail(ptr, out next);
            case XmlChars.Cr:
            case XmlChars.S:
            case XmlChars.Lf:
                if (T(ptr) == XmlChars.Cr && ptr + 1 == _end && !_endInvalid) { next = _end; Incomplete = true; return Tok.PrologS; }
                for (;;)
                {
                    ptr++;
                    if (!Has(ptr)) break;
                    var t = T(ptr);
                    if (t is XmlChars.S or XmlChars.Lf) continue;
                    // A CR at the very end may be the first half of CR LF: it waits for what follows.
                    if (t == XmlChars.Cr && ptr + 1 != _end) continue;
                    next = ptr;
                    return Tok.PrologS;
                }
                next = ptr;
                return Tok.PrologS;
            case XmlChars.Percnt: return ScanPercent(ptr + 1, out next);
            case XmlChars.Comma: next = ptr + 1; return Tok.Comma;
            case XmlChars.Lsqb: next = ptr + 1; return Tok.OpenBracket;
            case XmlChars.Rsqb:
                ptr++;
                if (!Has(ptr)) { next = ptr; Incomplete = true; return Tok.CloseBracket; }
                if (T(ptr) == XmlChars.Rsqb)
                {
                    if (!Has(ptr + 1)) return Tok.Partial;
                    if (T(ptr + 1) == XmlChars.Gt) { next = ptr + 2; return Tok.CondSectClose; }
                }
                next = ptr;
                return Tok.CloseBracket;
            case XmlChars.Lpar: next = ptr + 1; return Tok.OpenParen;
            case XmlChars.Rpar:
                ptr++;
                if (!Has(ptr)) { next = ptr; Incomplete = true; return Tok.CloseParen; }
                switch (T(ptr))
                {
                    case XmlChars.Ast: next = ptr + 1; return Tok.CloseParenAsterisk;
                    case XmlChars.Quest: next = ptr + 1; return Tok.CloseParenQuestion;
                    case XmlChars.Plus: next = ptr + 1; return Tok.CloseParenPlus;
                    case XmlChars.Cr: case XmlChars.Lf: case XmlChars.S: case XmlChars.Gt: case XmlChars.Comma:
                    case XmlChars.Verbar: case XmlChars.Rpar:
                        next = ptr;
                        return Tok.CloseParen;
                }
                return Fail(ptr, out next);
            case XmlChars.Verbar: next = ptr + 1; return Tok.Or;
            case XmlChars.Gt: next = ptr + 1; return Tok.DeclClose;
            case XmlChars.Num: return ScanPoundName(ptr + 1, out next);
            case XmlChars.Nmstrt:
            case XmlChars.Hex:
                tok = Tok.Name;
                ptr++;
                break;
            case XmlChars.Digit:
            case XmlChars.Name:
            case XmlChars.Minus:
            case XmlChars.Period:
            case XmlChars.Colon:
                tok = Tok.Nmtoken;
                ptr++;
                break;
            default:
                return Fail(ptr, out next);
        }
        while (Has(ptr))
        {
            var t = T(ptr);
            if (IsNameType(t)) { ptr++; continue; }
            switch (t)
            {
                case XmlChars.Gt: case XmlChars.Rpar: case XmlChars.Comma: case XmlChars.Verbar: case XmlChars.Lsqb:
                case XmlChars.Percnt: case XmlChars.S: case XmlChars.Cr: case XmlChars.Lf:
                    next = ptr;
                    return tok;
                case XmlChars.Colon:
                    ptr++;
                    if (tok == Tok.Name)
                    {
                        if (!Has(ptr)) return Tok.Partial;
                        tok = IsNameStartType(T(ptr)) ? Tok.PrefixedName : Tok.Nmtoken;
                    }
                    else if (tok == Tok.PrefixedName) tok = Tok.Nmtoken;
                    continue;
                case XmlChars.Plus:
                    if (tok == Tok.Nmtoken) return Fail(ptr, out next);
                    next = ptr + 1;
                    return Tok.NamePlus;
                case XmlChars.Ast:
                    if (tok == Tok.Nmtoken) return Fail(ptr, out next);
                    next = ptr + 1;
                    return Tok.NameAsterisk;
                case XmlChars.Quest:
                    if (tok == Tok.Nmtoken) return Fail(ptr, out next);
                    next = ptr + 1;
                    return Tok.NameQuestion;
                default:
                    return Fail(ptr, out next);
            }
        }
        next = ptr;
        Incomplete = true;
        return tok;
    }

    /// <summary>scanLit: a quoted literal; what follows the closing quote must end a token.</summary>
    private Tok ScanLit(int open, int ptr, out int next)
    {
        next = ptr;
        while (Has(ptr))
        {
            var t = T(ptr);
            if (t == XmlChars.Nonxml) return Fail(ptr, out next);
            ptr++;
            if (t != open) continue;
            next = ptr;
            if (!Has(ptr)) { Incomplete = true; return Tok.Literal; }
            switch (T(ptr))
            {
                case XmlChars.S: case XmlChars.Cr: case XmlChars.Lf: case XmlChars.Gt: case XmlChars.Percnt:
                case XmlChars.Lsqb:
                    return Tok.Literal;
            }
            return Tok.Invalid;
        }
        return Tok.Partial;
    }

    /// <summary>scanDecl: after '&lt;!' — a comment, a conditional section or a declaration keyword.</summary>
    private Tok ScanDecl(int ptr, out int next)
    {
        next = ptr;
        if (!Has(ptr)) return Tok.Partial;
        switch (T(ptr))
        {
            case XmlChars.Minus: return ScanComment(ptr + 1, out next);
            case XmlChars.Lsqb: next = ptr + 1; return Tok.CondSectOpen;
            case XmlChars.Nmstrt:
            case XmlChars.Hex:
                ptr++;
                break;
            default:
                return Fail(ptr, out next);
        }
        while (Has(ptr))
        {
            switch (T(ptr))
            {
                case XmlChars.Percnt:
                    // "<!ENTITY% foo" is not allowed: '%' must be followed by a space.
                    if (!Has(ptr + 1)) return Tok.Partial;
                    if (T(ptr + 1) is XmlChars.S or XmlChars.Cr or XmlChars.Lf or XmlChars.Percnt) return Fail(ptr, out next);
                    next = ptr;
                    return Tok.DeclOpen;
                case XmlChars.S: case XmlChars.Cr: case XmlChars.Lf:
                    next = ptr;
                    return Tok.DeclOpen;
                case XmlChars.Nmstrt: case XmlChars.Hex:
                    ptr++;
                    break;
                default:
                    return Fail(ptr, out next);
            }
        }
        return Tok.Partial;
    }

    /// <summary>scanPercent: '%' then a name and ';' (a reference) or a space (a parameter entity declaration).</summary>
    private Tok ScanPercent(int ptr, out int next)
    {
        next = ptr;
        if (!Has(ptr)) return Tok.Partial;
        var t = T(ptr);
        if (t is XmlChars.S or XmlChars.Lf or XmlChars.Cr or XmlChars.Percnt) { next = ptr; return Tok.Percent; }
        if (!IsNameStartType(t)) return Fail(ptr, out next);
        for (ptr++; Has(ptr); ptr++)
        {
            t = T(ptr);
            if (IsNameType(t)) continue;
            if (t == XmlChars.Semi) { next = ptr + 1; return Tok.ParamEntityRef; }
            return Fail(ptr, out next);
        }
        return Tok.Partial;
    }

    /// <summary>scanPoundName: '#' then a keyword (#PCDATA, #REQUIRED, #IMPLIED, #FIXED).</summary>
    private Tok ScanPoundName(int ptr, out int next)
    {
        next = ptr;
        if (!Has(ptr)) return Tok.Partial;
        if (!IsNameStartType(T(ptr))) return Fail(ptr, out next);
        for (ptr++; Has(ptr); ptr++)
        {
            var t = T(ptr);
            if (IsNameType(t)) continue;
            switch (t)
            {
                case XmlChars.Cr: case XmlChars.Lf: case XmlChars.S: case XmlChars.Rpar: case XmlChars.Gt:
                case XmlChars.Percnt: case XmlChars.Verbar:
                    next = ptr;
                    return Tok.PoundName;
            }
            return Fail(ptr, out next);
        }
        next = ptr;
        Incomplete = true;
        return Tok.PoundName;
    }
}
