using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>
/// encode and decode (library reference §5.6.1, codecs §7.8). Text codecs go through unicode: str.encode first
/// decodes the str with the default (ASCII) codec and unicode.decode first encodes with it, as CPython 2.7 does;
/// the str ⇄ str codecs (hex, base64, string_escape) work on the bytes and answer str.
/// </summary>
public static partial class StrType
{
    private static void SetupCodec()
    {
        Both("encode", (self, args, kw) =>
        {
            var (encoding, errors) = CodecArgs("encode", args, kw);
            if (Codecs.IsBytesCodec(encoding))
            {
                if (self is PyUnicode && Codecs.NormalizeName(encoding) == "string-escape")
                    throw PyErr.TypeError("escape_encode() argument 1 must be string, not unicode");
                return PyStr.From(Codecs.EncodeBytes(AsBytes(self), encoding, errors));
            }
            var text = self is PyUnicode u ? u.Value : Codecs.DecodeDefault(V(self));
            return PyStr.From(Codecs.Encode(text, encoding, errors));
        });
        Both("decode", (self, args, kw) =>
        {
            var (encoding, errors) = CodecArgs("decode", args, kw);
            var bytes = AsBytes(self);
            if (Codecs.IsBytesCodec(encoding)) return PyStr.From(Codecs.DecodeBytes(bytes, encoding, errors));
            return new PyUnicode(Codecs.Decode(bytes, encoding, errors));
        });
    }

    /// <summary>The bytes of a str, or of a unicode encoded with the default codec.</summary>
    private static string AsBytes(PyObject self) => self is PyUnicode u ? Codecs.EncodeDefault(u.Value) : V(self);

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
