namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatParser
{
    /// <summary>
    /// processXmlDecl: the XML declaration (or, in an external entity, the text declaration) from '&lt;?xml' to
    /// '?&gt;', parsed by expat's strict pseudo-attribute rules; the XmlDeclHandler is called before the encoding
    /// is acted on.
    /// </summary>
    private ExpatError ProcessXmlDecl(bool textDecl, int start, int end)
    {
        var chars = CurrentBuffer;
        var ptr = start + 5;
        var limit = end - 2;
        string? version = null, encodingName = null;
        var encodingAt = -1;
        var standalone = -1;
        ExpatError Bad(int at)
        {
            Event(at, at);
            return textDecl ? ExpatError.TextDecl : ExpatError.XmlDecl;
        }
        if (!PseudoAttribute(chars, ref ptr, limit, out var name, out var value, out var valueAt)) return Bad(ptr);
        if (name is null) return Bad(ptr);
        if (name.Value.Text != "version")
        {
            if (!textDecl) return Bad(name.Value.At);
        }
        else
        {
            version = value;
            if (!PseudoAttribute(chars, ref ptr, limit, out name, out value, out valueAt)) return Bad(ptr);
            if (name is null && textDecl) return Bad(ptr);
        }
        if (name is { Text: "encoding" })
        {
            var c = value!.Length > 0 ? value[0] : '\0';
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return Bad(valueAt);
            encodingName = value;
            encodingAt = valueAt;
            if (!PseudoAttribute(chars, ref ptr, limit, out name, out value, out valueAt)) return Bad(ptr);
        }
        if (name is not null)
        {
            if (name.Value.Text != "standalone" || textDecl) return Bad(name.Value.At);
            if (value == "yes") standalone = 1;
            else if (value == "no") standalone = 0;
            else return Bad(valueAt);
            while (ptr < limit && XmlChars.IsSpace(chars[ptr])) ptr++;
            if (ptr != limit) return Bad(ptr);
        }
        if (!textDecl && standalone == 1)
        {
            _dtd.Standalone = true;
            if (ParamEntityParsing == 1) ParamEntityParsing = 0;
        }
        if (Has(HandlerKind.XmlDecl)) _sink.XmlDecl(version, encodingName, standalone);
        else ReportDefault(start, end);
        return encodingName is null ? ExpatError.None : ApplyDeclaredEncoding(encodingName, encodingAt, end);
    }

    /// <summary>parsePseudoAttribute: space, a name, '=', a quoted value of [A-Za-z0-9._-]; name is null at the end.</summary>
    private static bool PseudoAttribute(char[] chars, ref int ptr, int end, out (string Text, int At)? name, out string? value, out int valueAt)
    {
        name = null;
        value = null;
        valueAt = ptr;
        if (ptr == end) return true;
        if (!XmlChars.IsSpace(chars[ptr])) return false;
        do ptr++; while (ptr < end && XmlChars.IsSpace(chars[ptr]));
        if (ptr == end) return true;
        var nameStart = ptr;
        int nameEnd;
        for (;;)
        {
            var c = ptr < end ? chars[ptr] : -1;
            if (c == -1 || c >= 0x80) return false;
            if (c == '=') { nameEnd = ptr; break; }
            if (XmlChars.IsSpace((char)c))
            {
                nameEnd = ptr;
                do ptr++; while (ptr < end && XmlChars.IsSpace(chars[ptr]));
                if (ptr >= end || chars[ptr] != '=') return false;
                break;
            }
            ptr++;
        }
        if (ptr == nameStart) return false;
        ptr++;
        while (ptr < end && XmlChars.IsSpace(chars[ptr])) ptr++;
        if (ptr >= end || (chars[ptr] != '"' && chars[ptr] != '\'')) return false;
        var open = chars[ptr];
        ptr++;
        valueAt = ptr;
        for (; ; ptr++)
        {
            if (ptr >= end) return false;
            var c = chars[ptr];
            if (c == open) break;
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_')) return false;
        }
        value = new string(chars, valueAt, ptr - valueAt);
        name = (new string(chars, nameStart, nameEnd - nameStart), nameStart);
        ptr++;
        return true;
    }
}
