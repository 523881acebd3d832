using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>
/// encode and decode (library reference §5.6.1, codecs §7.8). The codecs CPython writes in C run directly (a str is
/// first decoded with the default ASCII codec, a unicode encoded with it, as 2.7 coerces them); every other name goes
/// through the codec registry with the object itself, so str-to-str codecs (hex, base64, zlib, rot13) answer str.
/// </summary>
public static partial class StrType
{
    private static void SetupCodec()
    {
        Both("encode", (self, args, kw) =>
        {
            var (encoding, errors) = CodecArgs("encode", args, kw);
            var fast = Codecs.FastCodec(encoding);
            if (fast != Codecs.Builtin.None)
                return PyStr.From(Codecs.EncodeBuiltin(fast, self is PyUnicode u ? u.Value : Codecs.DecodeDefault(V(self)), errors));
            return StringResult(CodecRegistry.Encode(self, encoding, errors), "encoder");
        });
        Both("decode", (self, args, kw) =>
        {
            var (encoding, errors) = CodecArgs("decode", args, kw);
            var fast = Codecs.FastCodec(encoding);
            if (fast != Codecs.Builtin.None)
                return new PyUnicode(Codecs.DecodeBuiltin(fast, self is PyUnicode u ? Codecs.EncodeDefault(u.Value) : V(self), errors));
            return StringResult(CodecRegistry.Decode(self, encoding, errors), "decoder");
        });
    }

    private static PyObject StringResult(PyObject result, string what)
        => result is PyStr or PyUnicode ? result : throw PyErr.TypeError($"{what} did not return a string/unicode object (type={result.Type.Name})");

    private static (string encoding, string errors) CodecArgs(string name, PyObject[] args, string[]? kw)
    {
        var nKw = kw?.Length ?? 0;
        if (args.Length - nKw > 2) throw PyErr.TypeError($"{name}() takes at most 2 arguments ({args.Length} given)");
        var a = Args.Bind(name, args, kw, 0, "encoding", "errors");
        var encoding = a[0] is null ? "ascii" : StrArg(a[0]!, name, 1);
        var errors = a[1] is null ? "strict" : StrArg(a[1]!, name, 2);
        return (encoding, errors);
    }
}
