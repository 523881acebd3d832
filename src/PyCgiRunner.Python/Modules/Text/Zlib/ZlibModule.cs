using System.Text;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Modules.Text.Binascii;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Modules.Text.Zlib;

/// <summary>The zlib module (library reference §12.1): one-shot and streaming (de)compression and checksums.</summary>
internal static class ZlibModule
{
    public static readonly PyType Error = NewError();
    private static readonly PyType s_compressType = NewCompressType();
    private static readonly PyType s_decompressType = NewDecompressType();

    private static PyType NewError()
    {
        var t = new PyType("error", BuiltinTypes.Exception) { HasInstanceDict = true };
        t.Dict.SetStr("__module__", PyStr.From("zlib"));
        return t;
    }

    private static byte[] Bytes(PyObject o, string func) => Encoding.Latin1.GetBytes(BinasciiModule.Bytes(o, func));

    public static PyModule Create()
    {
        var b = new ModuleBuilder("zlib");
        b.Value("error", Error);
        b.Fn("compress", (args, kw) =>
        {
            Args.Count("compress", args, kw, 1, 2);
            var level = args.Length > 1 ? (int)Args.Int(args[1], "level") : -1;
            if (level < -1 || level > 9) throw Error_("Bad compression level");
            return PyStr.FromBytes(ZlibStreams.Compress(Bytes(args[0], "compress"), ZlibStreams.Container.Zlib, level));
        });
        b.Fn("decompress", (args, kw) =>
        {
            Args.Count("decompress", args, kw, 1, 3);
            var c = ZlibStreams.FromWbits(args.Length > 1 ? Args.Int(args[1], "wbits") : 15, inflate: true);
            return PyStr.FromBytes(ZlibStreams.Decompress(Bytes(args[0], "decompress"), c, complete: true));
        });
        b.Fn("crc32", (args, kw) =>
        {
            Args.Count("crc32", args, kw, 1, 2);
            var start = args.Length > 1 ? (uint)Args.Int(args[1], "value") : 0u;
            return PyInt.Get((int)Checksums.Crc32(BinasciiModule.Bytes(args[0], "crc32"), start));
        });
        b.Fn("adler32", (args, kw) =>
        {
            Args.Count("adler32", args, kw, 1, 2);
            var start = args.Length > 1 ? (uint)Args.Int(args[1], "value") : 1u;
            return PyInt.Get((int)Checksums.Adler32(BinasciiModule.Bytes(args[0], "adler32"), start));
        });
        b.Fn("compressobj", (args, kw) =>
        {
            var a = Args.Bind("compressobj", args, kw, 0, "level", "method", "wbits", "memlevel", "strategy");
            var level = a[0] is null ? -1 : (int)Args.Int(a[0]!, "level");
            var c = ZlibStreams.FromWbits(a[2] is null ? 15 : Args.Int(a[2]!, "wbits"), inflate: false);
            var strategy = a[4] is null ? 0 : (int)Args.Int(a[4]!, "strategy");
            var output = new MemoryStream();
            return new PyCompress(s_compressType, output, ZlibStreams.Compressor(output, c, level, strategy), () => ZlibStreams.EmptyStream(c, level));
        });
        b.Fn("decompressobj", (args, kw) =>
        {
            var a = Args.Bind("decompressobj", args, kw, 0, "wbits");
            return new PyDecompress(s_decompressType, ZlibStreams.FromWbits(a[0] is null ? 15 : Args.Int(a[0]!, "wbits"), inflate: true));
        });
        foreach (var (name, value) in new (string, long)[]
        {
            ("MAX_WBITS", 15), ("DEFLATED", 8), ("DEF_MEM_LEVEL", 8), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9),
            ("Z_DEFAULT_COMPRESSION", -1), ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_DEFAULT_STRATEGY", 0),
            ("Z_FINISH", 4), ("Z_NO_FLUSH", 0), ("Z_SYNC_FLUSH", 2), ("Z_FULL_FLUSH", 3),
        })
            b.Value(name, value);
        b.Value("ZLIB_VERSION", "1.2.11");
        return b;
    }

    private static PythonException Error_(string m) => PyErr.New(Error, m);

    private sealed class PyCompress(PyType type, MemoryStream output, Stream z, Func<byte[]> empty) : PyObject
    {
        public override PyType Type => type;
        public bool Finished;
        private bool _written;

        public byte[] Take()
        {
            var bytes = output.ToArray();
            output.SetLength(0);
            return bytes;
        }

        public byte[] Write(byte[] data)
        {
            if (Finished) throw Error_("Error -2 while compressing data: inconsistent stream state");
            _written |= data.Length > 0;
            z.Write(data);
            return Take();
        }

        public byte[] Flush(long mode)
        {
            if (mode == 0 || Finished) return Finished ? [] : Take();
            if (mode == 4)
            {
                z.Dispose();
                Finished = true;
                if (!_written) return empty();
            }
            else z.Flush();
            return Take();
        }
    }

    // Streaming inflate: the input so far is kept and inflated again; the output not yet returned is handed out.
    private sealed class PyDecompress(PyType type, ZlibStreams.Container container) : PyObject
    {
        public override PyType Type => type;
        private readonly MemoryStream _input = new();
        private int _returned;

        public byte[] Feed(byte[] data)
        {
            _input.Write(data);
            var all = ZlibStreams.Decompress(_input.ToArray(), container, complete: false);
            var fresh = all.AsSpan(Math.Min(_returned, all.Length)).ToArray();
            _returned = Math.Max(_returned, all.Length);
            return fresh;
        }
    }

    private static PyType NewCompressType()
    {
        var t = new PyType("Compress", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("zlib"));
        Def1(t, "compress", (self, data) => PyStr.FromBytes(((PyCompress)self).Write(Bytes(data, "compress"))));
        Def(t, "flush", (self, args, kw) =>
        {
            Args.Count("flush", args, kw, 0, 1);
            return PyStr.FromBytes(((PyCompress)self).Flush(args.Length > 0 ? Args.Int(args[0], "mode") : 4));
        });
        return t;
    }

    private static PyType NewDecompressType()
    {
        var t = new PyType("Decompress", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("zlib"));
        Def(t, "decompress", (self, args, kw) =>
        {
            Args.Count("decompress", args, kw, 1, 2);
            return PyStr.FromBytes(((PyDecompress)self).Feed(Bytes(args[0], "decompress")));
        });
        Def(t, "flush", (self, args, kw) => PyStr.Empty);
        Attr(t, "unused_data", _ => PyStr.Empty);
        Attr(t, "unconsumed_tail", _ => PyStr.Empty);
        return t;
    }
}
