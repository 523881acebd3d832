namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatParser
{
    /// <summary>XML_ROLE_INSTANCE_START: without a DOCTYPE, UseForeignDTD's last chance to read an external subset.</summary>
    private ExpatError ForeignDtd()
    {
        if (!UseForeignDtd) return ExpatError.None;
        var had = _dtd.HasParamEntityRefs;
        _dtd.HasParamEntityRefs = true;
        if (ParamEntityParsing == 0 || !Has(HandlerKind.ExternalEntityRef)) return ExpatError.None;
        _externalSubset = new Entity("#", true) { Base = Base };
        return ReadExternalSubset(had, true);
    }

    /// <summary>A public id literal: PubidChar only (XML_ERROR_PUBLICID at the first other one), spaces collapsed.</summary>
    private ExpatError PublicIdLiteral(int s, int next, out string pubid)
    {
        var buf = CurrentBuffer;
        pubid = "";
        for (var i = s + 1; i < next - 1; i++)
        {
            if (XmlChars.IsPubidChar(buf[i])) continue;
            Event(i, i);
            return ExpatError.Publicid;
        }
        pubid = string.Join(' ', new string(buf, s + 1, next - s - 2).Split([' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return ExpatError.None;
    }

    /// <summary>doEpilog: after the document element only comments, PIs and white space may follow.</summary>
    private ExpatError DoEpilog()
    {
        for (;;)
        {
            if (_stopped) return ExpatError.Aborted;
            LoadTokenizer();
            var s = _pos;
            var tok = _tok.Prolog(s, out var next);
            Event(s, next);
            switch (tok)
            {
                case Tok.PrologS when _tok.Incomplete:
                    ReportDefault(s, next);
                    _pos = next;
                    return ExpatError.None;
                case Tok.None:
                    if (Leftover != ExpatError.None && !HaveMore) return Leftover;
                    return ExpatError.None;
                case Tok.PrologS: ReportDefault(s, next); break;
                case Tok.Pi: ReportPi(s, next); break;
                case Tok.Comment: ReportComment(s, next); break;
                case Tok.Invalid:
                    Event(next, next);
                    return ExpatError.InvalidToken;
                case Tok.Partial:
                    if (HaveMore) return ExpatError.None;
                    return Unclosed();
                default:
                    return ExpatError.JunkAfterDocElement;
            }
            _pos = next;
        }
    }
}
