using System.Text;
using Microsoft.Data.Sqlite;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>Values between Python and SQLite, and the binding of ? and :name parameters (library reference §11.13.5).</summary>
internal static class SqliteValues
{
    public static object ToSqlite(PyObject v) => v switch
    {
        PyNone => DBNull.Value,
        PyBool b => b == PyBool.True ? 1L : 0L,
        PyInt i => i.Value,
        PyLong => (long)Ops.ToBigInteger(v),
        PyFloat f => f.Value,
        PyUnicode u => u.Value,
        // A str is bytes: stored as text decoded as UTF-8, as pysqlite binds it.
        PyStr s => Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(s.Value)),
        _ => throw SqliteErrors.Programming("Error binding parameter - probably unsupported type."),
    };

    public static PyObject FromSqlite(SqliteDataReader r, int i, PyObject? textFactory)
    {
        if (r.IsDBNull(i)) return PyNone.Instance;
        var value = r.GetValue(i);
        switch (value)
        {
            case long l: return PyInt.Get(l);
            case double d: return new PyFloat(d);
            case byte[] blob: return PyStr.FromBytes(blob);
            case string text:
                if (textFactory is null || textFactory == BuiltinTypes.Unicode) return new PyUnicode(text);
                var bytes = PyStr.FromBytes(Encoding.UTF8.GetBytes(text));
                return textFactory == BuiltinTypes.Str ? bytes : Ops.Call(textFactory, [bytes], null);
        }
        return new PyUnicode(value.ToString() ?? "");
    }

    /// <summary>The parameters a statement uses: '?' count or ':name' names, found outside quoted text.</summary>
    /// <summary>'?' marks become named parameters @__pN so binding never depends on the provider's positional rules.</summary>
    public static (int Qmarks, List<string> Names, string Rewritten) Placeholders(string sql)
    {
        var names = new List<string>();
        var q = 0;
        var sb = new StringBuilder(sql.Length + 16);
        for (var i = 0; i < sql.Length; i++)
        {
            var c = sql[i];
            if (c is '\'' or '"')
            {
                var close = sql.IndexOf(c, i + 1);
                var end = close < 0 ? sql.Length - 1 : close;
                sb.Append(sql, i, end - i + 1);
                i = end;
                continue;
            }
            if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                var nl = sql.IndexOf('\n', i);
                var end = nl < 0 ? sql.Length - 1 : nl;
                sb.Append(sql, i, end - i + 1);
                i = end;
                continue;
            }
            if (c == '?')
            {
                sb.Append("@__p").Append(++q);
                continue;
            }
            sb.Append(c);
            if (c is ':' or '$' or '@' && i + 1 < sql.Length && (char.IsLetter(sql[i + 1]) || sql[i + 1] == '_'))
            {
                var start = ++i;
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '_')) i++;
                names.Add(sql[start..i]);
                sb.Append(sql, start, i - start);
                i--;
            }
        }
        return (q, names, sb.ToString());
    }

    public static void Bind(SqliteCommand cmd, string sql, PyObject? parameters)
    {
        var (qmarks, names, rewritten) = Placeholders(sql);
        cmd.CommandText = rewritten;
        if (parameters is null || parameters is PyNone)
        {
            if (qmarks + names.Count > 0)
                throw SqliteErrors.Programming($"Incorrect number of bindings supplied. The current statement uses {qmarks + names.Count}, and there are 0 supplied.");
            return;
        }
        if (parameters is PyDict d)
        {
            var n = 0;
            foreach (var name in names)
            {
                n++;
                if (!d.TryGetStr(name, out var v)) throw SqliteErrors.Programming($"You did not supply a value for binding {n}.");
                if (!cmd.Parameters.Contains(name)) cmd.Parameters.AddWithValue(name, ToSqlite(v));
            }
            return;
        }
        var items = Ops.ToArray(parameters);
        if (items.Length != qmarks)
            throw SqliteErrors.Programming($"Incorrect number of bindings supplied. The current statement uses {qmarks}, and there are {items.Length} supplied.");
        for (var k = 0; k < items.Length; k++) cmd.Parameters.AddWithValue("@__p" + (k + 1), ToSqlite(items[k]));
    }
}
