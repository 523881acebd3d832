using System.Text;
using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// The SQLite C library through SQLitePCLRaw (the bundled e_sqlite3): loaded once per process, and the byte
/// conversions pysqlite makes at its edge. A Python 2 str is bytes (our PyStr holds them as Latin-1 chars);
/// SQLite speaks UTF-8, so str passes through as its bytes and unicode is encoded to UTF-8.
/// </summary>
internal static class SqliteNative
{
    private static readonly Lazy<string> s_version = new(() =>
    {
        Batteries_V2.Init();
        return raw.sqlite3_libversion().utf8_to_string();
    });

    /// <summary>Loads the native library on first use; safe to call from any thread.</summary>
    public static void EnsureLoaded() => _ = s_version.Value;

    /// <summary>sqlite3_libversion(), e.g. "3.49.1" (the module's sqlite_version).</summary>
    public static string LibraryVersion => s_version.Value;

    /// <summary>The bytes of a str, or of a unicode encoded as UTF-8 (Python's encoder: lone surrogates too).</summary>
    public static byte[] Utf8Bytes(PyBaseString s) => s switch
    {
        // .NET's encoder agrees with Python's except on lone surrogates, which only the codec writes as Python does.
        PyUnicode u when u.Value.AsSpan().IndexOfAnyInRange('\ud800', '\udfff') < 0 => Encoding.UTF8.GetBytes(u.Value),
        PyUnicode u => Encoding.Latin1.GetBytes(Codecs.Encode(u.Value, "utf-8", "strict")),
        _ => Encoding.Latin1.GetBytes(s.Value),
    };

    /// <summary>A string SQLite handed out (names, messages, decltypes) as the str CPython builds from its bytes.</summary>
    public static PyObject StrOrNone(string? text) => text is null ? PyNone.Instance : Str(text);

    public static PyStr Str(string text) => PyStr.FromBytes(Encoding.UTF8.GetBytes(text));

    /// <summary>The C-string view pysqlite takes of some values: everything before the first NUL byte.</summary>
    public static ReadOnlySpan<byte> UpToNul(ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        return nul < 0 ? bytes : bytes[..nul];
    }

    /// <summary>How getargs names an argument's type in "must be X, not Y": None is "None".</summary>
    public static string TypeName(PyObject o) => o is PyNone ? "None" : o.Type.Name;

    private static readonly UTF8Encoding s_strictUtf8 = new(false, true);

    /// <summary>UTF-8 text to unicode; false when the bytes are not valid UTF-8.</summary>
    public static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = s_strictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
