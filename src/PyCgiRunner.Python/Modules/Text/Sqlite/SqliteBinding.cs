using System.Text;
using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// Binding execute()'s parameters (pysqlite's statement.c): a sequence fills ? and numbered parameters in order,
/// a dict fills :name ones; each value is adapted first (unless it is a plain int, long, float, str, unicode or
/// buffer and no adapter was registered for those), then bound by its type.
/// </summary>
internal static class SqliteBinding
{
    private const string EightBitMessage =
        "You must not use 8-bit bytestrings unless you use a text_factory that can interpret 8-bit bytestrings " +
        "(like text_factory = str). It is highly recommended that you instead just switch your application to Unicode strings.";

    public static void Bind(PySqliteStatement statement, PyObject parameters, SqliteState state, bool allow8Bit)
    {
        var needed = statement.ParameterCount;
        if (parameters is PyDict mapping)
        {
            for (var i = 1; i <= needed; i++)
            {
                var name = statement.ParameterName(i)
                    ?? throw SqliteErrors.Programming($"Binding {i} has no name, but you supplied a dictionary (which has only names).");
                var key = SqliteNative.Str(name[1..]);
                PyObject? value;
                if (mapping.Type == BuiltinTypes.Dict) value = mapping.TryGetValue(key, out var v) ? v : null;
                else
                {
                    try { value = Ops.GetItem(mapping, key); }
                    catch (PythonException) { value = null; }
                }
                if (value is null) throw SqliteErrors.Programming($"You did not supply a value for binding {i}.");
                if (!BindOne(statement, i, Adapted(value, state), allow8Bit))
                    throw SqliteErrors.Interface($"Error binding parameter :{key.Value} - probably unsupported type.");
            }
            return;
        }
        if (!IsSequence(parameters)) throw PyErr.ValueError("parameters are of unsupported type");
        var count = Ops.Length(parameters);
        if (count != needed)
            throw SqliteErrors.Programming($"Incorrect number of bindings supplied. The current statement uses {needed}, and there are {count} supplied.");
        for (var i = 0; i < count; i++)
        {
            // Exact tuples are read directly; anything else (subclasses too) through __getitem__, as PySequence_GetItem.
            var value = parameters is PyTuple t && t.Type == BuiltinTypes.Tuple ? t[i] : Ops.GetItem(parameters, PyInt.Get(i));
            if (!BindOne(statement, i + 1, Adapted(value, state), allow8Bit))
                throw SqliteErrors.Interface($"Error binding parameter {i} - probably unsupported type.");
        }
    }

    /// <summary>PySequence_Check: tuples, lists, strings, buffers and anything with __getitem__ that is not a dict.</summary>
    private static bool IsSequence(PyObject o) => o switch
    {
        PyTuple or PyList or PyBaseString or PyBuffer => true,
        PyInstance => Ops.GetAttrOrNull(o, "__getitem__") is not null,
        _ => o.Type.Lookup("__getitem__") is not null,
    };

    /// <summary>_need_adapt, then adaptation whose failure (any error) leaves the value as it was.</summary>
    private static PyObject Adapted(PyObject value, SqliteState state)
    {
        if (!state.BaseTypeAdapted && value.Type is var t
            && (t == BuiltinTypes.Int || t == BuiltinTypes.Long || t == BuiltinTypes.Float || t == BuiltinTypes.Str || t == BuiltinTypes.Unicode || value is PyBuffer))
            return value;
        try
        {
            return SqliteAdapt.Adapt(state, value, PySqlitePrepareProtocol.TypeObject);
        }
        catch (PythonException)
        {
            return value;
        }
    }

    /// <summary>pysqlite_statement_bind_parameter; false for a type it cannot bind.</summary>
    private static bool BindOne(PySqliteStatement statement, int pos, PyObject value, bool allow8Bit)
    {
        var stmt = statement.Handle!;
        switch (value)
        {
            case PyNone:
                raw.sqlite3_bind_null(stmt, pos);
                return true;
            case PyInt i:
                raw.sqlite3_bind_int64(stmt, pos, i.Value);
                return true;
            case PyLong:
                var big = Ops.ToBigInteger(value);
                if (big < long.MinValue || big > long.MaxValue) throw PyErr.OverflowError("Python int too large to convert to SQLite INTEGER");
                raw.sqlite3_bind_int64(stmt, pos, (long)big);
                return true;
            case PyFloat f:
                raw.sqlite3_bind_double(stmt, pos, f.Value);
                return true;
            case PyBuffer b:
                var blob = Encoding.Latin1.GetBytes(b.Str());
                if (blob.Length == 0) raw.sqlite3_bind_zeroblob(stmt, pos, 0);
                else raw.sqlite3_bind_blob(stmt, pos, blob);
                return true;
            case PyStr s:
                var raw8 = Encoding.Latin1.GetBytes(s.Value);
                // The check reads the str as a C string: only bytes before a NUL are looked at.
                if (!allow8Bit && SqliteNative.UpToNul(raw8).IndexOfAnyInRange((byte)0x80, (byte)0xff) >= 0)
                    throw SqliteErrors.Programming(EightBitMessage);
                BindText(stmt, pos, raw8);
                return true;
            case PyUnicode u:
                BindText(stmt, pos, SqliteNative.Utf8Bytes(u));
                return true;
        }
        return false;
    }

    private static void BindText(sqlite3_stmt stmt, int pos, byte[] bytes)
    {
        // An empty span would reach SQLite as a NULL pointer, which binds SQL NULL instead of ''.
        if (bytes.Length == 0) raw.sqlite3_bind_text(stmt, pos, "");
        else raw.sqlite3_bind_text(stmt, pos, bytes);
    }
}
