namespace PyCgiRunner.Python.Runtime;

/// <summary>Creates an instance for a builtin type's __new__ (the type may be a Python subclass).</summary>
public delegate PyObject NewFunction(PyType cls, PyObject[] args, string[]? kwNames);

/// <summary>
/// A new-style type object: builtin types and Python classes (heap types). Attribute lookup walks the MRO;
/// lookups are cached per type and the caches drop whenever any class is modified (a global version stamp),
/// which keeps the hot path to one dictionary probe.
/// </summary>
public class PyType : PyObject
{
    private static int s_classVersion;
    private Dictionary<string, PyObject?>? _lookupCache;
    private int _cacheVersion = -1;
    private PyType? _metaclass;

    public string Name { get; set; }
    public PyTuple Bases { get; private set; }
    public PyType[] Mro { get; private set; }
    /// <summary>
    /// The MRO as __mro__ shows it and attribute lookup walks it: the new-style types of <see cref="Mro"/> with any
    /// old-style classes among the bases in their places (each contributing its own dict, CPython's classic_mro).
    /// </summary>
    public PyObject[] FullMro { get; private set; }
    public PyDict Dict { get; }
    /// <summary>True for classes created by Python code (class statements, type(name, bases, dict)).</summary>
    public bool IsHeapType { get; }
    /// <summary>The builtin type whose C# representation instances use (object, list, dict, Exception...).</summary>
    public PyType SolidBase { get; private set; }
    public NewFunction? NewFunc { get; set; }
    /// <summary>True when instances carry a __dict__.</summary>
    public bool HasInstanceDict { get; set; }
    /// <summary>Names from __slots__ (heap types only).</summary>
    public string[]? Slots { get; set; }

    public PyType(string name, PyType? baseType, bool isHeapType = false, PyDict? dict = null, PyTuple? bases = null)
    {
        Name = name;
        IsHeapType = isHeapType;
        Dict = dict ?? new PyDict();
        Bases = bases ?? (baseType is null ? PyTuple.Empty : new PyTuple(baseType));
        (FullMro, Mro) = ComputeMro();
        SolidBase = isHeapType ? FindSolidBase() : this;
        if (isHeapType) RegisterWithBases();
        else _sharedLookupCache = new System.Collections.Concurrent.ConcurrentDictionary<string, PyObject?>();
    }

    public override PyType Type => _metaclass ?? BuiltinTypes.Type;

    private List<WeakReference<PyType>>? _subclasses;

    /// <summary>
    /// Direct subclasses, for __subclasses__(). Only Python classes record theirs: builtin types are shared by
    /// every request, and one request must not see another's classes.
    /// </summary>
    public IEnumerable<PyType> Subclasses
        => _subclasses is null ? [] : _subclasses.Select(w => w.TryGetTarget(out var t) ? t : null).Where(t => t is not null).Cast<PyType>().ToList();

    private void RegisterWithBases()
    {
        foreach (var b in Bases)
            if (b is PyType { IsHeapType: true } bt) (bt._subclasses ??= new()).Add(new WeakReference<PyType>(this));
    }

    public void SetMetaclass(PyType meta) => _metaclass = meta == BuiltinTypes.Type ? null : meta;

    public PyType? BaseType => Bases.Count > 0 ? Bases[0] as PyType : null;

    public override PyDict InstanceDict => Dict;

    public static void InvalidateAllCaches() => Interlocked.Increment(ref s_classVersion);

    /// <summary>Changes whenever any class changes: inline caches compare it to stay valid.</summary>
    public static int ClassVersion => Volatile.Read(ref s_classVersion);

    private int _hooksVersion = -1;
    private bool _hasGetAttribute, _hasSetAttr, _hasGetAttr;

    private void RefreshHooks()
    {
        var v = ClassVersion;
        if (_hooksVersion == v) return;
        _hasGetAttribute = LookupOverride("__getattribute__") is not null;
        _hasSetAttr = LookupOverride("__setattr__") is not null;
        _hasGetAttr = LookupOverride("__getattr__") is not null;
        _hooksVersion = v;
    }

    /// <summary>A Python class in the MRO defines __getattribute__ (attribute loads must call it).</summary>
    public bool HasGetAttributeHook { get { if (!IsHeapType) return false; RefreshHooks(); return _hasGetAttribute; } }
    public bool HasSetAttrHook { get { if (!IsHeapType) return false; RefreshHooks(); return _hasSetAttr; } }
    public bool HasGetAttrHook { get { if (!IsHeapType) return false; RefreshHooks(); return _hasGetAttr; } }

    public void SetBases(PyTuple bases)
    {
        Bases = bases;
        (FullMro, Mro) = ComputeMro();
        SolidBase = FindSolidBase();
        InvalidateAllCaches();
    }

    /// <summary>
    /// Builtin types are shared by every request thread and never change after start-up, so their cache is
    /// concurrent and never invalidated; Python classes belong to one run (one thread) and use the plain one.
    /// </summary>
    private System.Collections.Concurrent.ConcurrentDictionary<string, PyObject?>? _sharedLookupCache;

