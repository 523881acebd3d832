using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>find, rfind, index, rindex, count, startswith, endswith (library reference §5.6.1).</summary>
public static partial class StrType
{
    private static void SetupSearch()
    {
        Both("find", (self, args, kw) => PyInt.Get(Find(self, args, kw, "find", reverse: false)));
        Both("rfind", (self, args, kw) => PyInt.Get(Find(self, args, kw, "rfind", reverse: true)));
        Both("index", (self, args, kw) => PyInt.Get(NotMinusOne(Find(self, args, kw, "index", reverse: false))));
        Both("rindex", (self, args, kw) => PyInt.Get(NotMinusOne(Find(self, args, kw, "rindex", reverse: true))));
        Both("count", (self, args, kw) =>
        {
            Check("count", args, kw, 1, 3);
            var unicode = IsUnicode(self, args[0]);
            var sub = TextArg(args[0], unicode);
            var s = SelfText(self, unicode);
            var (start, end) = Adjust(args.ElementAtOrDefault(1), args.ElementAtOrDefault(2), s.Length);
            return PyInt.Get(Count(s, sub, start, end, int.MaxValue));
        });
        Both("startswith", (self, args, kw) => PyBool.Of(Affix(self, args, kw, "startswith", atEnd: false)));
        Both("endswith", (self, args, kw) => PyBool.Of(Affix(self, args, kw, "endswith", atEnd: true)));
    }

    private static int NotMinusOne(int i) => i >= 0 ? i : throw PyErr.ValueError("substring not found");

    private static int Find(PyObject self, PyObject[] args, string[]? kw, string name, bool reverse)
    {
        // str reports all four under one name, as its shared argument parser does.
        Check(self is PyUnicode ? name : "find/rfind/index/rindex", args, kw, 1, 3);
        var unicode = IsUnicode(self, args[0]);
        var sub = TextArg(args[0], unicode);
        var s = SelfText(self, unicode);
        var (start, end) = Adjust(args.ElementAtOrDefault(1), args.ElementAtOrDefault(2), s.Length);
        return reverse ? RFind(s, sub, start, end) : FindIn(s, sub, start, end);
    }

    internal static int FindIn(string s, string sub, int start, int end)
    {
        if (start > s.Length || end - start < sub.Length) return -1;
        return s.IndexOf(sub, start, end - start, StringComparison.Ordinal);
    }

    internal static int RFind(string s, string sub, int start, int end)
    {
        if (start > s.Length || end - start < sub.Length) return -1;
        if (sub.Length == 0) return end;
        for (var i = end - sub.Length; i >= start; i--)
            if (string.CompareOrdinal(s, i, sub, 0, sub.Length) == 0) return i;
        return -1;
    }

    /// <summary>Non-overlapping occurrences; the empty string occurs between every character and at both ends.</summary>
    internal static int Count(string s, string sub, int start, int end, int max)
    {
        if (start > s.Length || end < start) return 0;
        if (sub.Length == 0) return Math.Min(end - start + 1, max);
        var n = 0;
        var i = start;
        while (n < max && (i = FindIn(s, sub, i, end)) >= 0)
        {
            n++;
            i += sub.Length;
        }
        return n;
    }

    private static bool Affix(PyObject self, PyObject[] args, string[]? kw, string name, bool atEnd)
    {
        Check(name, args, kw, 1, 3);
        var prefix = args[0];
        if (prefix is PyTuple t)
        {
            foreach (var item in t.Items)
                if (AffixOne(self, item, args, atEnd)) return true;
            return false;
        }
        if (prefix is not PyBaseString)
            throw PyErr.TypeError($"{name} first arg must be str, unicode, or tuple, not {prefix.Type.Name}");
        return AffixOne(self, prefix, args, atEnd);
    }

    private static bool AffixOne(PyObject self, PyObject item, PyObject[] args, bool atEnd)
    {
        var unicode = IsUnicode(self, item);
        var sub = TextArg(item, unicode);
        var s = SelfText(self, unicode);
        var (start, end) = Adjust(args.ElementAtOrDefault(1), args.ElementAtOrDefault(2), s.Length);
        if (start > s.Length) return false;
        if (end - start < sub.Length) return false;
        var at = atEnd ? end - sub.Length : start;
        return string.CompareOrdinal(s, at, sub, 0, sub.Length) == 0;
    }
}
