using System.Text;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Modules.Text.CodecsModule;

/// <summary>
/// codecs.open's StreamReaderWriter: wraps a binary file object (whatever the platform's open returned) and
/// decodes what is read, encodes what is written. Other attributes pass through to the wrapped stream.
/// </summary>
internal sealed class PyCodecFile : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyObject _stream;
    private readonly string _encoding;
    private readonly string _errors;
    private string? _pending;

    public PyCodecFile(PyObject stream, string encoding, string errors)
    {
        _stream = stream; _encoding = encoding; _errors = errors;
    }

    public override PyType Type => TypeObject;

    public override bool TryGetAttr(string name, out PyObject value)
        => base.TryGetAttr(name, out value) || _stream.TryGetAttr(name, out value);

    private PyObject StreamCall(string method, params PyObject[] args) => Ops.Call(Ops.GetAttr(_stream, method), args, null);

    // The decoded rest of the file: read at once so a multi-byte character never splits.
    private string Pending()
    {
        if (_pending is null)
        {
            var raw = StreamCall("read");
            _pending = CodecNames.Decode(raw is PyStr s ? s.Value : Ops.Str(raw), _encoding, _errors);
        }
        return _pending;
    }

    private PyObject Take(int n)
    {
        var text = Pending();
        n = Math.Min(n, text.Length);
        _pending = text[n..];
        return new PyUnicode(text[..n]);
    }

    public PyObject Read(long size) => Take(size < 0 ? int.MaxValue : (int)size);

    public PyObject? ReadLine()
    {
        var text = Pending();
        if (text.Length == 0) return null;
        var nl = text.IndexOf('\n');
        return Take(nl < 0 ? text.Length : nl + 1);
    }

    public override PyObject GetIter() => this;

    public override bool Next(out PyObject value)
    {
        value = ReadLine() ?? PyNone.Instance;
        return value is not PyNone;
    }

    public void Write(PyObject data)
        => StreamCall("write", PyStr.From(CodecNames.Encode(CodecNames.Text(data), _encoding, _errors)));

    private static PyType CreateType()
    {
        var t = new PyType("StreamReaderWriter", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("codecs"));
        Def(t, "read", (self, args, kw) =>
        {
            Args.Count("read", args, kw, 0, 2);
            return ((PyCodecFile)self).Read(args.Length > 0 ? Args.Int(args[0], "size") : -1);
        });
        Def(t, "readline", (self, args, kw) => ((PyCodecFile)self).ReadLine() ?? PyUnicode.Empty);
        Def(t, "readlines", (self, args, kw) =>
        {
            var list = new PyList();
            while (((PyCodecFile)self).ReadLine() is { } line) list.Append(line);
            return list;
        });
        Def0(t, "next", self => ((PyCodecFile)self).ReadLine() ?? throw PyErr.StopIteration());
        Def0(t, "__iter__", self => self);
        Def1(t, "write", (self, data) => { ((PyCodecFile)self).Write(data); return PyNone.Instance; });
        Def1(t, "writelines", (self, lines) =>
        {
            foreach (var line in Ops.ToArray(lines)) ((PyCodecFile)self).Write(line);
            return PyNone.Instance;
        });
        Def0(t, "close", self => ((PyCodecFile)self).StreamCall("close"));
        Def0(t, "flush", self => ((PyCodecFile)self).StreamCall("flush"));
        Def0(t, "__enter__", self => self);
        Def(t, "__exit__", (self, args, kw) => { ((PyCodecFile)self).StreamCall("close"); return PyBool.False; });
        return t;
    }
}
