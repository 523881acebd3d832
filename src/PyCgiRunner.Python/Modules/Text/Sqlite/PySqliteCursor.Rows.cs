using System.Text;
using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// One row of the current statement as a tuple (pysqlite's _pysqlite_fetch_one_row): a column with a converter
/// gets the converter called on its bytes as str (an empty or NULL value is None without a call); otherwise
/// INTEGER is int, REAL float, BLOB a buffer and TEXT whatever the connection's text_factory makes of it.
/// </summary>
internal sealed partial class PySqliteCursor
{
    /// <summary>
    /// The converters for the statement's columns when detect_types asks: PARSE_COLNAMES takes the word in
    /// the brackets of "name [type]", PARSE_DECLTYPES the declared type up to a blank or '('; names are looked
    /// up upper-cased in the converters dict.
    /// </summary>
    private void BuildRowCastMap(PySqliteStatement statement)
    {
        var connection = _connection!;
        if (connection.DetectTypes == 0) return;
        var n = statement.Handle is null ? 0 : raw.sqlite3_column_count(statement.Handle);
        var map = new PyObject[n];
        for (var i = 0; i < n; i++)
        {
            PyObject? converter = null;
            if ((connection.DetectTypes & SqliteModule.PARSE_COLNAMES) != 0
                && raw.sqlite3_column_name(statement.Handle!, i).utf8_to_string() is { } name)
            {
                var start = -1;
                for (var p = 0; p < name.Length; p++)
                {
                    if (name[p] == '[') start = p + 1;
                    else if (name[p] == ']' && start >= 0)
                    {
                        converter = Converter(connection, name[start..p]);
                        break;
                    }
                }
            }
            if (converter is null && (connection.DetectTypes & SqliteModule.PARSE_DECLTYPES) != 0
                && raw.sqlite3_column_decltype(statement.Handle!, i).utf8_to_string() is { } declared)
            {
                var cut = declared.IndexOfAny([' ', '(']);
                converter = Converter(connection, cut < 0 ? declared : declared[..cut]);
            }
            map[i] = converter ?? PyNone.Instance;
        }
        _rowCastMap = map;
    }

    private static PyObject? Converter(PySqliteConnection connection, string typeName)
        => connection.State.Converters.TryGetValue(Ops.CallMethod(SqliteNative.Str(typeName), "upper"), out var c) ? c : null;

    private PyTuple FetchOneRow(PySqliteStatement statement)
    {
        if (_reset) throw SqliteErrors.Interface(FetchAcrossRollback);
        var connection = _connection!;
        var stmt = statement.Handle!;
        var n = raw.sqlite3_data_count(stmt);
        var row = new PyObject[n];
        for (var i = 0; i < n; i++)
        {
            var converter = connection.DetectTypes != 0 && _rowCastMap is { } map && i < map.Length ? map[i] : PyNone.Instance;
            if (converter is not PyNone)
            {
                var bytes = raw.sqlite3_column_blob(stmt, i);
                row[i] = bytes.IsEmpty ? PyNone.Instance : Ops.CallFunction(converter, PyStr.FromBytes(bytes));
                continue;
            }
            row[i] = raw.sqlite3_column_type(stmt, i) switch
            {
                raw.SQLITE_NULL => PyNone.Instance,
                raw.SQLITE_INTEGER => PyInt.Get(raw.sqlite3_column_int64(stmt, i)),
                raw.SQLITE_FLOAT => new PyFloat(raw.sqlite3_column_double(stmt, i)),
                raw.SQLITE_TEXT => Text(connection, stmt, i),
                _ => SqliteValues.Blob(raw.sqlite3_column_blob(stmt, i)),
            };
        }
        return PyTuple.Of(row);
    }

    /// <summary>text_factory: unicode decodes UTF-8 (OperationalError naming the column when it is not UTF-8),
    /// str keeps the bytes, OptimizedUnicode gives str for pure ASCII, anything else is called with the str.</summary>
    private static PyObject Text(PySqliteConnection connection, sqlite3_stmt stmt, int i)
    {
        var bytes = raw.sqlite3_column_blob(stmt, i);
        var factory = connection.TextFactory;
        if (factory == BuiltinTypes.Str) return PyStr.FromBytes(bytes);
        var optimized = factory == BuiltinTypes.Cell;
        if (factory != BuiltinTypes.Unicode && !optimized) return Ops.CallFunction(factory, PyStr.FromBytes(bytes));
        if (optimized && bytes.IndexOfAnyInRange((byte)0x80, (byte)0xff) < 0) return PyStr.FromBytes(bytes);
        if (SqliteNative.TryDecodeUtf8(bytes, out var text)) return new PyUnicode(text);
        var column = raw.sqlite3_column_name(stmt, i).utf8_to_string() ?? "<unknown column name>";
        // pysqlite formats the message into a 200-byte buffer, with both texts as raw bytes.
        var message = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes($"Could not decode to UTF-8 column '{column}' with text '"))
            + Encoding.Latin1.GetString(SqliteNative.UpToNul(bytes)) + "'";
        throw SqliteErrors.Operational(message.Length > 199 ? message[..199] : message);
    }
}
