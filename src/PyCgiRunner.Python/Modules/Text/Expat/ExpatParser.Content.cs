using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatParser
{
    private char[] CurrentBuffer => InEntity ? _entities[^1].Text : _in.Chars;

    private ref int Cursor => ref InEntity ? ref _entities[^1].Pos : ref _pos;

    private void LoadTokenizer()
    {
        if (InEntity)
        {
            var text = _entities[^1].Text;
            _tok.Reset(text, text.Length, false);
        }
        else _tok.Reset(_in.Chars, _in.Length, _in.EndInvalid);
    }

    /// <summary>More input may come: an incomplete token at the end of the document waits for it.</summary>
    private bool HaveMore => !InEntity && !_final;

    /// <summary>The error for a token cut by the end of the input (expat's PARTIAL / PARTIAL_CHAR).</summary>
    private ExpatError Unclosed() => !InEntity && _in.HasPartialChar ? ExpatError.PartialChar : ExpatError.UnclosedToken;

    /// <summary>What the end of the input means when bytes are left over, or None.</summary>
    private ExpatError Leftover => InEntity ? ExpatError.None : _in.LeftoverError;

    /// <summary>doContent: the tokens of element content, from the document or an entity's replacement text.</summary>
    private ExpatError DoContent()
    {
        if (_atEntityStart && _proc == Processor.ExternalContent)
        {
            SkipBom();
            LoadTokenizer();
            var first = _tok.Content(_pos, out var end);
            if (first == Tok.Partial && HaveMore) return ExpatError.None;
            _atEntityStart = false;
            if (first == Tok.XmlDecl)
            {
                Event(_pos, end);
                var error = ProcessXmlDecl(true, _pos, end);
                if (error != ExpatError.None) return error;
                _pos = end;
            }
        }
        for (;;)
        {
            if (_stopped) return ExpatError.Aborted;
            _py?.Tick();
            LoadTokenizer();
            ref var cursor = ref Cursor;
            var s = cursor;
            var tok = _tok.Content(s, out var next);
            Event(s, next);
            switch (tok)
            {
                case Tok.TrailingCr:
                    if (HaveMore) return ExpatError.None;
                    if (Has(HandlerKind.CharacterData)) _sink.CharacterData("\n");
                    else ReportDefault(s, CurrentBufferEnd);
                    cursor = CurrentBufferEnd;
                    if (!InEntity) return EndOfContent(_in.Length);
                    continue;
                case Tok.None:
                    if (InEntity)
                    {
                        var error = CloseEntity();
                        if (error != ExpatError.None) return error;
                        continue;
                    }
                    if (HaveMore) return ExpatError.None;
                    if (Leftover != ExpatError.None) return Leftover;
                    return EndOfContent(s);
                case Tok.Invalid:
                    Event(next, next);
                    return ExpatError.InvalidToken;
                case Tok.Partial:
                    if (HaveMore) return ExpatError.None;
                    return Unclosed();
                case Tok.EntityRef:
                {
                    cursor = next;
                    var error = EntityReference(s, next);
                    if (error != ExpatError.None) return error;
                    continue;
                }
                case Tok.CharRef:
                {
                    var n = CharRefNumber(CurrentBuffer, s, next);
                    if (n < 0) return ExpatError.BadCharRef;
                    if (Has(HandlerKind.CharacterData)) _sink.CharacterData(char.ConvertFromUtf32(n));
                    else ReportDefault(s, next);
                    break;
                }
                case Tok.XmlDecl:
                    return ExpatError.MisplacedXmlPi;
                case Tok.DataNewline:
                    if (Has(HandlerKind.CharacterData)) _sink.CharacterData("\n");
                    else ReportDefault(s, next);
                    break;
                case Tok.CdataSectOpen:
                    if (Has(HandlerKind.StartCdataSection)) _sink.StartCdataSection();
                    else ReportDefault(s, next);
                    cursor = next;
                    if (InEntity) continue;
                    _proc = Processor.Cdata;
                    return ExpatError.None;
                case Tok.TrailingRsqb:
                    if (HaveMore) return ExpatError.None;
                    ReportData(s, CurrentBufferEnd);
                    cursor = CurrentBufferEnd;
                    Event(cursor, cursor);
                    if (!InEntity) return EndOfContent(_in.Length);
                    continue;
                case Tok.DataChars:
                    ReportData(s, next);
                    break;
                case Tok.Pi:
                    ReportPi(s, next);
                    break;
                case Tok.Comment:
                    ReportComment(s, next);
                    break;
                case Tok.StartTagNoAtts:
                case Tok.StartTagWithAtts:
                case Tok.EmptyElementNoAtts:
                case Tok.EmptyElementWithAtts:
                {
                    var error = StartTag(tok, s, next);
                    if (error != ExpatError.None) return error;
                    cursor = next;
                    if (_tags.Count == 0 && _proc == Processor.Content && !InEntity)
                    {
                        _proc = Processor.Epilog;
                        return ExpatError.None;
                    }
                    continue;
                }
                case Tok.EndTag:
                {
                    var error = EndTag(s, next);
                    if (error != ExpatError.None) return error;
                    cursor = next;
                    if (_tags.Count == 0 && _proc == Processor.Content && !InEntity)
                    {
                        _proc = Processor.Epilog;
                        return ExpatError.None;
                    }
                    continue;
                }
            }
            cursor = next;
        }
    }

    private int CurrentBufferEnd => InEntity ? _entities[^1].Text.Length : _in.Length;

    /// <summary>The input ended inside the document element (or at the end of an external entity).</summary>
    private ExpatError EndOfContent(int at)
    {
        if (_proc == Processor.ExternalContent)
        {
            _pos = at;
            return _tags.Count != 0 ? ExpatError.AsyncEntity : ExpatError.None;
        }
        return ExpatError.NoElements;
    }

    /// <summary>doCdataSection: the text of a CDATA section up to ']]&gt;'.</summary>
    private ExpatError DoCdataSection()
    {
        for (;;)
        {
            if (_stopped) return ExpatError.Aborted;
            _py?.Tick();
            LoadTokenizer();
            var s = _pos;
            var tok = _tok.Cdata(s, out var next);
            Event(s, next);
            switch (tok)
            {
                case Tok.CdataSectClose:
                    if (Has(HandlerKind.EndCdataSection)) _sink.EndCdataSection();
                    else ReportDefault(s, next);
                    _pos = next;
                    _proc = _parent is not null && _context is not null ? Processor.ExternalContent : Processor.Content;
                    return ExpatError.None;
                case Tok.DataNewline:
                    if (Has(HandlerKind.CharacterData)) _sink.CharacterData("\n");
                    else ReportDefault(s, next);
                    break;
                case Tok.DataChars:
                    ReportData(s, next);
                    break;
                case Tok.Invalid:
                    Event(next, next);
                    return ExpatError.InvalidToken;
                case Tok.Partial:
                case Tok.None:
                    if (HaveMore) return ExpatError.None;
                    return Leftover != ExpatError.None ? Leftover : ExpatError.UnclosedCdataSection;
            }
            _pos = next;
        }
    }
}
