using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>Index, slice and repetition rules shared by str, unicode, list and tuple.</summary>
public static class Sequences
{
    public static int NormalizeIndex(long index, int length, string message)
    {
        if (index < 0) index += length;
        if (index < 0 || index >= length) throw PyErr.IndexError(message);
        return (int)index;
    }

    /// <summary>The repeat count for seq * n, or null when other is not an integer.</summary>
    public static long? RepeatCount(PyObject other)
    {
        if (other is PyInt i) return Math.Max(0, i.Value);
        if (other is PyLong l)
        {
            if (l.Value.Sign <= 0) return 0;
            if (l.Value <= long.MaxValue) return (long)l.Value;
            throw PyErr.OverflowError("cannot fit 'long' into an index-sized integer");
        }
        if (other.Type.IsHeapType && Ops.TryIndex(other, out var n)) return Math.Max(0, n);
        return null;
    }

    public static string RepeatString(string s, long n)
    {
        if (n == 0 || s.Length == 0) return "";
        if (n == 1) return s;
        if (s.Length > MemoryBudget.MaxElements / n) throw PyErr.OverflowError("repeated string is too long");
        MemoryBudget.ReserveChars(s.Length * n);
        var sb = new StringBuilder(s.Length * (int)n);
        for (var i = 0; i < n; i++) sb.Append(s);
        return sb.ToString();
    }

    public static string SliceString(string s, PySlice slice)
    {
        var (start, stop, step, count) = slice.Indices(s.Length);
        if (step == 1) return count <= 0 ? "" : s.Substring(start, count);
        var sb = new StringBuilder(count);
        for (int i = 0, j = start; i < count; i++, j += step) sb.Append(s[j]);
        return sb.ToString();
    }

    public static PyObject[] SliceArray(PyObject[] items, int length, PySlice slice)
    {
        var (start, _, step, count) = slice.Indices(length);
        if (count <= 0) return [];
        var result = new PyObject[count];
        if (step == 1) Array.Copy(items, start, result, 0, count);
        else for (int i = 0, j = start; i < count; i++, j += step) result[i] = items[j];
        return result;
    }
}
