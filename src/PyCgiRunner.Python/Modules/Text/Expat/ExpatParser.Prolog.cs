using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatParser
{
    private enum PrologState { Start, Misc, DoctypeName, DoctypeAfterName, DoctypePubid, DoctypeSysid, DoctypeAfterId, Subset, DoctypeClose, AfterDoctype }

    private PrologState _ps;
    private string? _doctypeName;
    private string? _doctypeSysid;
    private string? _doctypePubid;
    private bool _hasDoctypeSysid;
    private bool _doctypeReported;
    private Entity? _externalSubset;

    /// <summary>doProlog: the XML declaration, comments and PIs, the document type declaration and its subset.</summary>
    private ExpatError DoProlog()
    {
        if (_ps == PrologState.Start && !InEntity) SkipBom();
        for (;;)
        {
            if (_stopped) return ExpatError.Aborted;
            _py?.Tick();
            LoadTokenizer();
            ref var cursor = ref Cursor;
            var s = cursor;
            var tok = _tok.Prolog(s, out var next);
            Event(s, next);
            if ((tok is Tok.None or Tok.Partial || _tok.Incomplete) && HaveMore) return ExpatError.None;
            switch (tok)
            {
                case Tok.Invalid:
                    Event(next, next);
                    return ExpatError.InvalidToken;
                case Tok.Partial:
                    return Unclosed();
                case Tok.None:
                    if (InEntity)
                    {
                        var frame = _entities[^1];
                        if (_ps != PrologState.Subset) return ExpatError.IncompletePe;
                        frame.Entity.Open = false;
                        _entities.RemoveAt(_entities.Count - 1);
                        continue;
                    }
                    if (Leftover != ExpatError.None) return Leftover;
                    if (!_externalSubsetMode) return ExpatError.NoElements;
                    return _includeDepth > 0 ? ExpatError.Syntax : ExpatError.None;
            }
            if (_ps == PrologState.Subset && (_externalSubsetMode || InEntity) && tok is Tok.CondSectOpen or Tok.CondSectClose)
            {
                if (tok == Tok.CondSectClose)
                {
                    if (_includeDepth == 0) return ExpatError.Syntax;
                    _includeDepth--;
                    cursor = next;
                    continue;
                }
                var result = ConditionalSection(s, out var sectionEnd, out var sectionError);
                if (result == DeclResult.Wait) return ExpatError.None;
                if (result == DeclResult.Error) return sectionError;
                cursor = sectionEnd;
                continue;
            }
            if (tok == Tok.InstanceStart && _ps is PrologState.Start or PrologState.Misc or PrologState.AfterDoctype)
            {
                var error = ForeignDtd();
                if (error != ExpatError.None) return error;
                _proc = Processor.Content;
                return ExpatError.None;
            }
            if (tok == Tok.DeclOpen && _ps == PrologState.Subset)
            {
                var result = Declaration(s, out var end);
                if (result == DeclResult.Wait) return ExpatError.None;
                if (result == DeclResult.Error) return _declError;
                cursor = end;
                continue;
            }
            // The position moves on before the token is acted on: a parameter entity reference opens its text.
            cursor = next;
            var err = PrologToken(tok, s, next);
            if (err != ExpatError.None) return err;
            if (_proc != Processor.Prolog) return ExpatError.None;
        }
    }

    private ExpatError PrologToken(Tok tok, int s, int next)
    {
        var state = _ps;
        if (state == PrologState.Start) _ps = PrologState.Misc;
        if (tok == Tok.PrologS)
        {
            if (state is PrologState.Start or PrologState.Misc or PrologState.AfterDoctype or PrologState.Subset) ReportDefault(s, next);
            else DoctypeDefault(s, next);
            if (state == PrologState.Start) _ps = PrologState.Misc;
            return ExpatError.None;
        }
        switch (state)
        {
            case PrologState.Start:
            case PrologState.Misc:
            case PrologState.AfterDoctype:
                switch (tok)
                {
                    case Tok.XmlDecl:
                        return state == PrologState.Start ? ProcessXmlDecl(_parent is not null, s, next) : ExpatError.MisplacedXmlPi;
                    case Tok.Pi: ReportPi(s, next); return ExpatError.None;
                    case Tok.Comment: ReportComment(s, next); return ExpatError.None;
                    case Tok.DeclOpen when state != PrologState.AfterDoctype && Word(s + 2, next) == "DOCTYPE":
                        DoctypeDefault(s, next);
                        _ps = PrologState.DoctypeName;
                        return ExpatError.None;
                }
                break;
            case PrologState.DoctypeName:
                if (tok is Tok.Name or Tok.PrefixedName)
                {
                    if (Has(HandlerKind.StartDoctypeDecl)) _doctypeName = Word(s, next);
                    DoctypeDefault(s, next);
                    _ps = PrologState.DoctypeAfterName;
                    return ExpatError.None;
                }
                break;
            case PrologState.DoctypeAfterName:
            case PrologState.DoctypeAfterId:
                if (tok == Tok.OpenBracket)
                {
                    ReportDoctypeStart(true, s, next);
                    _ps = PrologState.Subset;
                    return ExpatError.None;
                }
                if (tok == Tok.DeclClose) return DoctypeClose(s, next);
                if (state == PrologState.DoctypeAfterName && tok == Tok.Name)
                {
                    var word = Word(s, next);
                    if (word is "SYSTEM" or "PUBLIC")
                    {
                        DoctypeDefault(s, next);
                        _ps = word == "SYSTEM" ? PrologState.DoctypeSysid : PrologState.DoctypePubid;
                        return ExpatError.None;
                    }
                }
                break;
            case PrologState.DoctypePubid:
                if (tok == Tok.Literal)
                {
                    UseForeignDtd = false;
                    _dtd.HasParamEntityRefs = true;
                    var error = PublicIdLiteral(s, next, out var pubid);
                    if (error != ExpatError.None) return error;
                    _externalSubset ??= new Entity("#", true);
                    _externalSubset.PublicId = pubid;
                    if (Has(HandlerKind.StartDoctypeDecl)) _doctypePubid = pubid;
                    DoctypeDefault(s, next);
                    _ps = PrologState.DoctypeSysid;
                    return ExpatError.None;
                }
                break;
            case PrologState.DoctypeSysid:
                if (tok == Tok.Literal)
                {
                    var sysid = new string(CurrentBuffer, s + 1, next - s - 2);
                    if (Has(HandlerKind.StartDoctypeDecl)) _doctypeSysid = sysid;
                    _hasDoctypeSysid = true;
                    DoctypeDefault(s, next);
                    if (!_dtd.Standalone && ParamEntityParsing == 0 && Has(HandlerKind.NotStandalone) && !_sink.NotStandalone())
                        return ExpatError.NotStandalone;
                    _externalSubset ??= new Entity("#", true);
                    _externalSubset.SystemId = sysid;
                    _externalSubset.Base = Base;
                    _ps = PrologState.DoctypeAfterId;
                    return ExpatError.None;
                }
                break;
            case PrologState.Subset:
                switch (tok)
                {
                    case Tok.Pi: ReportPi(s, next); return ExpatError.None;
                    case Tok.Comment: ReportComment(s, next); return ExpatError.None;
                    case Tok.ParamEntityRef: return ParamEntityReference(s, next);
                    case Tok.CloseBracket:
                        if (InEntity) break;
                        DoctypeDefault(s, next);
                        _ps = PrologState.DoctypeClose;
                        return ExpatError.None;
                }
                break;
            case PrologState.DoctypeClose:
                if (tok == Tok.DeclClose) return DoctypeClose(s, next);
                break;
        }
        if (tok == Tok.ParamEntityRef) return ExpatError.ParamEntityRef;
        if (tok == Tok.XmlDecl) return ExpatError.MisplacedXmlPi;
        return ExpatError.Syntax;
    }

    private string Word(int start, int end) => new(CurrentBuffer, start, end - start);

    /// <summary>DOCTYPE tokens go to the DefaultHandler unless a StartDoctypeDeclHandler takes the declaration.</summary>
    private void DoctypeDefault(int s, int next)
    {
        if (!Has(HandlerKind.StartDoctypeDecl)) ReportDefault(s, next);
    }

    private void ReportDoctypeStart(bool internalSubset, int s, int next)
    {
        if (_doctypeName is not null && !_doctypeReported && Has(HandlerKind.StartDoctypeDecl))
        {
            _doctypeReported = true;
            _sink.StartDoctypeDecl(_doctypeName, _doctypeSysid, _doctypePubid, internalSubset);
        }
        else if (internalSubset) DoctypeDefault(s, next);
    }

    /// <summary>The '&gt;' of the DOCTYPE: the start handler if not yet called, the external subset, the end handler.</summary>
    private ExpatError DoctypeClose(int s, int next)
    {
        if (!_doctypeReported) ReportDoctypeStart(false, s, next);
        if (_hasDoctypeSysid || UseForeignDtd)
        {
            var had = _dtd.HasParamEntityRefs;
            _dtd.HasParamEntityRefs = true;
            if (ParamEntityParsing != 0 && Has(HandlerKind.ExternalEntityRef))
            {
                _externalSubset ??= new Entity("#", true);
                if (UseForeignDtd) _externalSubset.Base = Base;
                var error = ReadExternalSubset(had, !_hasDoctypeSysid);
                if (error != ExpatError.None) return error;
            }
            UseForeignDtd = false;
        }
        if (Has(HandlerKind.EndDoctypeDecl)) _sink.EndDoctypeDecl();
        else ReportDefault(s, next);
        _ps = PrologState.AfterDoctype;
        return ExpatError.None;
    }

    private ExpatError ReadExternalSubset(bool hadParamEntityRefs, bool restoreWhenUnread)
    {
        var subset = _externalSubset!;
        _dtd.ParamEntityRead = false;
        if (!_sink.ExternalEntityRef(null, subset.Base, subset.SystemId, subset.PublicId)) return ExpatError.ExternalEntityHandling;
        if (_dtd.ParamEntityRead)
        {
            if (!_dtd.Standalone && Has(HandlerKind.NotStandalone) && !_sink.NotStandalone()) return ExpatError.NotStandalone;
        }
        else if (restoreWhenUnread) _dtd.HasParamEntityRefs = hadParamEntityRefs;
        return ExpatError.None;
    }
}
