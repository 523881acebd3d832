namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatParser
{
    private ExpatError _declError;
    private readonly List<DeclToken> _decl = new();
    private int _declIndex;
    private ExpatError _declTerminal;
    private int _declTerminalAt;

    /// <summary>
    /// A markup declaration of the internal subset: its tokens are gathered to the closing '&gt;' first (waiting
    /// for more input when it is cut off), then acted on in order, with each token's position as the event
    /// position. A declaration cut off by the end of the input is acted on as far as it goes, then fails as expat
    /// does at that point.
    /// </summary>
    private DeclResult Declaration(int s, out int end)
    {
        end = s;
        _decl.Clear();
        _declIndex = 0;
        _declTerminal = ExpatError.None;
        var p = s;
        for (;;)
        {
            var tok = _tok.Prolog(p, out var n);
            if (tok == Tok.None || tok == Tok.Partial || (_tok.Incomplete && tok != Tok.Invalid))
            {
                if (HaveMore) return DeclResult.Wait;
                if (tok == Tok.None || tok == Tok.Partial)
                {
                    _declTerminal = InEntity || (_externalSubsetMode && tok == Tok.None) ? ExpatError.IncompletePe : tok == Tok.Partial ? Unclosed() : Leftover != ExpatError.None ? Leftover : ExpatError.NoElements;
                    _declTerminalAt = p;
                    break;
                }
            }
            if (tok == Tok.Invalid)
            {
                _declTerminal = ExpatError.InvalidToken;
                _declTerminalAt = n;
                break;
            }
            _decl.Add(new DeclToken(tok, p, n));
            p = n;
            if (tok == Tok.DeclClose) break;
        }
        end = p;
        var keyword = Word(s + 2, _decl[0].End);
        // expat's "NONE" roles of a declaration (its keyword, spaces, punctuation) go to the DefaultHandler unless
        // the declaration's handler is set (and, for ENTITY and ATTLIST, declarations are still being processed).
        _declNoneHandled = keyword switch
        {
            "ENTITY" => _dtd.KeepProcessing && Has(HandlerKind.EntityDecl),
            "ATTLIST" => _dtd.KeepProcessing && Has(HandlerKind.AttlistDecl),
            "ELEMENT" => Has(HandlerKind.ElementDecl),
            "NOTATION" => Has(HandlerKind.NotationDecl),
            _ => false,
        };
        _declCurrent = 0;
        _declCurrentHandled = _declNoneHandled;
        _declIndex = 1;
        var error = keyword switch
        {
            "ENTITY" => EntityDecl(),
            "ATTLIST" => AttlistDecl(),
            "ELEMENT" => ElementDecl(),
            "NOTATION" => NotationDecl(),
            _ => Syntax(_decl[0]),
        };
        if (error == ExpatError.None && _declTerminal != ExpatError.None) error = Terminal();
        if (error == ExpatError.None)
        {
            FlushDeclDefault();
            return DeclResult.Ok;
        }
        _declError = error;
        return DeclResult.Error;
    }

    private ExpatError Syntax(DeclToken t)
    {
        Event(t.Start, t.End);
        return t.Tok switch
        {
            Tok.ParamEntityRef => ExpatError.ParamEntityRef,
            Tok.XmlDecl => ExpatError.MisplacedXmlPi,
            _ => ExpatError.Syntax,
        };
    }

    private ExpatError Terminal()
    {
        Event(_declTerminalAt, _declTerminalAt);
        return _declTerminal;
    }

    /// <summary>The next token that is not white space, or null when the declaration was cut off.</summary>
    private DeclToken? Next()
    {
        FlushDeclDefault();
        while (_declIndex < _decl.Count)
        {
            var t = _decl[_declIndex++];
            Event(t.Start, t.End);
            if (t.Tok == Tok.PrologS)
            {
                if (!_declNoneHandled) ReportDefault(t.Start, t.End);
                continue;
            }
            _declCurrent = _declIndex - 1;
            _declCurrentHandled = _declNoneHandled;
            return t;
        }
        _declCurrent = -1;
        return null;
    }

    private bool _declNoneHandled;
    private int _declCurrent;
    private bool _declCurrentHandled;

    /// <summary>Whether a handler took the current token (expat's handleDefault = XML_FALSE for its role).</summary>
    private void Handled(bool handled) => _declCurrentHandled = handled;

    /// <summary>The token acted on last goes to the DefaultHandler if no handler took it.</summary>
    private void FlushDeclDefault()
    {
        if (_declCurrent >= 0 && !_declCurrentHandled) ReportDefault(_decl[_declCurrent].Start, _decl[_declCurrent].End);
        _declCurrent = -1;
    }

    /// <summary>The token ends the declaration ('&gt;'), or the declaration was cut off (the terminal error).</summary>
    private ExpatError Close()
    {
        var t = Next();
        if (t is null) return Terminal();
        return t.Value.Tok == Tok.DeclClose ? ExpatError.None : Syntax(t.Value);
    }

    private string TokenText(DeclToken t) => Word(t.Start, t.End);

    private string LiteralText(DeclToken t) => Word(t.Start + 1, t.End - 1);

    /// <summary>&lt;!NOTATION name (SYSTEM sys | PUBLIC pub [sys])&gt;</summary>
    private ExpatError NotationDecl()
    {
        var name = Next();
        if (name is null) return Terminal();
        if (name.Value.Tok is not (Tok.Name or Tok.PrefixedName)) return Syntax(name.Value);
        var kind = Next();
        if (kind is null) return Terminal();
        var word = kind.Value.Tok == Tok.Name ? TokenText(kind.Value) : "";
        if (word is not ("SYSTEM" or "PUBLIC")) return Syntax(kind.Value);
        var first = Next();
        if (first is null) return Terminal();
        if (first.Value.Tok != Tok.Literal) return Syntax(first.Value);
        string? pubid = null;
        string? sysid;
        if (word == "PUBLIC")
        {
            var error = PublicIdLiteral(first.Value.Start, first.Value.End, out var p);
            if (error != ExpatError.None) return error;
            pubid = p;
            var second = Next();
            if (second is null) return Terminal();
            if (second.Value.Tok == Tok.DeclClose)
            {
                if (Has(HandlerKind.NotationDecl)) _sink.NotationDecl(TokenText(name.Value), Base, null, pubid);
                return ExpatError.None;
            }
            if (second.Value.Tok != Tok.Literal) return Syntax(second.Value);
            sysid = LiteralText(second.Value);
        }
        else sysid = LiteralText(first.Value);
        if (Has(HandlerKind.NotationDecl)) _sink.NotationDecl(TokenText(name.Value), Base, sysid, pubid);
        return Close();
    }
}
