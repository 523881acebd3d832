using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>
/// A non-validating XML 1.0 parser that reproduces expat 2.2.8 as CPython 2.7.18's pyexpat uses it: bytes are
/// fed in pieces (Parse(data, isFinal)), every complete token is acted on at once and an incomplete one waits
/// for the next piece; callbacks, their chunking, error codes and error positions follow expat's. The
/// processors (prolog, content, CDATA section, epilog) are loops over tokens; nested entity expansion uses an
/// explicit stack, never recursion, and is bounded against exponential entity bombs.
/// </summary>
internal sealed partial class ExpatParser
{
    private enum Processor { Init, Prolog, Content, Cdata, Epilog, ExternalContent, ExternalDtd, Error, Finished }

    /// <summary>The most characters entity expansion may produce, and the factor over the input it may reach.</summary>
    private const long ExpansionFloor = 8 << 20;
    private const long ExpansionFactor = 100;

    private readonly IExpatSink _sink;
    private readonly ExpatInput _in = new();
    private readonly XmlTokenizer _tok = new();
    private readonly Func<string, int[]?> _unknownEncoding;
    private readonly string? _protocolEncoding;
    private readonly bool _ns;
    private readonly string _nsSep;
    private readonly ExpatParser? _parent;
    private readonly string? _context;
    private Processor _proc;
    private int _pos;
    private bool _final;
    private bool _fedAny;
    private bool _stopped;
    /// <summary>The running program, for its deadline (looked up once per Parse call: it is thread-static).</summary>
    private PyContext? _py;
    private int _eventPos = -1;
    private int _eventEndPos = -1;
    private Dtd _dtd;
    private readonly List<TagFrame> _tags = new();
    private readonly List<OpenEntity> _entities = new();
    private readonly Dictionary<string, string> _bindings = new(StringComparer.Ordinal);
    private string? _defaultNs;

    public bool[] Installed { get; } = new bool[Enum.GetValues<HandlerKind>().Length];
    public bool ReturnTriplets { get; set; }
    public bool DefaultExpandInternalEntities { get; set; } = true;
    public string? Base { get; set; }
    public int ParamEntityParsing { get; set; }
    public bool UseForeignDtd { get; set; }
    public ExpatError ErrorCode { get; private set; }
    // expat's XML_GetErrorLineNumber, ...ColumnNumber and ...ByteIndex are its XML_GetCurrent* functions.
    public long ErrorLine => CurrentLine;
    public long ErrorColumn => CurrentColumn;
    public long ErrorByte => CurrentByte;
    public bool IsParsing => _fedAny;

    public ExpatParser(IExpatSink sink, string? encoding, string? namespaceSeparator, Func<string, int[]?> unknownEncoding)
    {
        _sink = sink;
        _protocolEncoding = encoding;
        _ns = namespaceSeparator is not null;
        _nsSep = namespaceSeparator ?? "";
        _tok.Ns = _ns;
        _unknownEncoding = unknownEncoding;
        _dtd = new Dtd();
        _proc = Processor.Init;
    }

    /// <summary>A parser for an external entity a handler was asked to read (XML_ExternalEntityParserCreate).</summary>
    public ExpatParser(ExpatParser parent, IExpatSink sink, string? context, string? encoding)
        : this(sink, encoding, parent._ns ? parent._nsSep : null, parent._unknownEncoding)
    {
        _parent = parent;
        _context = context;
        _dtd = parent._dtd;
        ReturnTriplets = parent.ReturnTriplets;
        DefaultExpandInternalEntities = parent.DefaultExpandInternalEntities;
        ParamEntityParsing = parent.ParamEntityParsing;
        Array.Copy(parent.Installed, Installed, Installed.Length);
        if (context is not null) SetContext(context);
    }

    private bool Has(HandlerKind kind) => Installed[(int)kind];

    private bool InEntity => _entities.Count > 0;

    /// <summary>Feeds bytes; returns the error that stopped the parse, or None.</summary>
    public ExpatError Parse(byte[] data, int count, bool isFinal)
    {
        if (_stopped || _proc == Processor.Finished) return Fail(ExpatError.Finished);
        if (_proc == Processor.Error) return ErrorCode;
        _fedAny |= count > 0 || isFinal;
        if (count > 0 && _eventPos < 0) _eventPos = 0;
        _final = isFinal;
        _py = PyContext.CurrentOrNull;
        _in.Append(data, count);
        var error = Run();
        if (error != ExpatError.None) return Fail(error);
        if (isFinal) _proc = Processor.Finished;
        else Compact();
        return ExpatError.None;
    }

    /// <summary>Ends the parse after a handler raised (pyexpat stops the parser then): later calls report "parsing finished".</summary>
    public void Stop()
    {
        _stopped = true;
        if (_eventEndPos > _eventPos && !InEntity) _eventPos = _eventEndPos;
    }

    private ExpatError Run()
    {
        for (;;)
        {
            if (_stopped) return ExpatError.Aborted;
            var before = _proc;
            var error = _proc switch
            {
                Processor.Init => Initialize(),
                Processor.Prolog => DoProlog(),
                Processor.Content or Processor.ExternalContent => DoContent(),
                Processor.Cdata => DoCdataSection(),
                Processor.Epilog => DoEpilog(),
                Processor.ExternalDtd => DoExternalDtd(),
                _ => ExpatError.None,
            };
            if (error != ExpatError.None) return error;
            if (_proc == before || _proc == Processor.Finished) return ExpatError.None;
        }
    }

    private ExpatError Fail(ExpatError code)
    {
        ErrorCode = code;
        if (_proc != Processor.Finished) _proc = Processor.Error;
        return code;
    }

    /// <summary>Sets where the current event is, unless the tokens come from an entity's replacement text.</summary>
    private void Event(int start, int end)
    {
        if (InEntity) return;
        _eventPos = start;
        _eventEndPos = end;
    }

    private void Compact()
    {
        var keep = _eventPos >= 0 ? Math.Min(_pos, _eventPos) : _pos;
        if (keep < 4096 && keep < _in.Length / 2) return;
        var n = _in.Discard(keep);
        _pos -= n;
        if (_eventPos >= 0) _eventPos -= n;
        if (_eventEndPos >= 0) _eventEndPos = Math.Max(0, _eventEndPos - n);
    }

    // ---- positions (XML_GetCurrent*) ---------------------------------------------------------------

    private int CurrentIndex => Math.Min(_in.Length, Math.Max(_eventPos, 0));

    public long CurrentLine => _in.PositionOf(CurrentIndex).Line;
    public long CurrentColumn => _in.PositionOf(CurrentIndex).Column;
    public long CurrentByte => _eventPos < 0 || _in.ByteEnd == 0 ? -1 : _in.ByteOffset(CurrentIndex);

    /// <summary>The buffered bytes from the current event on (XML_GetInputContext), or null outside a parse.</summary>
    public byte[]? InputContext()
    {
        if (!_fedAny || _proc is Processor.Error or Processor.Finished) return null;
        return _in.RawFrom(CurrentIndex).ToArray();
    }

    private string Text(int start, int end) => new(_in.Chars, start, end - start);
}
