using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>split, rsplit, splitlines, partition, rpartition (library reference §5.6.1).</summary>
public static partial class StrType
{
    private static void SetupSplit()
    {
        Both("split", (self, args, kw) => SplitMethod(self, args, kw, "split", reverse: false));
        Both("rsplit", (self, args, kw) => SplitMethod(self, args, kw, "rsplit", reverse: true));
        Both("splitlines", (self, args, kw) =>
        {
            Check("splitlines", args, kw, 0, 1);
            var keepEnds = args.Length > 0 && IntArg(args[0]) != 0;
            var u = self is PyUnicode;
            return ToList(SplitLines(V(self), keepEnds, u), u);
        });
        Both("partition", (self, args, kw) => Partition(self, args, kw, "partition", reverse: false));
        Both("rpartition", (self, args, kw) => Partition(self, args, kw, "rpartition", reverse: true));
    }

    private static PyList ToList(List<string> parts, bool unicode)
    {
        var list = new PyList();
        foreach (var p in parts) list.Append(Make(p, unicode));
        return list;
    }

    private static PyObject SplitMethod(PyObject self, PyObject[] args, string[]? kw, string name, bool reverse)
    {
        Check(name, args, kw, 0, 2);
        var sep = args.Length > 0 && args[0] is not PyNone ? args[0] : null;
        var max = args.Length > 1 ? IntArg(args[1]) : -1;
        if (max < 0) max = int.MaxValue;
        var unicode = IsUnicode(self, sep);
        var s = SelfText(self, unicode);
        if (sep is null) return ToList(reverse ? RSplitWhitespace(s, max, unicode) : SplitWhitespace(s, max, unicode), unicode);
        var sepText = TextArg(sep, unicode);
        if (sepText.Length == 0) throw PyErr.ValueError("empty separator");
        return ToList(reverse ? RSplitOn(s, sepText, max) : SplitOn(s, sepText, max), unicode);
    }

    /// <summary>Runs of whitespace separate; after maxsplit splits the rest is kept, leading whitespace skipped.</summary>
    internal static List<string> SplitWhitespace(string s, int max, bool unicode)
    {
        var parts = new List<string>();
        var i = 0;
        var n = s.Length;
        while (i < n && IsSpace(s[i], unicode)) i++;
        while (i < n)
        {
            if (parts.Count == max)
            {
                parts.Add(s[i..]);
                break;
            }
            var j = i;
            while (i < n && !IsSpace(s[i], unicode)) i++;
            parts.Add(s[j..i]);
            while (i < n && IsSpace(s[i], unicode)) i++;
        }
        return parts;
    }

    internal static List<string> RSplitWhitespace(string s, int max, bool unicode)
    {
        var parts = new List<string>();
        var i = s.Length - 1;
        while (i >= 0 && IsSpace(s[i], unicode)) i--;
        while (i >= 0)
        {
            if (parts.Count == max)
            {
                parts.Add(s[..(i + 1)]);
                break;
            }
            var j = i;
            while (i >= 0 && !IsSpace(s[i], unicode)) i--;
            parts.Add(s[(i + 1)..(j + 1)]);
            while (i >= 0 && IsSpace(s[i], unicode)) i--;
        }
        parts.Reverse();
        return parts;
    }

    internal static List<string> SplitOn(string s, string sep, int max)
    {
        var parts = new List<string>();
        var i = 0;
        int j;
        while (parts.Count < max && (j = s.IndexOf(sep, i, StringComparison.Ordinal)) >= 0)
        {
            parts.Add(s[i..j]);
            i = j + sep.Length;
        }
        parts.Add(s[i..]);
        return parts;
    }

    internal static List<string> RSplitOn(string s, string sep, int max)
    {
        var parts = new List<string>();
        var end = s.Length;
        int j;
        while (parts.Count < max && end >= sep.Length && (j = RFind(s, sep, 0, end)) >= 0)
        {
            parts.Add(s[(j + sep.Length)..end]);
            end = j;
        }
        parts.Add(s[..end]);
        parts.Reverse();
        return parts;
    }

    /// <summary>Line boundaries: \n, \r, \r\n for str; unicode adds \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.</summary>
    internal static List<string> SplitLines(string s, bool keepEnds, bool unicode)
    {
        var lines = new List<string>();
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && !IsLineBreak(s[i], unicode)) i++;
            var eol = i;
            if (i < s.Length)
            {
                i += s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
                if (keepEnds) eol = i;
            }
            lines.Add(s[start..eol]);
        }
        return lines;
    }

    private static bool IsLineBreak(char c, bool unicode)
        => c is '\n' or '\r' || (unicode && c is '\x0b' or '\x0c' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029');

    private static PyObject Partition(PyObject self, PyObject[] args, string[]? kw, string name, bool reverse)
    {
        Check(name, args, kw, 1, 1);
        var unicode = IsUnicode(self, args[0]);
        var sep = TextArg(args[0], unicode);
        var s = SelfText(self, unicode);
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        var at = reverse ? RFind(s, sep, 0, s.Length) : s.IndexOf(sep, StringComparison.Ordinal);
        if (at < 0)
            return reverse ? new PyTuple(Make("", unicode), Make("", unicode), Make(s, unicode))
                           : new PyTuple(Make(s, unicode), Make("", unicode), Make("", unicode));
        return new PyTuple(Make(s[..at], unicode), Make(sep, unicode), Make(s[(at + sep.Length)..], unicode));
    }
}