    /// <summary>Finds name along the MRO (old-style bases are searched depth-first as in Python 2).</summary>
    public PyObject? Lookup(string name)
    {
        if (!IsHeapType)
        {
            var shared = _sharedLookupCache!;
            if (shared.TryGetValue(name, out var hit)) return hit;
            var value = LookupUncached(name);
            shared[name] = value;
            return value;
        }
        var version = Volatile.Read(ref s_classVersion);
        var cache = _lookupCache;
        if (cache is null || _cacheVersion != version)
        {
            cache = new Dictionary<string, PyObject?>();
            _lookupCache = cache;
            _cacheVersion = version;
        }
        if (cache.TryGetValue(name, out var found))
            return found;
        found = LookupUncached(name);
        cache[name] = found;
        return found;
    }

    private PyObject? LookupUncached(string name)
    {
        foreach (var entry in FullMro)
        {
            var dict = entry is PyType t ? t.Dict : ((PyClassic)entry).Dict;
            if (dict.TryGetStr(name, out var v)) return v;
        }
        return null;
    }

    /// <summary>A special method defined by a Python class in the MRO (null when the builtin behaviour applies).</summary>
    public PyObject? LookupOverride(string name)
    {
        if (!IsHeapType) return null;
        var found = Lookup(name);
        return found is PyBuiltinMethodDescriptor d && !d.OwnerIsHeap ? null : found;
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro)
            if (ReferenceEquals(t, other)) return true;
        return false;
    }

    private PyType FindSolidBase()
    {
        foreach (var b in Bases)
            if (b is PyType t && t.SolidBase != BuiltinTypes.Object)
                return t.SolidBase;
        return BuiltinTypes.Object;
    }

    // C3 linearization (Python 2.3+, mro_implementation): each base contributes its own MRO (an old-style class
    // its depth-first classic one), merged with the list of bases.
    private (PyObject[] Full, PyType[] Types) ComputeMro()
    {
        PyObject[] full;
        if (Bases.Count == 0) full = [this];
        else if (Bases.Count == 1 && Bases[0] is PyType single) full = [this, .. single.FullMro];
        else full = Merge();
        var types = full.OfType<PyType>().ToArray();
        return (full, types);
    }

    private PyObject[] Merge()
    {
        var sequences = Bases.Select(b => b is PyType t ? t.FullMro.ToList() : ClassicMro((PyClassic)b)).ToList();
        sequences.Add(Bases.ToList());
        var result = new List<PyObject> { this };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0) return result.ToArray();
            PyObject? candidate = null;
            foreach (var seq in sequences)
            {
                var head = seq[0];
                if (!sequences.Any(s => s.IndexOf(head) > 0)) { candidate = head; break; }
            }
            if (candidate is null)
                throw PyErr.TypeError("Error when calling the metaclass bases\n    Cannot create a consistent method resolution\norder (MRO) for bases "
                    + string.Join(", ", Bases.Select(b => b is PyType t ? t.Name : ((PyClassic)b).Name)));
            result.Add(candidate);
            foreach (var seq in sequences)
                if (ReferenceEquals(seq[0], candidate)) seq.RemoveAt(0);
        }
    }

    /// <summary>An old-style class and its bases, depth first, left to right, each once (classic_mro).</summary>
    private static List<PyObject> ClassicMro(PyClassic cls)
    {
        var order = new List<PyObject>();
        void Visit(PyObject c)
        {
            if (order.Contains(c)) return;
            order.Add(c);
            if (c is PyClassic classic) foreach (var b in classic.Bases) Visit(b);
        }
        Visit(cls);
        return order;
    }

    public string ModuleName => Dict.TryGetStr("__module__", out var m) && m is PyStr s ? s.Value : "__builtin__";

    public override string Repr()
    {
        var module = ModuleName;
        var kind = IsHeapType ? "class" : "type";
        return module == "__builtin__" ? $"<type '{Name}'>" : $"<{kind} '{module}.{Name}'>";
    }

    public override long Hash() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value) => TypeAttributes.TypeTryGetAttr(this, name, out value);

    public override void SetAttr(string name, PyObject value)
    {
        if (!IsHeapType)
            throw PyErr.TypeError($"can't set attributes of built-in/extension type '{Name}'");
        if (name == "__name__") { Name = PyStr.AsString(value); return; }
        if (name == "__bases__") { SetBases((PyTuple)value); return; }
        Dict.SetStr(name, value);
        InvalidateAllCaches();
    }

    public override void DelAttr(string name)
    {
        if (!IsHeapType)
            throw PyErr.TypeError($"can't set attributes of built-in/extension type '{Name}'");
        if (!Dict.RemoveStr(name))
            throw PyErr.AttributeError(name);
        InvalidateAllCaches();
    }

    public override PyObject Call(PyObject[] args, string[]? kwNames)
    {
        // A metaclass may override __call__ (instance counting, singletons...).
        if (_metaclass is { IsHeapType: true } meta && meta.LookupOverride("__call__") is { } call)
            return TypeCalls.CallBound(call, this, args, kwNames);
        return TypeCalls.CallType(this, args, kwNames);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
        => op switch
        {
            CompareOp.Eq => PyBool.Of(ReferenceEquals(this, other)),
            CompareOp.Ne => PyBool.Of(!ReferenceEquals(this, other)),
            _ => PyNotImplemented.Instance,
        };

    public override string ToString() => Repr();
}
