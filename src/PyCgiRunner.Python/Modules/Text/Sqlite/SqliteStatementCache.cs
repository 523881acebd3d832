using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// A connection's prepared statements by SQL text (connect's cached_statements, at least 5 as in pysqlite's
/// cache.c), least recently used out first. A str and a unicode share an entry when they are equal, as dict keys
/// would. A statement leaving the cache is finalized unless a cursor is stepping it (that cursor finalizes it).
/// </summary>
internal sealed class SqliteStatementCache(int capacity)
{
    private readonly int _capacity = Math.Max(capacity, 5);
    private readonly Dictionary<string, LinkedListNode<(string Key, PySqliteStatement Statement)>> _map = new();
    private readonly LinkedList<(string Key, PySqliteStatement Statement)> _order = new();

    public PySqliteStatement Get(PyBaseString sql, Func<PySqliteStatement> create)
    {
        var key = KeyOf(sql);
        if (_map.TryGetValue(key, out var node))
        {
            _order.Remove(node);
            _order.AddFirst(node);
            return node.Value.Statement;
        }
        var statement = create();
        if (_map.Count >= _capacity)
        {
            var last = _order.Last!;
            _order.RemoveLast();
            _map.Remove(last.Value.Key);
            last.Value.Statement.Cached = false;
            if (!last.Value.Statement.InUse) last.Value.Statement.FinalizeHandle();
        }
        statement.Cached = true;
        _map[key] = _order.AddFirst((key, statement));
        return statement;
    }

    /// <summary>str keys are their chars (0-255); a non-ASCII unicode gets a prefix no str can have.</summary>
    private static string KeyOf(PyBaseString sql)
    {
        if (sql is not PyUnicode u) return sql.Value;
        foreach (var c in u.Value)
            if (c > 0x7f) return "\uffff" + u.Value;
        return u.Value;
    }
}
