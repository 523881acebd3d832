namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>
/// The parser's buffer: input bytes as they were fed, decoded into UTF-16 characters with the byte offset of
/// each, and the line/column bookkeeping of expat's XmlUpdatePosition (a CR, LF or CR LF ends a line; a
/// surrogate pair is one column). Decoding stops at the first malformed or non-XML character
/// (<see cref="EndInvalid"/>) and leaves an incomplete trailing sequence undecoded until more bytes arrive.
/// </summary>
internal sealed partial class ExpatInput
{
    private byte[] _raw = new byte[1024];
    private int _rawLen;
    private long _rawBase;

    public char[] Chars = new char[1024];
    private long[] _byteOf = new long[1025];
    public int Length;
    public bool EndInvalid;

    private int _posIndex;
    private long _line;
    private long _column;

    public InputEncoding? Encoding { get; private set; }

    /// <summary>True when undecoded bytes remain after the last character: a character cut by the end of the data.</summary>
    public bool HasPartialChar => !EndInvalid && _rawLen - (_byteOf[Length] - _rawBase) >= (Encoding?.MinBytesPerChar ?? 1);

    /// <summary>
    /// The error for bytes left over at the end of the input: a character cut short, or, in UTF-16, one odd
    /// byte, which expat's tokenizer sees as a cut token (XML_TOK_PARTIAL).
    /// </summary>
    public ExpatError LeftoverError => EndInvalid || _byteOf[Length] - _rawBase == _rawLen ? ExpatError.None
        : HasPartialChar ? ExpatError.PartialChar : ExpatError.UnclosedToken;

    public void Append(byte[] data, int count)
    {
        if (_rawLen + count > _raw.Length) Array.Resize(ref _raw, Math.Max(_raw.Length * 2, _rawLen + count));
        Array.Copy(data, 0, _raw, _rawLen, count);
        _rawLen += count;
        if (Encoding is not null) Decode();
    }

    /// <summary>Fixes the encoding and decodes what has been fed so far.</summary>
    public void SetEncoding(InputEncoding encoding)
    {
        Encoding = encoding;
        Decode();
    }

    /// <summary>The encoding changes after character <paramref name="index"/> (an XML declaration's encoding).</summary>
    public void SwitchEncoding(InputEncoding encoding, int index)
    {
        Encoding = encoding;
        Length = index;
        EndInvalid = false;
        Decode();
    }

    /// <summary>The bytes fed but not yet decoded or discarded, from character <paramref name="index"/> on.</summary>
    public ReadOnlySpan<byte> RawFrom(int index)
    {
        var start = (int)(_byteOf[index] - _rawBase);
        return new ReadOnlySpan<byte>(_raw, start, _rawLen - start);
    }

    public int RawCount => _rawLen;
    public byte RawAt(int i) => _raw[i];

    /// <summary>The absolute byte offset of character <paramref name="index"/> (index may be Length).</summary>
    public long ByteOffset(int index) => _byteOf[index];

    public long ByteEnd => _rawBase + _rawLen;

    /// <summary>Moves the line/column count forward to character <paramref name="index"/> (never back).</summary>
    public void UpdatePosition(int index)
    {
        var chars = Chars;
        for (var i = _posIndex; i < index; i++)
        {
            var c = chars[i];
            if (c == '\n')
            {
                _line++;
                _column = 0;
            }
            else if (c == '\r')
            {
                _line++;
                _column = 0;
                if (i + 1 < index && chars[i + 1] == '\n') i++;
            }
            else if (c < 0xDC00 || c > 0xDFFF) _column++;
        }
        if (index > _posIndex) _posIndex = index;
    }

    /// <summary>1-based line and 0-based column of character <paramref name="index"/>, as XML_GetCurrentLineNumber.</summary>
    public (long Line, long Column) PositionOf(int index)
    {
        if (index >= _posIndex) UpdatePosition(index);
        return (_line + 1, _column);
    }

    /// <summary>Forgets the characters before <paramref name="index"/> (after they are parsed) to keep memory bounded.</summary>
    public int Discard(int index)
    {
        if (index <= 0) return 0;
        UpdatePosition(index);
        var rawCut = (int)(_byteOf[index] - _rawBase);
        Array.Copy(Chars, index, Chars, 0, Length - index);
        Array.Copy(_byteOf, index, _byteOf, 0, Length - index + 1);
        Length -= index;
        _posIndex -= index;
        Array.Copy(_raw, rawCut, _raw, 0, _rawLen - rawCut);
        _rawLen -= rawCut;
        _rawBase += rawCut;
        return index;
    }

    private void Reserve(int capacity)
    {
        if (capacity <= Chars.Length) return;
        var size = Math.Max(capacity, Chars.Length * 2);
        Array.Resize(ref Chars, size);
        Array.Resize(ref _byteOf, size + 1);
    }

    private void Put(char c, long byteStart)
    {
        if (Length + 2 >= Chars.Length) Reserve(Length + 3);
        Chars[Length] = c;
        _byteOf[Length] = byteStart;
        Length++;
    }
}
