using System.Text;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Binascii;

/// <summary>The binascii module (library reference §18.13): hex, base64, quoted-printable and CRCs.</summary>
internal static class BinasciiModule
{
    public static readonly PyType Error = NewException("Error", BuiltinTypes.Exception);
    public static readonly PyType Incomplete = NewException("Incomplete", BuiltinTypes.Exception);

    private static PyType NewException(string name, PyType baseType)
    {
        var t = new PyType(name, baseType) { HasInstanceDict = true };
        t.Dict.SetStr("__module__", PyStr.From("binascii"));
        return t;
    }

    /// <summary>The bytes of a str, a unicode in the default encoding or any buffer (2.7's 's*').</summary>
    public static string Bytes(PyObject o, string func) => Binding.BufferArgument.Get(o, func);

    public static PyModule Create()
    {
        var b = new ModuleBuilder("binascii");
        b.Value("Error", Error).Value("Incomplete", Incomplete);
        BuiltinFunctionBody hexlify = (args, kw) =>
        {
            Args.Count("b2a_hex", args, kw, 1, 1);
            return PyStr.From(Convert.ToHexStringLower(Encoding.Latin1.GetBytes(Bytes(args[0], "b2a_hex"))));
        };
        b.Fn("hexlify", hexlify).Fn("b2a_hex", hexlify);
        BuiltinFunctionBody unhexlify = (args, kw) =>
        {
            Args.Count("a2b_hex", args, kw, 1, 1);
            return PyStr.From(Unhex(Bytes(args[0], "a2b_hex")));
        };
        b.Fn("unhexlify", unhexlify).Fn("a2b_hex", unhexlify);
        b.Fn("b2a_base64", (args, kw) =>
        {
            Args.Count("b2a_base64", args, kw, 1, 1);
            return PyStr.From(Convert.ToBase64String(Encoding.Latin1.GetBytes(Bytes(args[0], "b2a_base64"))) + "\n");
        });
        b.Fn("a2b_base64", (args, kw) =>
        {
            Args.Count("a2b_base64", args, kw, 1, 1);
            return PyStr.From(Base64Decode(Bytes(args[0], "a2b_base64")));
        });
        b.Fn("crc32", (args, kw) =>
        {
            Args.Count("crc32", args, kw, 1, 2);
            var start = args.Length > 1 ? (uint)Args.Int(args[1], "crc") : 0u;
            return PyInt.Get((int)Checksums.Crc32(Bytes(args[0], "crc32"), start));
        });
        b.Fn("crc_hqx", (args, kw) =>
        {
            Args.Count("crc_hqx", args, kw, 2, 2);
            return PyInt.Get(Checksums.CrcHqx(Bytes(args[0], "crc_hqx"), (int)Args.Int(args[1], "crc")));
        });
        b.Fn("b2a_uu", (args, kw) => { Args.Count("b2a_uu", args, kw, 1, 1); return PyStr.From(Uuencode.Encode(Bytes(args[0], "b2a_uu"))); });
        b.Fn("a2b_uu", (args, kw) => { Args.Count("a2b_uu", args, kw, 1, 1); return PyStr.From(Uuencode.Decode(Bytes(args[0], "a2b_uu"))); });
        b.Fn("b2a_hqx", (args, kw) => { Args.Count("b2a_hqx", args, kw, 1, 1); return PyStr.From(BinHex.Encode(Bytes(args[0], "b2a_hqx"))); });
        b.Fn("a2b_hqx", (args, kw) =>
        {
            Args.Count("a2b_hqx", args, kw, 1, 1);
            var (data, done) = BinHex.Decode(Bytes(args[0], "a2b_hqx"));
            return new PyTuple(PyStr.From(data), PyInt.Get(done ? 1 : 0));
        });
        b.Fn("rlecode_hqx", (args, kw) => { Args.Count("rlecode_hqx", args, kw, 1, 1); return PyStr.From(BinHex.RunLengthEncode(Bytes(args[0], "rlecode_hqx"))); });
        b.Fn("rledecode_hqx", (args, kw) => { Args.Count("rledecode_hqx", args, kw, 1, 1); return PyStr.From(BinHex.RunLengthDecode(Bytes(args[0], "rledecode_hqx"))); });
        b.Fn("b2a_qp", (args, kw) =>
        {
            var a = Args.Bind("b2a_qp", args, kw, 1, "data", "quotetabs", "istext", "header");
            return PyStr.From(QuotedPrintable.Encode(Bytes(a[0]!, "b2a_qp"), Flag(a[1], false), Flag(a[2], true), Flag(a[3], false)));
        });
        b.Fn("a2b_qp", (args, kw) =>
        {
            var a = Args.Bind("a2b_qp", args, kw, 1, "data", "header");
            return PyStr.From(QuotedPrintable.Decode(Bytes(a[0]!, "a2b_qp"), Flag(a[1], false)));
        });
        return b;
    }

    private static bool Flag(PyObject? o, bool fallback) => o is null ? fallback : Ops.IsTrue(o);

    private static string Unhex(string s)
    {
        if (s.Length % 2 != 0) throw PyErr.TypeError("Odd-length string");
        var sb = new StringBuilder(s.Length / 2);
        for (var i = 0; i < s.Length; i += 2)
        {
            if (!Uri.IsHexDigit(s[i]) || !Uri.IsHexDigit(s[i + 1])) throw PyErr.TypeError("Non-hexadecimal digit found");
            sb.Append((char)Convert.ToInt32(s.Substring(i, 2), 16));
        }
        return sb.ToString();
    }

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    // binascii_a2b_base64 (2.7): characters outside the alphabet are skipped; '=' ends the data only where
    // padding may stand; leftover bits mean "Incorrect padding".
    private static string Base64Decode(string s)
    {
        var sb = new StringBuilder(s.Length * 3 / 4);
        int quadPos = 0, leftBits = 0, leftChar = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '=')
            {
                if (quadPos < 2 || (quadPos == 2 && NextValid(s, i + 1) != '=')) continue;
                leftBits = 0;
                break;
            }
            var v = Alphabet.IndexOf(c);
            if (v < 0 || c > 0x7f) continue;
            quadPos = (quadPos + 1) & 3;
            leftChar = (leftChar << 6) | v;
            leftBits += 6;
            if (leftBits >= 8)
            {
                leftBits -= 8;
                sb.Append((char)((leftChar >> leftBits) & 0xff));
                leftChar &= (1 << leftBits) - 1;
            }
        }
        if (leftBits != 0) throw PyErr.New(Error, "Incorrect padding");
        return sb.ToString();
    }

    private static char NextValid(string s, int from)
    {
        for (var i = from; i < s.Length; i++)
            if (s[i] == '=' || Alphabet.IndexOf(s[i]) >= 0) return s[i];
        return '\0';
    }
}
