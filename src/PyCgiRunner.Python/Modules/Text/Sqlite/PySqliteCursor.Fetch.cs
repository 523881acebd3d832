using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// Rows out of a cursor: the description, converters chosen by column name ("x [type]") or declared type
/// (detect_types), text_factory, and the fetch methods and iteration.
/// </summary>
internal sealed partial class PySqliteCursor
{
    private const string FetchAcrossRollback = "Cursor needed to be reset because of commit/rollback and can no longer be fetched from.";

    public override PyObject GetIter() => this;

    public override bool Next(out PyObject value) => TryNextRow(out value);

    [PythonFunction("__iter__")]
    public PyObject Iter() => this;

    [PythonFunction("next")]
    public PyObject NextMethod() => TryNextRow(out var row) ? row : throw PyErr.StopIteration();

    /// <summary>pysqlite_cursor_iternext: the prefetched row through row_factory, then the next step; false at the end.</summary>
    private bool TryNextRow(out PyObject result)
    {
        result = PyNone.Instance;
        var connection = CheckCursor();
        if (_reset) throw SqliteErrors.Interface(FetchAcrossRollback);
        if (_nextRow is not { } row)
        {
            if (_statement is not null)
            {
                _statement.Reset();
                DropStatement();
            }
            return false;
        }
        _nextRow = null;
        result = RowFactory is PyNone ? row : Ops.CallFunction(RowFactory, this, row);
        if (_statement is { } statement)
        {
            var rc = connection.Step(statement);
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
            {
                statement.Reset();
                throw SqliteErrors.FromDatabase(connection.Db!) ?? SqliteErrors.Operational("step failed");
            }
            if (rc == raw.SQLITE_ROW) _nextRow = FetchOneRow(statement);
        }
        return true;
    }

    [PythonFunction(Doc = "Fetches one row from the resultset.")]
    public PyObject fetchone() => TryNextRow(out var row) ? row : PyNone.Instance;

    /// <summary>fetchmany(size=arraysize): a size of 0 or less fetches everything, as pysqlite's counter never meets it.</summary>
    [PythonFunction(Keywords = true, Doc = "Fetches several rows from the resultset.")]
    public PyList fetchmany(int size = int.MinValue)
    {
        var max = size == int.MinValue ? ArraySize : size;
        var rows = new PyList();
        var counter = 0;
        while (TryNextRow(out var row))
        {
            rows.Append(row);
            if (++counter == max) break;
        }
        return rows;
    }

    [PythonFunction(Doc = "Fetches all rows from the resultset.")]
    public PyList fetchall()
    {
        var rows = new PyList();
        while (TryNextRow(out var row)) rows.Append(row);
        return rows;
    }

    /// <summary>The 7-tuples of PEP 249 with only the name; a "name [type]" column name keeps the part before " [".</summary>
    private static PyTuple Describe(PySqliteStatement statement)
    {
        var n = statement.Handle is null ? 0 : raw.sqlite3_column_count(statement.Handle);
        var columns = new PyObject[n];
        for (var i = 0; i < n; i++)
        {
            var name = raw.sqlite3_column_name(statement.Handle!, i).utf8_to_string();
            PyObject shown = PyNone.Instance;
            if (name is not null)
            {
                var bracket = name.IndexOf('[');
                if (bracket > 0 && name[bracket - 1] == ' ') bracket--;
                shown = SqliteNative.Str(bracket < 0 ? name : name[..bracket]);
            }
            columns[i] = new PyTuple(shown, PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance);
        }
        return PyTuple.Of(columns);
    }
}
