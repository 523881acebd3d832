namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatParser
{
    /// <summary>
    /// Character data to the handler: text from an encoding expat converts arrives in pieces of at most 1024
    /// UTF-8 bytes (its conversion buffer), entity text and UTF-8 input in one piece.
    /// </summary>
    private void ReportData(int start, int end)
    {
        if (!Has(HandlerKind.CharacterData))
        {
            ReportDefault(start, end);
            return;
        }
        var buf = CurrentBuffer;
        if (InEntity || !_in.Encoding!.Converts)
        {
            _sink.CharacterData(new string(buf, start, end - start));
            return;
        }
        while (start < end)
        {
            var piece = start;
            var bytes = 0;
            while (piece < end)
            {
                var c = buf[piece];
                var width = c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : 3;
                if (bytes + width > 1024) break;
                bytes += width;
                piece += width == 4 ? 2 : 1;
            }
            Event(start, piece);
            _sink.CharacterData(new string(buf, start, piece - start));
            start = piece;
            if (!Has(HandlerKind.CharacterData)) return;
        }
    }

    /// <summary>The raw text of a token to the DefaultHandler, for tokens no other handler took.</summary>
    private void ReportDefault(int start, int end)
    {
        if (Has(HandlerKind.Default) && end > start) _sink.Default(new string(CurrentBuffer, start, end - start));
    }

    private void ReportPi(int start, int end)
    {
        if (!Has(HandlerKind.ProcessingInstruction))
        {
            ReportDefault(start, end);
            return;
        }
        var buf = CurrentBuffer;
        var p = start + 2;
        while (p < end - 2 && !XmlChars.IsSpace(buf[p])) p++;
        var target = new string(buf, start + 2, p - start - 2);
        while (p < end - 2 && XmlChars.IsSpace(buf[p])) p++;
        _sink.ProcessingInstruction(target, NormalizeLines(buf, p, end - 2));
    }

    private void ReportComment(int start, int end)
    {
        if (Has(HandlerKind.Comment)) _sink.Comment(NormalizeLines(CurrentBuffer, start + 4, end - 3));
        else ReportDefault(start, end);
    }

    /// <summary>normalizeLines: CR LF and lone CR become LF (XML 1.0 §2.11).</summary>
    private static string NormalizeLines(char[] buf, int start, int end)
    {
        var sb = new System.Text.StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = buf[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < end && buf[i + 1] == '\n') i++;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>XmlCharRefNumber: the code point of '&amp;#...;', or -1 when it is not an XML character.</summary>
    private static int CharRefNumber(char[] buf, int start, int end)
    {
        var hex = buf[start + 2] == 'x';
        long n = 0;
        for (var i = start + (hex ? 3 : 2); i < end - 1; i++)
        {
            var c = buf[i];
            n = hex ? n * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10) : n * 10 + (c - '0');
            if (n > 0x10FFFF) return -1;
        }
        return XmlChars.IsXmlChar((int)n) ? (int)n : -1;
    }
}
