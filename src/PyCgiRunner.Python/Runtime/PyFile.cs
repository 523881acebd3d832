using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Python 2's file object over a .NET stream: bytes in and out as str (one char per byte), universal
/// newlines with mode 'U', softspace for print. Used for open() and for sys.stdin/stdout/stderr.
/// </summary>
public sealed class PyFile : PyObject, ITextSink
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly bool _universal;
    private readonly bool _readable, _writable;
    private byte[] _readBuf = new byte[8192];
    private int _readPos, _readLen;
    private bool _pendingCr;

    public string Name { get; }
    /// <summary>The stream under the file (os-level calls on its descriptor, fcntl locks).</summary>
    public Stream BaseStream => _stream;
    public string Mode { get; }
    public bool Closed { get; private set; }
    public bool SoftSpace { get; set; }
    /// <summary>file.encoding: None for pipes and files, as when CPython's stdout is a pipe.</summary>
    public PyObject Encoding { get; set; } = PyNone.Instance;

    public PyFile(Stream stream, string name, string mode, bool ownsStream = true)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        Name = name;
        Mode = mode;
        _universal = mode.Contains('U');
        _readable = mode.Contains('r') || mode.Contains('+') || mode.Contains('U');
        _writable = mode.Contains('w') || mode.Contains('a') || mode.Contains('+');
    }

    public override PyType Type => BuiltinTypes.File;
    public override string Repr() => $"<{(Closed ? "closed" : "open")} file '{Name}', mode '{Mode}' at 0x{Id:x8}>";
    public override PyObject GetIter() { CheckOpen(); return this; }

    public override bool Next(out PyObject value)
    {
        var line = ReadLine(-1);
        if (line.Length == 0) { value = null!; return false; }
        value = PyStr.From(line);
        return true;
    }

    private void CheckOpen()
    {
        if (Closed) throw PyErr.ValueError("I/O operation on closed file");
    }

    private void CheckReadable()
    {
        CheckOpen();
        if (!_readable) throw PyErr.IOError(9, "Bad file descriptor");
    }

    private void CheckWritable()
    {
        CheckOpen();
        if (!_writable) throw PyErr.IOError(9, "Bad file descriptor");
    }

    public void WriteText(PyObject text)
    {
        switch (text)
        {
            case PyStr s: Write(s.Value); break;
            case PyUnicode u:
                Write(Encoding is PyStr enc ? Codecs.Encode(u.Value, enc.Value, "strict") : Codecs.EncodeDefault(u.Value));
                break;
            default:
                throw PyErr.TypeError($"expected a string or other character buffer object");
        }
    }

    public void Write(string bytes)
    {
        CheckWritable();
        // file.write clears softspace (CPython's file_write), which print relies on.
        SoftSpace = false;
        if (bytes.Length == 0) return;
        var buffer = bytes.Length <= 1024 ? stackalloc byte[bytes.Length] : new byte[bytes.Length];
        for (var i = 0; i < bytes.Length; i++) buffer[i] = (byte)bytes[i];
        DropReadBuffer();
        _stream.Write(buffer);
    }

    private void DropReadBuffer()
    {
        if (_readLen - _readPos > 0 && _stream.CanSeek) _stream.Seek(_readPos - _readLen, SeekOrigin.Current);
        _readPos = _readLen = 0;
    }

    private int ReadByte()
    {
        if (_readPos >= _readLen)
        {
            _readLen = _stream.Read(_readBuf, 0, _readBuf.Length);
            _readPos = 0;
            if (_readLen <= 0) { _readLen = 0; return -1; }
        }
        return _readBuf[_readPos++];
    }

    /// <summary>Reads one byte with universal-newline translation when mode has 'U'.</summary>
    private int ReadChar()
    {
        var b = ReadByte();
        if (!_universal) return b;
        if (_pendingCr)
        {
            _pendingCr = false;
            if (b == '\n') b = ReadByte();
        }
        if (b == '\r')
        {
            _pendingCr = true;
            return '\n';
        }
        return b;
    }

    public string Read(long size)
    {
        CheckReadable();
        var sb = new StringBuilder();
        while (size < 0 || sb.Length < size)
        {
            var b = ReadChar();
            if (b < 0) break;
            sb.Append((char)b);
        }
        return sb.ToString();
    }

    public string ReadLine(long size)
    {
        CheckReadable();
        var sb = new StringBuilder();
        while (size < 0 || sb.Length < size)
        {
            var b = ReadChar();
            if (b < 0) break;
            sb.Append((char)b);
            if (b == '\n') break;
        }
        return sb.ToString();
    }

    public void Flush()
    {
        CheckOpen();
        if (_writable) _stream.Flush();
    }

    public void Close()
    {
        if (Closed) return;
        Closed = true;
        try { if (_writable) _stream.Flush(); }
        finally { if (_ownsStream) _stream.Dispose(); }
    }

    public long Tell()
    {
        CheckOpen();
        if (!_stream.CanSeek) throw PyErr.IOError(29, "Illegal seek");
        return _stream.Position - (_readLen - _readPos);
    }

    public void Seek(long offset, int whence)
    {
        CheckOpen();
        if (!_stream.CanSeek) throw PyErr.IOError(29, "Illegal seek");
        if (whence == 1) offset += Tell();
        _readPos = _readLen = 0;
        _pendingCr = false;
        _stream.Seek(offset, whence == 2 ? SeekOrigin.End : SeekOrigin.Begin);
    }

    public void Truncate(long? size)
    {
        CheckWritable();
        DropReadBuffer();
        _stream.SetLength(size ?? _stream.Position);
    }

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "name": value = PyStr.From(Name); return true;
            case "mode": value = PyStr.From(Mode); return true;
            case "closed": value = PyBool.Of(Closed); return true;
            case "softspace": value = PyInt.Get(SoftSpace ? 1 : 0); return true;
            case "encoding": value = Encoding; return true;
            case "newlines": value = PyNone.Instance; return true;
            case "errors": value = PyNone.Instance; return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "softspace") { SoftSpace = Ops.IsTrue(value); return; }
        base.SetAttr(name, value);
    }
}
