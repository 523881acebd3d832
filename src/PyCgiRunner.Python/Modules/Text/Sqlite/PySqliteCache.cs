using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// sqlite3.Cache (pysqlite's cache.c), which is also each connection's statement cache: get(key) returns the
/// factory's value for key, made on first use. Entries are kept most used first; a hit moves its entry ahead of
/// the ones used less often, and when the cache is full the last entry goes before a new one is made. It holds
/// at least 5 entries; keys compare as dict keys do.
/// </summary>
[PythonType]
internal sealed partial class PySqliteCache : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private sealed class Node(PyObject key, PyObject value)
    {
        public PyObject Key { get; } = key;
        public PyObject Value { get; } = value;
        public long Count { get; set; } = 1;
    }

    private readonly PyType _type;
    private readonly Dictionary<PyObject, LinkedListNode<Node>> _map = new(PythonKeyComparer.Instance);
    private readonly LinkedList<Node> _order = new();
    private Func<PyObject, PyObject>? _factory;
    private int _size = 10;

    /// <summary>Told about a value the cache lets go of (the statement cache finalizes statements).</summary>
    public Action<PyObject>? Evicted { get; set; }

    public PySqliteCache(PyType type) { _type = type; }

    /// <summary>A connection's statement cache: the factory is C# code.</summary>
    public PySqliteCache(Func<PyObject, PyObject> factory, int size) : this(TypeObject)
    {
        _factory = factory;
        _size = Math.Max(size, 5);
    }

    public override PyType Type => _type;
    public override string Repr() => $"<{_type.ModuleName}.{_type.Name} object at 0x{Id:x8}>";

    /// <summary>Cache(factory[, size]), arguments as PyArg_ParseTuple's "O|i" without a name takes them.</summary>
    [PythonFunction("__init__")]
    public void Init(params PyObject[] args)
    {
        if (args.Length is < 1 or > 2)
            throw PyErr.TypeError(args.Length < 1 ? $"function takes at least 1 argument ({args.Length} given)" : $"function takes at most 2 arguments ({args.Length} given)");
        var factory = args[0];
        _factory = key => Ops.CallFunction(factory, key);
        _size = Math.Max(args.Length > 1 ? ArgBinding.ToInt(args[1]) : 10, 5);
    }

    [PythonFunction(Doc = "Gets an entry from the cache or calls the factory function to produce one.")]
    public PyObject get(PyObject key)
    {
        if (_map.TryGetValue(key, out var hit))
        {
            var node = hit.Value;
            node.Count++;
            // Move ahead of every entry used less often (a stable insertion by count).
            var before = hit.Previous;
            if (before is not null && node.Count > before.Value.Count)
            {
                while (before.Previous is { } p && node.Count > p.Value.Count) before = p;
                _order.Remove(hit);
                _order.AddBefore(before, hit);
            }
            return node.Value;
        }
        if (_map.Count >= _size && _order.Last is { } last)
        {
            _order.RemoveLast();
            _map.Remove(last.Value.Key);
            Evicted?.Invoke(last.Value.Value);
        }
        var factory = _factory ?? throw PyErr.TypeError("'NoneType' object is not callable");
        var value = factory(key);
        _map[key] = _order.AddLast(new Node(key, value));
        return value;
    }

    [PythonFunction(Doc = "For debugging only.")]
    public void display()
    {
        var stdout = PyContext.Current.SysAttr("stdout");
        for (var n = _order.First; n is not null; n = n.Next)
        {
            var previous = n.Previous is { } p ? Ops.Str(p.Value.Key) : "None";
            var next = n.Next is { } x ? Ops.Str(x.Value.Key) : "None";
            Ops.CallMethod(stdout, "write", PyStr.From($"{previous} <- {Ops.Str(n.Value.Key)} ->{next}\n"));
        }
    }

    private static PyType CreateType()
    {
        var t = new PyType("Cache", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("sqlite3"));
        t.NewFunc = (cls, args, kw) => new PySqliteCache(cls);
        DefineMembers(t);
        return t;
    }
}
