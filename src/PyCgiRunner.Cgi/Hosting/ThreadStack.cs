using System.Runtime.InteropServices;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// Gives back to the kernel the stack pages a run touched below where the calling thread is now: a pooled worker
/// (<see cref="ScriptWorkerPool"/>) keeps its 256 MB stack, and a deep recursion would otherwise leave up to that
/// much resident on every worker that ever ran one (a thread that ends gives its stack back; a kept one does not).
/// madvise(MADV_DONTNEED) drops the pages; the next touch maps fresh zero pages. Linux/glibc only, else a no-op.
/// </summary>
internal static class ThreadStack
{
    private const int MadvDontNeed = 4;
    /// <summary>Kept below the current frame: what the worker's own calls need before its next run.</summary>
    private const long Margin = 256 * 1024;
    private const int PthreadAttrBytes = 64; // glibc's pthread_attr_t is 56 bytes on 64-bit Linux

    private static bool s_unavailable = !OperatingSystem.IsLinux() || IntPtr.Size != 8;

    /// <summary>Releases the unused part of the calling thread's stack; true when it did.</summary>
    public static unsafe bool ReleaseBelowCurrentFrame()
    {
        if (s_unavailable)
            return false;
        try
        {
            var attr = stackalloc byte[PthreadAttrBytes];
            if (pthread_getattr_np(pthread_self(), attr) != 0)
                return false;
            nint low;
            nuint size;
            var got = pthread_attr_getstack(attr, &low, &size);
            pthread_attr_destroy(attr);
            if (got != 0)
                return false;
            byte here = 0;
            var top = (long)&here - Margin;
            var pageSize = System.Environment.SystemPageSize;
            var start = ((long)low + pageSize - 1) / pageSize * pageSize;
            var end = top / pageSize * pageSize;
            return end > start && madvise((nint)start, (nuint)(end - start), MadvDontNeed) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
            return false;
        }
    }

#pragma warning disable SYSLIB1054 // plain DllImport, as LongRunDemotion
    [DllImport("libc")]
    private static extern nint pthread_self();

    [DllImport("libc")]
    private static extern unsafe int pthread_getattr_np(nint thread, byte* attr);

    [DllImport("libc")]
    private static extern unsafe int pthread_attr_getstack(byte* attr, nint* stackAddress, nuint* stackSize);

    [DllImport("libc")]
    private static extern unsafe int pthread_attr_destroy(byte* attr);

    [DllImport("libc")]
    private static extern int madvise(nint address, nuint length, int advice);
#pragma warning restore SYSLIB1054
}
