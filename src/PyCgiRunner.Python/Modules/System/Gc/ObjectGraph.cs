using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Gc;

/// <summary>
/// The object graph as CPython's collector sees it: which objects are containers it tracks (gc.is_tracked), what
/// each refers to (the tp_traverse order of 2.7: lists from the end, dicts key then value, instances their
/// dict then class), and the containers reachable from the running program.
/// </summary>
internal static class ObjectGraph
{
    /// <summary>
    /// Atoms (numbers, strings, None, builtin types, plain object()) are never tracked; a tuple or an exact dict
    /// only while it holds something tracked (CPython untracks those lazily; this answers as after a collection).
    /// </summary>
    public static bool IsTracked(PyObject o) => o switch
    {
        PyNone or PyInt or PyLong or PyFloat or PyComplex or PyBaseString or PyXRange or PySlice or PyNotImplemented => false,
        PyType t => t.IsHeapType,
        PyTuple t when !t.Type.IsHeapType => t.Items.Any(IsTracked),
        PyDict d when d.Type == BuiltinTypes.Dict => d.Items().Any(kv => IsTracked(kv.Key) || IsTracked(kv.Value)),
        PyUserObject u => u.Type != BuiltinTypes.Object,
        _ when o.Type == BuiltinTypes.ByteArray || o.Type == BuiltinTypes.Ellipsis => false,
        _ => true,
    };

    public static void Referents(PyObject o, Action<PyObject> visit)
    {
        switch (o)
        {
            case ITraversable native:
                native.Traverse(visit);
                break;
            case PyList l:
                for (var i = l.Count - 1; i >= 0; i--) visit(l[i]);
                break;
            case PyTuple t:
                foreach (var item in t.Items) visit(item);
                break;
            case PySet s:
                foreach (var item in s.Keys) visit(item);
                break;
            case PyDict d:
                foreach (var (k, v) in d.Items().ToList()) { visit(k); visit(v); }
                break;
            case PyType t:
                visit(t.Dict);
                visit(t.Bases);
                break;
            case PyClassic c:
                foreach (var b in c.Bases) visit(b);
                visit(c.Dict);
                visit(PyStr.From(c.Name));
                return;
            case PyInstance i:
                visit(i.Class);
                visit(i.Dict);
                return;
            case PyModule m:
                visit(m.Dict);
                return;
            case PyFunction f:
                visit(f.Globals);
                visit(f.ModuleName);
                foreach (var d in f.Defaults) visit(d);
                visit(f.Doc);
                if (f.Closure is not null) foreach (var cell in f.Closure) visit(cell);
                break;
            case PyMethod m:
                visit(m.Function);
                if (m.Self is not null) visit(m.Self);
                if (m.Class is not null) visit(m.Class);
                return;
            case PyCell cell:
                if (cell.Value is not null) visit(cell.Value);
                return;
        }
        // Instances of Python classes (including subclasses of builtins): their __dict__, then their class.
        if (o is not PyType && o.Type.IsHeapType)
        {
            if (o.InstanceDict is { } dict) visit(dict);
            visit(o.Type);
        }
        else if (o is PyFunction { InstanceDict: { } fdict }) visit(fdict);
    }

    /// <summary>Every tracked object reachable from the program's roots: sys.modules, builtins and the frames.</summary>
    public static List<PyObject> Reachable(PyContext ctx, PyObject? exclude)
    {
        var seen = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        var result = new List<PyObject>();
        var pending = new Stack<PyObject>();
        void Push(PyObject o)
        {
            if (ReferenceEquals(o, exclude) || !IsTracked(o) || !seen.Add(o)) return;
            result.Add(o);
            pending.Push(o);
        }
        Push(ctx.Modules);
        Push(ctx.Builtins);
        for (var frame = ctx.CurrentFrame; frame is not null; frame = frame.Back)
        {
            Push(frame.Globals);
            if (frame.Names is not null) Push(frame.Names);
            foreach (var slot in frame.Locals) if (slot.Value is not null) Push(slot.Value);
            if (frame.Cells is not null) foreach (var cell in frame.Cells) Push(cell);
        }
        while (pending.Count > 0) Referents(pending.Pop(), Push);
        return result;
    }
}
