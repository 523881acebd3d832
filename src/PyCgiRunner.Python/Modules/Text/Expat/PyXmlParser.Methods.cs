using System.Text;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class PyXmlParser
{
    [PythonFunction(Doc = "Parse XML data.  `isfinal' should be true at end of input.")]
    public long Parse(PyObject data, int isfinal = 0)
    {
        var bytes = data switch
        {
            PyStr s => s.ToBytes(),
            PyUnicode u => Encoding.Latin1.GetBytes(Codecs.EncodeDefault(u.Value)),
            _ => throw PyErr.TypeError($"Parse() argument 1 must be string or read-only buffer, not {data.Type.Name}"),
        };
        Feed(bytes, isfinal != 0);
        return Result();
    }

    [PythonFunction(Doc = "Parse XML data from file-like object.")]
    public long ParseFile(PyObject file)
    {
        var read = Ops.GetAttrOrNull(file, "read") ?? throw PyErr.TypeError("argument must have 'read' attribute");
        for (;;)
        {
            var chunk = Ops.CallFunction(read, PyInt.Get(2048));
            if (chunk is not PyStr s) throw PyErr.TypeError($"read() did not return a string object (type={chunk.Type.Name})");
            var bytes = s.ToBytes();
            Feed(bytes, bytes.Length == 0);
            if (bytes.Length == 0) break;
        }
        return Result();
    }

    private void Feed(byte[] bytes, bool final)
    {
        var error = _parser.Parse(bytes, bytes.Length, final);
        ThrowPending();
        if (error != ExpatError.None) throw Error(error);
    }

    private long Result()
    {
        Flush();
        ThrowPending();
        return 1;
    }

    private void ThrowPending()
    {
        if (_pending is null) return;
        var pending = _pending;
        _pending = null;
        throw pending;
    }

    [PythonFunction(Doc = "Set the base URL for the parser.")]
    public void SetBase(string @base) => _parser.Base = @base;

    [PythonFunction(Doc = "Return base URL string for the parser.")]
    public PyObject GetBase() => _parser.Base is { } b ? PyStr.From(b) : PyNone.Instance;

    [PythonFunction(Doc = "Return the untranslated text of the input that caused the current event.")]
    public PyObject GetInputContext()
    {
        if (!_inCallback) return PyNone.Instance;
        return _parser.InputContext() is { } bytes ? PyStr.FromBytes(bytes) : PyNone.Instance;
    }

    [PythonFunction(Doc = "Create a parser for parsing an external entity based on the information passed to the ExternalEntityRefHandler.")]
    public PyObject ExternalEntityParserCreate(PyObject context, string? encoding = null)
    {
        var ctx = context switch
        {
            PyNone => null,
            PyStr s => s.Value,
            PyUnicode u => Codecs.EncodeDefault(u.Value),
            _ => throw PyErr.TypeError($"ExternalEntityParserCreate() argument 1 must be string or None, not {context.Type.Name}"),
        };
        return new PyXmlParser(this, ctx, encoding);
    }

    [PythonFunction(Doc = "Controls parsing of parameter entities (including the external DTD subset).")]
    public long SetParamEntityParsing(int flag)
    {
        if (_parser.IsParsing) return 0;
        _parser.ParamEntityParsing = flag;
        return 1;
    }

    [PythonFunction(Doc = "Allows the application to provide an artificial external subset if one is not specified as part of the document instance.")]
    public void UseForeignDTD(PyObject? flag = null)
    {
        if (_parser.IsParsing) throw Error(ExpatError.CantChangeFeatureOnceParsing);
        _parser.UseForeignDtd = flag is null || Ops.IsTrue(flag);
    }

    // ---- attributes ----------------------------------------------------------------------------------

    [PythonGetter("ErrorCode")] public long ErrorCodeValue => (long)_parser.ErrorCode;
    [PythonGetter("ErrorLineNumber")] public long ErrorLineNumber => _parser.ErrorLine;
    [PythonGetter("ErrorColumnNumber")] public long ErrorColumnNumber => _parser.ErrorColumn;
    [PythonGetter("ErrorByteIndex")] public long ErrorByteIndex => _parser.ErrorByte;
    [PythonGetter("CurrentLineNumber")] public long CurrentLineNumber => _parser.CurrentLine;
    [PythonGetter("CurrentColumnNumber")] public long CurrentColumnNumber => _parser.CurrentColumn;
    [PythonGetter("CurrentByteIndex")] public long CurrentByteIndex => _parser.CurrentByte;

    [PythonGetter("buffer_used")] public long BufferUsed => _bufferUsed;

    [PythonGetter("intern")] public PyObject InternDict => (PyObject?)_intern ?? PyNone.Instance;

    [PythonGetter("ordered_attributes")]
    public bool OrderedAttributes { get => _orderedAttributes; set => _orderedAttributes = value; }

    [PythonGetter("specified_attributes")]
    public bool SpecifiedAttributes { get => _specifiedAttributes; set => _specifiedAttributes = value; }

    [PythonGetter("returns_unicode")]
    public bool ReturnsUnicode { get => _returnsUnicode; set => _returnsUnicode = value; }

    /// <summary>XML_SetReturnNSTriplet is ignored once parsing has begun; the attribute keeps what was set.</summary>
    [PythonGetter("namespace_prefixes")]
    public bool NamespacePrefixes
    {
        get => _nsPrefixes;
        set
        {
            _nsPrefixes = value;
            if (!_parser.IsParsing) _parser.ReturnTriplets = value;
        }
    }

    [PythonGetter("buffer_text")]
    public bool BufferText
    {
        get => _buffer is not null;
        set
        {
            if (value) _buffer ??= new StringBuilder();
            else if (_buffer is not null)
            {
                Flush();
                ThrowPending();
                _buffer = null;
            }
        }
    }

    /// <summary>Setting buffer_size flushes and (as in pyexpat) allocates a buffer, which turns buffering on.</summary>
    [PythonGetter("buffer_size")]
    public PyObject BufferSize
    {
        get => PyInt.Get(_bufferSize);
        set
        {
            if (value is not PyInt i) throw PyErr.TypeError("buffer_size must be an integer");
            var size = i.Value;
            if (size == _bufferSize) return;
            if (size <= 0) throw PyErr.ValueError("buffer_size must be greater than zero");
            if (size > int.MaxValue) throw PyErr.ValueError($"buffer_size must not be greater than {int.MaxValue}");
            if (_buffer is not null && _bufferUsed != 0)
            {
                Flush();
                ThrowPending();
            }
            _buffer = new StringBuilder();
            _bufferSize = (int)size;
        }
    }
}
