using System.Runtime.CompilerServices;

namespace PyCgiRunner.Python.Runtime;

/// <summary>id(): a unique, stable number per live object (the .NET GC moves objects, so no real addresses).</summary>
public static class ObjectIds
{
    private static readonly ConditionalWeakTable<object, object> s_ids = new();
    private static long s_next = 0x7f0000001000;

    public static long Of(object o) => (long)s_ids.GetValue(o, static _ => Interlocked.Add(ref s_next, 0x20));
}
