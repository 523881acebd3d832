using System.Runtime.InteropServices;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Weakref;

/// <summary>
/// The weak references to one object, in CPython's list order (the basic ref, then the basic proxy, then the
/// others newest first). It lives beside the object (<see cref="WeakRefRegistry"/>) and holds the references
/// themselves weakly, as CPython's list does: a reference nobody holds is dropped and its callback never runs.
/// When the object is collected this list becomes garbage too; its finalizer (on the collector's thread) hands
/// the callbacks to the program's thread, which runs them at its next check point or at gc.collect().
/// Raw weak GC handles rather than WeakReference objects: those have finalizers of their own, which may run
/// before this one and would hide the references.
/// </summary>
internal sealed class WeakReferenceList
{
    private readonly List<GCHandle> _refs = new();
    // Tells "the object died" from "the whole registry died with its program" in the finalizer.
    private GCHandle _referent;

    public WeakReferenceList(PyObject referent) { _referent = GCHandle.Alloc(referent, GCHandleType.Weak); }

    /// <summary>The live references, first to last (dead entries are dropped on the way).</summary>
    public List<WeakRefBase> Live()
    {
        var result = new List<WeakRefBase>(_refs.Count);
        lock (_refs)
        {
            for (var i = 0; i < _refs.Count; i++)
            {
                if (_refs[i].Target is WeakRefBase r) { result.Add(r); continue; }
                _refs[i].Free();
                _refs.RemoveAt(i--);
            }
        }
        return result;
    }

    /// <summary>The reference of exactly this type without callback, shared by every ref(o) or proxy(o) call.</summary>
    public T? Basic<T>(PyType exactType) where T : WeakRefBase
        => Live().OfType<T>().FirstOrDefault(r => r.Callback is null && r.Type == exactType);

    /// <summary>Inserts after the leading references that <paramref name="goesBefore"/> accepts (weakrefobject.c's insert_after).</summary>
    public void Add(WeakRefBase reference, Func<WeakRefBase, bool> goesBefore)
    {
        lock (_refs)
        {
            var live = Live();
            var position = 0;
            while (position < live.Count && goesBefore(live[position])) position++;
            _refs.Insert(position, GCHandle.Alloc(reference, GCHandleType.Weak));
        }
    }

    ~WeakReferenceList()
    {
        var died = _referent.Target is null;
        _referent.Free();
        foreach (var handle in _refs)
        {
            if (died && handle.Target is WeakRefBase { Callback: not null } r) r.ScheduleCallback();
            handle.Free();
        }
    }
}
