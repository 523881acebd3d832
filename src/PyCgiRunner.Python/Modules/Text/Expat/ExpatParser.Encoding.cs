namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatParser
{
    /// <summary>
    /// expat's initScan: the encoding given to ParserCreate, else the byte-order mark or the "&lt;?" pattern of
    /// UTF-16, else UTF-8. Waits while the first bytes cannot decide yet.
    /// </summary>
    private ExpatError Initialize()
    {
        var n = _in.RawCount;
        InputEncoding? encoding = null;
        if (_protocolEncoding is not null)
        {
            var upper = _protocolEncoding.ToUpperInvariant();
            if (upper == "UTF-16" && n < 2 && !_final) return ExpatError.None;
            var bigEndian = !(n >= 2 && ((_in.RawAt(0) == 0xFF && _in.RawAt(1) == 0xFE) || (_in.RawAt(0) == 0x3C && _in.RawAt(1) == 0)));
            encoding = InputEncoding.Known(_protocolEncoding, bigEndian) ?? Unknown(_protocolEncoding);
            if (encoding is null) return ExpatError.UnknownEncoding;
        }
        else
        {
            if (n == 0 && !_final) return ExpatError.None;
            // A first byte that might begin a byte-order mark, cut off by the end: expat's initScan says PARTIAL.
            if (_final && ((n == 1 && _in.RawAt(0) is 0xFE or 0xFF or 0xEF or 0x00) || (n == 2 && _in.RawAt(0) == 0xEF && _in.RawAt(1) == 0xBB)))
                return ExpatError.UnclosedToken;
            if (n == 1 && !_final && _in.RawAt(0) is 0xFE or 0xFF or 0xEF or 0x00 or 0x3C) return ExpatError.None;
            if (n >= 2)
            {
                int b0 = _in.RawAt(0), b1 = _in.RawAt(1);
                if (b0 == 0xFE && b1 == 0xFF) encoding = InputEncoding.Utf16Be;
                else if (b0 == 0xFF && b1 == 0xFE) encoding = InputEncoding.Utf16Le;
                else if (b0 == 0x3C && b1 == 0x00) encoding = InputEncoding.Utf16Le;
                else if (b0 == 0x00 && b1 == 0x3C) encoding = InputEncoding.Utf16Be;
                else if (b0 == 0xEF && b1 == 0xBB && n == 2 && !_final) return ExpatError.None;
                // A document can only start with ASCII, so a zero byte first or second means UTF-16.
                else if (b0 == 0x00) encoding = InputEncoding.Utf16Be;
                else if (b1 == 0x00 && _context is null && _parent is null) encoding = InputEncoding.Utf16Le;
            }
            encoding ??= InputEncoding.Utf8;
        }
        _in.SetEncoding(encoding);
        _proc = _parent is null ? Processor.Prolog : _context is null ? Processor.ExternalDtd : Processor.ExternalContent;
        _atEntityStart = true;
        return ExpatError.None;
    }

    private bool _atEntityStart;

    private InputEncoding? Unknown(string name)
    {
        var map = _unknownEncoding(name);
        return map is null ? null : new InputEncoding(InputEncoding.Kind.Table, map);
    }

    /// <summary>Skips a byte-order mark at the start of an entity (expat's XML_TOK_BOM).</summary>
    private void SkipBom()
    {
        if (!_atEntityStart) return;
        if (_pos == 0 && _in.Length > 0 && _in.Chars[0] == '\uFEFF') _pos = 1;
    }

    /// <summary>
    /// processXmlDecl's encoding part: a declared encoding replaces the detected one unless ParserCreate named
    /// one; it must have the same character width (XML_ERROR_INCORRECT_ENCODING), and an encoding expat does not
    /// know is built from a Python codec (XML_ERROR_UNKNOWN_ENCODING when that fails).
    /// </summary>
    private ExpatError ApplyDeclaredEncoding(string name, int nameStart, int declEnd)
    {
        if (_protocolEncoding is not null || InEntity) return ExpatError.None;
        var current = _in.Encoding!;
        var known = InputEncoding.Known(name, current.Type != InputEncoding.Kind.Utf16Le);
        if (known is not null)
        {
            if (known.MinBytesPerChar != current.MinBytesPerChar || (known.MinBytesPerChar == 2 && known != current))
            {
                Event(nameStart, nameStart);
                return ExpatError.IncorrectEncoding;
            }
            if (known != current) _in.SwitchEncoding(known, declEnd);
            return ExpatError.None;
        }
        var table = Unknown(name);
        if (table is null || current.MinBytesPerChar != 1)
        {
            Event(nameStart, nameStart);
            return ExpatError.UnknownEncoding;
        }
        _in.SwitchEncoding(table, declEnd);
        return ExpatError.None;
    }
}
