using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// A "struct sequence" kind (time.struct_time, posix.stat_result): a tuple whose first fields are visible by
/// index and name, plus named-only extras (stat's st_blksize...), with CPython's `module.name(f=v, ...)` repr.
/// The types are created once per process (builtin types are shared and immutable from Python).
/// </summary>
public sealed class StructSeqKind
{
    public PyType Type { get; }
    public string QualifiedName { get; }
    public string[] Fields { get; }
    public string[] Extras { get; }

    public StructSeqKind(string module, string name, string[] fields, string[] extras)
    {
        Type = SystemSupport.NewType(name, module, BuiltinTypes.Tuple);
        QualifiedName = module + "." + name;
        Fields = fields;
        Extras = extras;
        for (var i = 0; i < fields.Length; i++)
        {
            var index = i;
            TypeSetup.Attr(Type, fields[i], self => ((PyTuple)self).Items[index]);
        }
        foreach (var extra in extras)
        {
            var key = extra;
            TypeSetup.Attr(Type, extra, self => ((StructSeq)self).GetExtra(key));
        }
        Type.Dict.SetStr("n_sequence_fields", PyInt.Get(fields.Length));
        Type.Dict.SetStr("n_fields", PyInt.Get(fields.Length + extras.Length));
        TypeSetup.Def0(Type, "__reduce__", self => new PyTuple(Type, new PyTuple(new PyTuple(((PyTuple)self).Items))));
        Type.NewFunc = (cls, args, kw) =>
        {
            var a = Args.Bind(name, args, kw, 1, "sequence", "dict");
            var items = Ops.ToArray(a[0]!, "constructor requires a sequence");
            if (items.Length < fields.Length)
                throw PyErr.TypeError($"{QualifiedName}() takes {(extras.Length == 0 ? "a" : "an at least")} {fields.Length}-sequence ({items.Length}-sequence given)");
            if (items.Length > fields.Length + extras.Length)
                throw PyErr.TypeError($"{QualifiedName}() takes {(extras.Length == 0 ? "a" : "an at most")} {fields.Length + extras.Length}-sequence ({items.Length}-sequence given)");
            var seq = new StructSeq(this, items[..fields.Length]);
            for (var i = fields.Length; i < items.Length; i++) seq.SetExtra(extras[i - fields.Length], items[i]);
            return seq;
        };
    }

    public StructSeq Create(params PyObject[] items) => new(this, items);
}

public sealed class StructSeq : PyTuple
{
    private readonly StructSeqKind _kind;
    private Dictionary<string, PyObject>? _extras;

    public StructSeq(StructSeqKind kind, PyObject[] items) : base(items) { _kind = kind; }

    public override PyType Type => _kind.Type;

    public StructSeq SetExtra(string name, PyObject value)
    {
        (_extras ??= new())[name] = value;
        return this;
    }

    public PyObject GetExtra(string name) => _extras is not null && _extras.TryGetValue(name, out var v) ? v : PyNone.Instance;

    public override string Repr()
    {
        var parts = _kind.Fields.Select((f, i) => f + "=" + Ops.Repr(Items[i]));
        return _kind.QualifiedName + "(" + string.Join(", ", parts) + ")";
    }
}
