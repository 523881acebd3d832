using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// Values crossing between SQLite and Python in user functions (pysqlite's _pysqlite_build_py_params and
/// _pysqlite_set_result): INTEGER is int, REAL float, TEXT unicode (up to a NUL; invalid UTF-8 is None), BLOB a
/// buffer, NULL None; results the other way, str and unicode as text up to a NUL.
/// </summary>
internal static class SqliteValues
{
    public static PyObject[] FromArguments(sqlite3_value[] args)
    {
        var values = new PyObject[args.Length];
        for (var i = 0; i < args.Length; i++) values[i] = FromValue(args[i]);
        return values;
    }

    private static PyObject FromValue(sqlite3_value v) => raw.sqlite3_value_type(v) switch
    {
        raw.SQLITE_INTEGER => PyInt.Get(raw.sqlite3_value_int64(v)),
        raw.SQLITE_FLOAT => new PyFloat(raw.sqlite3_value_double(v)),
        raw.SQLITE_TEXT => SqliteNative.TryDecodeUtf8(SqliteNative.UpToNul(raw.sqlite3_value_blob(v)), out var text) ? new PyUnicode(text) : PyNone.Instance,
        raw.SQLITE_BLOB => Blob(raw.sqlite3_value_blob(v)),
        _ => PyNone.Instance,
    };

    /// <summary>A BLOB as Python 2 sees it: a buffer over a str of its bytes.</summary>
    public static PyObject Blob(ReadOnlySpan<byte> bytes) => new PyBuffer(PyStr.FromBytes(bytes), 0, -1, ownsMemory: true);

    /// <summary>Sets a function's result; false for a type SQLite cannot hold (or a long outside 64 bits).</summary>
    public static bool TrySetResult(sqlite3_context ctx, PyObject value)
    {
        switch (value)
        {
            case PyNone:
                raw.sqlite3_result_null(ctx);
                return true;
            case PyInt i:
                raw.sqlite3_result_int64(ctx, i.Value);
                return true;
            case PyLong:
                var big = Ops.ToBigInteger(value);
                if (big < long.MinValue || big > long.MaxValue) return false;
                raw.sqlite3_result_int64(ctx, (long)big);
                return true;
            case PyFloat f:
                raw.sqlite3_result_double(ctx, f.Value);
                return true;
            case PyBuffer b:
                var blob = System.Text.Encoding.Latin1.GetBytes(b.Str());
                if (blob.Length == 0) raw.sqlite3_result_zeroblob(ctx, 0);
                else raw.sqlite3_result_blob(ctx, blob);
                return true;
            case PyBaseString s:
                var bytes = SqliteNative.UpToNul(SqliteNative.Utf8Bytes(s));
                // An empty span would reach SQLite as a NULL pointer, which is SQL NULL, not ''.
                if (bytes.Length == 0) raw.sqlite3_result_text(ctx, "");
                else raw.sqlite3_result_text(ctx, bytes);
                return true;
        }
        return false;
    }
}
