namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatInput
{
    /// <summary>Decodes the fed bytes past the last character, stopping at a malformed or non-XML character.</summary>
    private void Decode()
    {
        if (EndInvalid || Encoding is null) return;
        var i = (int)(_byteOf[Length] - _rawBase);
        var n = _rawLen;
        var raw = _raw;
        // At most one character per byte: grow once rather than doubling through a large document.
        Reserve(Length + (n - i) + 2);
        switch (Encoding.Type)
        {
            case InputEncoding.Kind.Utf8: i = DecodeUtf8(raw, i, n); break;
            case InputEncoding.Kind.Utf16Le:
            case InputEncoding.Kind.Utf16Be: i = DecodeUtf16(raw, i, n, Encoding.Type == InputEncoding.Kind.Utf16Be); break;
            default:
                var map = Encoding.Map;
                var ascii = Encoding.Type == InputEncoding.Kind.Ascii;
                for (; i < n; i++)
                {
                    int cp = map is not null ? map[raw[i]] : raw[i];
                    if (cp < 0 || (ascii && cp >= 0x80) || !XmlChars.IsXmlChar(cp)) { EndInvalid = true; break; }
                    Put((char)cp, _rawBase + i);
                }
                break;
        }
        _byteOf[Length] = _rawBase + i;
    }

    private int DecodeUtf8(byte[] raw, int i, int n)
    {
        while (i < n)
        {
            int b = raw[i];
            if (b < 0x80)
            {
                if (!XmlChars.IsXmlChar(b)) { EndInvalid = true; return i; }
                Put((char)b, _rawBase + i);
                i++;
                continue;
            }
            var len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            // A lead byte's sequence cut by the end of the data waits for more (expat's PARTIAL_CHAR).
            if (len > 1 && b <= 0xF7 && n - i < len) return i;
            var cp = Utf8Sequence(raw, i, len);
            if (cp < 0 || !XmlChars.IsXmlChar(cp)) { EndInvalid = true; return i; }
            if (cp >= 0x10000)
            {
                Put((char)(0xD800 + ((cp - 0x10000) >> 10)), _rawBase + i);
                Put((char)(0xDC00 + ((cp - 0x10000) & 0x3FF)), _rawBase + i);
            }
            else Put((char)cp, _rawBase + i);
            i += len;
        }
        return i;
    }

    /// <summary>The code point of a complete sequence, or -1 where expat's UTF8_INVALIDn rules reject it.</summary>
    private static int Utf8Sequence(byte[] raw, int i, int len)
    {
        int b0 = raw[i];
        static bool Trail(int b) => (b & 0xC0) == 0x80;
        switch (len)
        {
            case 2:
                if (b0 < 0xC2 || !Trail(raw[i + 1])) return -1;
                return ((b0 & 0x1F) << 6) | (raw[i + 1] & 0x3F);
            case 3:
            {
                int b1 = raw[i + 1], b2 = raw[i + 2];
                if (!Trail(b1) || !Trail(b2)) return -1;
                if (b0 == 0xE0 && b1 < 0xA0) return -1;
                if (b0 == 0xED && b1 > 0x9F) return -1;
                return ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
            }
            case 4:
            {
                if (b0 > 0xF4) return -1;
                int b1 = raw[i + 1], b2 = raw[i + 2], b3 = raw[i + 3];
                if (!Trail(b1) || !Trail(b2) || !Trail(b3)) return -1;
                if (b0 == 0xF0 && b1 < 0x90) return -1;
                if (b0 == 0xF4 && b1 > 0x8F) return -1;
                return ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
            }
            default:
                return -1;
        }
    }

    private int DecodeUtf16(byte[] raw, int i, int n, bool bigEndian)
    {
        while (n - i >= 2)
        {
            var u = bigEndian ? (raw[i] << 8) | raw[i + 1] : raw[i] | (raw[i + 1] << 8);
            if (u >= 0xD800 && u <= 0xDBFF)
            {
                if (n - i < 4) return i;
                var lo = bigEndian ? (raw[i + 2] << 8) | raw[i + 3] : raw[i + 2] | (raw[i + 3] << 8);
                if (lo < 0xDC00 || lo > 0xDFFF) { EndInvalid = true; return i; }
                Put((char)u, _rawBase + i);
                Put((char)lo, _rawBase + i);
                i += 4;
                continue;
            }
            // The byte-order mark is kept as a character: the prolog skips it, positions count it.
            if ((u != 0xFEFF && !XmlChars.IsXmlChar(u)) || (u >= 0xDC00 && u <= 0xDFFF)) { EndInvalid = true; return i; }
            Put((char)u, _rawBase + i);
            i += 2;
        }
        return i;
    }
}
