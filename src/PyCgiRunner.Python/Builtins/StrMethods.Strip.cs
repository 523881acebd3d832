using System.Text;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>strip, lstrip, rstrip, replace, join (library reference §5.6.1).</summary>
public static partial class StrType
{
    private static void SetupStrip()
    {
        Both("strip", (self, args, kw) => Strip(self, args, kw, "strip", left: true, right: true));
        Both("lstrip", (self, args, kw) => Strip(self, args, kw, "lstrip", left: true, right: false));
        Both("rstrip", (self, args, kw) => Strip(self, args, kw, "rstrip", left: false, right: true));
        Both("replace", (self, args, kw) =>
        {
            Check("replace", args, kw, 2, 3);
            var unicode = IsUnicode(self, args[0], args[1]);
            var old = TextArg(args[0], unicode);
            var @new = TextArg(args[1], unicode);
            var max = args.Length > 2 ? IntArg(args[2]) : -1;
            return Make(Replace(SelfText(self, unicode), old, @new, max < 0 ? int.MaxValue : max), unicode);
        });
    }

    private static void SetupJoin()
    {
        Both("join", (self, args, kw) =>
        {
            Check("join", args, kw, 1, 1);
            var items = args[0] is PyBaseString s ? s.Value.Select(c => Make(c.ToString(), s is PyUnicode)).ToArray()
                                                   : Ops.ToArray(args[0], "can only join an iterable");
            return Join(self, items);
        });
    }

    /// <summary>
    /// str.join turns to unicode at the first unicode item; a non-string item is a TypeError naming its position
    /// ("expected string" from str.join, "expected string or Unicode" once the join is unicode).
    /// </summary>
    internal static PyObject Join(PyObject self, PyObject[] items)
    {
        var unicode = self is PyUnicode;
        if (!unicode)
        {
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i] is PyUnicode) { unicode = true; break; }
                if (items[i] is not PyStr)
                    throw PyErr.TypeError($"sequence item {i}: expected string, {items[i].Type.Name} found");
            }
        }
        var sep = SelfText(self, unicode);
        // The result's size is known before any copy: refuse it up front when the run cannot hold it.
        long total = items.Length > 1 ? MemoryBudget.Product(sep.Length, items.Length - 1) : 0;
        foreach (var item in items) if (item is PyBaseString bs) total += bs.Value.Length;
        MemoryBudget.ReserveChars(total);
        var sb = new StringBuilder();
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(sep);
            switch (items[i])
            {
                case PyUnicode u: sb.Append(u.Value); break;
                case PyStr s: sb.Append(unicode ? Codecs.DecodeDefault(s.Value) : s.Value); break;
                default: throw PyErr.TypeError($"sequence item {i}: expected string or Unicode, {items[i].Type.Name} found");
            }
        }
        return Make(sb.ToString(), unicode);
    }

    private static PyObject Strip(PyObject self, PyObject[] args, string[]? kw, string name, bool left, bool right)
    {
        Check(name, args, kw, 0, 1);
        var chars = args.Length > 0 && args[0] is not PyNone ? args[0] : null;
        if (chars is not null and not PyBaseString)
            throw PyErr.TypeError(self is PyUnicode ? $"{name} arg must be None, unicode or str" : $"{name} arg must be None, str or unicode");
        var unicode = IsUnicode(self, chars);
        var s = SelfText(self, unicode);
        var set = chars is null ? null : TextArg(chars, unicode);
        Func<char, bool> strip = set is null ? c => IsSpace(c, unicode) : c => set.Contains(c);
        int i = 0, j = s.Length;
        if (left) while (i < j && strip(s[i])) i++;
        if (right) while (j > i && strip(s[j - 1])) j--;
        return Make(s[i..j], unicode);
    }

    /// <summary>Replaces up to max occurrences; an empty old string matches before every character and at the end.</summary>
    internal static string Replace(string s, string old, string @new, int max)
    {
        if (max == 0) return s;
        // Replacing every occurrence: .NET's vectorized ordinal Replace does exactly that.
        if (old.Length > 0 && max > s.Length) return s.Replace(old, @new, StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        if (old.Length == 0)
        {
            var n = 0;
            for (var k = 0; k <= s.Length; k++)
            {
                if (n < max) { sb.Append(@new); n++; }
                if (k < s.Length) sb.Append(s[k]);
            }
            return sb.ToString();
        }
        var i = 0;
        var count = 0;
        int j;
        while (count < max && (j = s.IndexOf(old, i, StringComparison.Ordinal)) >= 0)
        {
            sb.Append(s, i, j - i).Append(@new);
            i = j + old.Length;
            count++;
        }
        if (count == 0) return s;
        sb.Append(s, i, s.Length - i);
        return sb.ToString();
    }
}
