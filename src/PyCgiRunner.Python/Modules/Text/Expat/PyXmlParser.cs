using System.Text;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>
/// pyexpat.xmlparser: an <see cref="ExpatParser"/> with Python handlers. Handler slots are attributes
/// (None when unset); strings reach handlers as unicode, or as UTF-8 str when returns_unicode is false; names
/// go through the intern dict; with buffer_text, character data is gathered up to buffer_size UTF-8 bytes
/// and flushed before any other handler runs, as pyexpat does.
/// </summary>
[PythonType]
internal sealed partial class PyXmlParser : PyObject, IExpatSink
{
    private static readonly string[] s_handlerNames = Enum.GetNames<HandlerKind>()
        .Select(n => n == nameof(HandlerKind.DefaultHandlerExpand) ? n : n + "Handler").ToArray();

    // After s_handlerNames: static fields initialize in textual order.
    public static readonly PyType TypeObject = CreateType();

    private readonly ExpatParser _parser;
    private readonly PyObject?[] _handlers = new PyObject?[s_handlerNames.Length];
    private readonly PyDict? _intern;
    private bool _returnsUnicode = true;
    private bool _orderedAttributes;
    private bool _specifiedAttributes;
    private bool _nsPrefixes;
    private int _bufferSize = 8192;
    private StringBuilder? _buffer;
    private int _bufferUsed;
    private bool _inCallback;
    private PythonException? _pending;

    public PyXmlParser(string? encoding, string? namespaceSeparator, PyDict? intern)
    {
        _intern = intern;
        _parser = new ExpatParser(this, encoding, namespaceSeparator, UnknownEncodingMap);
    }

    private PyXmlParser(PyXmlParser parent, string? context, string? encoding)
    {
        _intern = parent._intern;
        _returnsUnicode = parent._returnsUnicode;
        _orderedAttributes = parent._orderedAttributes;
        _specifiedAttributes = parent._specifiedAttributes;
        _nsPrefixes = parent._nsPrefixes;
        _bufferSize = parent._bufferSize;
        if (parent._buffer is not null) _buffer = new StringBuilder();
        _parser = new ExpatParser(parent._parser, this, context, encoding);
        for (var i = 0; i < _handlers.Length; i++)
            if (parent._handlers[i] is { } h) SetHandler(i, h);
    }

    public override PyType Type => TypeObject;

    public override string Repr() => $"<pyexpat.xmlparser object at 0x{Id:x8}>";

    /// <summary>xmlparse_setattr: an attribute it does not know is AttributeError(name).</summary>
    public override void SetAttr(string name, PyObject value)
    {
        if (TypeObject.Lookup(name) is null) throw PyErr.AttributeError(name);
        base.SetAttr(name, value);
    }

    private static PyType CreateType()
    {
        var t = new PyType("xmlparser", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("pyexpat"));
        // Only ParserCreate makes parsers (the type has no tp_new in pyexpat.c).
        t.NewFunc = (cls, args, kw) => throw PyErr.TypeError("cannot create 'pyexpat.xmlparser' instances");
        DefineMembers(t);
        for (var i = 0; i < s_handlerNames.Length; i++)
        {
            var slot = i;
            t.Dict.SetStr(s_handlerNames[i], new PyGetSetDescriptor(s_handlerNames[i],
                self => ((PyXmlParser)self)._handlers[slot] ?? PyNone.Instance,
                (self, value) => ((PyXmlParser)self).SetHandler(slot, value)));
        }
        return t;
    }

    /// <summary>sethandler: None removes a handler (a character data handler removed from inside a callback stays a no-op).</summary>
    private void SetHandler(int slot, PyObject value)
    {
        var handler = value is PyNone ? null : value;
        _handlers[slot] = handler;
        var kind = (HandlerKind)slot;
        switch (kind)
        {
            case HandlerKind.Default:
            case HandlerKind.DefaultHandlerExpand:
                // Both names set expat's one default handler; which one was set last decides entity expansion.
                _defaultSlot = slot;
                _parser.Installed[(int)HandlerKind.Default] = handler is not null;
                _parser.DefaultExpandInternalEntities = kind == HandlerKind.DefaultHandlerExpand;
                break;
            case HandlerKind.CharacterData when handler is null && _inCallback:
                break;
            default:
                _parser.Installed[slot] = handler is not null;
                break;
        }
    }

    private int _defaultSlot = (int)HandlerKind.Default;

    /// <summary>flag_error: after a handler raised, every handler is dropped and the parse stops.</summary>
    private void ClearHandlers()
    {
        Array.Clear(_handlers);
        Array.Clear(_parser.Installed);
        _parser.Stop();
    }

    /// <summary>pyexpat's unknown-encoding handler: an 8-bit table from a Python codec, or null when it is not 8-bit.</summary>
    private static int[]? UnknownEncodingMap(string name)
    {
        var template = new char[256];
        for (var i = 0; i < 256; i++) template[i] = (char)i;
        var decoded = Ops.CallMethod(PyStr.From(new string(template)), "decode", PyStr.From(name), PyStr.From("replace"));
        var text = (decoded as PyUnicode)?.Value;
        if (text is null || text.Length != 256) return null;
        var map = new int[256];
        for (var i = 0; i < 256; i++) map[i] = text[i] == '\uFFFD' ? -1 : text[i];
        return map;
    }

    // ---- conversions -------------------------------------------------------------------------------

    /// <summary>STRING_CONV_FUNC: unicode, or the UTF-8 bytes as str when returns_unicode is off.</summary>
    private PyObject Conv(string? s)
    {
        if (s is null) return PyNone.Instance;
        return _returnsUnicode ? new PyUnicode(s) : PyStr.FromBytes(Encoding.UTF8.GetBytes(s));
    }

    /// <summary>string_intern: names come out of the intern dict, so equal names are one object.</summary>
    private PyObject Intern(string? s)
    {
        var value = Conv(s);
        if (_intern is null || value is PyNone) return value;
        if (_intern.TryGetValue(value, out var existing)) return existing;
        _intern.Set(value, value);
        return value;
    }

    private static int Utf8Length(string s) => Encoding.UTF8.GetByteCount(s);

    /// <summary>Raises the ExpatError for the parser's error (set_error).</summary>
    private PythonException Error(ExpatError code) => PyExpatModule.Error(code, _parser.ErrorLine, _parser.ErrorColumn);
}
