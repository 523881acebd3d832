using System.Text;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>center, ljust, rjust, zfill, expandtabs (library reference §5.6.1).</summary>
public static partial class StrType
{
    private static void SetupJustify()
    {
        Both("ljust", (self, args, kw) => Justify(self, args, kw, "ljust", (s, n) => (0, n)));
        Both("rjust", (self, args, kw) => Justify(self, args, kw, "rjust", (s, n) => (n, 0)));
        // CPython's center puts the odd pad character on the left when the width is odd too.
        Both("center", (self, args, kw) => Justify(self, args, kw, "center", (w, n) =>
        {
            var left = n / 2 + (n & w & 1);
            return (left, n - left);
        }));
        Both("zfill", (self, args, kw) =>
        {
            Check("zfill", args, kw, 1, 1);
            var width = IntArg(args[0]);
            var s = V(self);
            if (s.Length >= width) return Make(s, self is PyUnicode);
            MemoryBudget.ReserveChars(width);
            var pad = new string('0', width - s.Length);
            var text = s.Length > 0 && s[0] is '+' or '-' ? s[0] + pad + s[1..] : pad + s;
            return Make(text, self is PyUnicode);
        });
        Both("expandtabs", (self, args, kw) =>
        {
            Check("expandtabs", args, kw, 0, 1);
            var tabSize = args.Length > 0 ? IntArg(args[0]) : 8;
            return Make(ExpandTabs(V(self), tabSize), self is PyUnicode);
        });
    }

    /// <summary>A tab advances to the next multiple of tabsize; \n and \r restart the column count.</summary>
    internal static string ExpandTabs(string s, int tabSize)
    {
        var sb = new StringBuilder(s.Length);
        var column = 0;
        foreach (var c in s)
        {
            if (c == '\t')
            {
                if (tabSize > 0)
                {
                    var n = tabSize - column % tabSize;
                    MemoryBudget.ReserveChars((long)sb.Length + n);
                    sb.Append(' ', n);
                    column += n;
                }
            }
            else
            {
                sb.Append(c);
                column = c is '\n' or '\r' ? 0 : column + 1;
            }
        }
        return sb.ToString();
    }

    private static PyObject Justify(PyObject self, PyObject[] args, string[]? kw, string name, Func<int, int, (int left, int right)> split)
    {
        Check(name, args, kw, 1, 2);
        var width = IntArg(args[0]);
        var u = self is PyUnicode;
        var fill = args.Length > 1 ? FillChar(args[1], u, name) : ' ';
        var s = V(self);
        if (width <= s.Length) return Make(s, u);
        MemoryBudget.ReserveChars(width);
        var (left, right) = split(width, width - s.Length);
        return Make(new string(fill, left) + s + new string(fill, right), u);
    }

    private static char FillChar(PyObject o, bool unicode, string name)
    {
        if (!unicode)
        {
            if (o is PyStr s && s.Value.Length == 1) return s.Value[0];
            throw PyErr.TypeError($"{name}() argument 2 must be char, not {o.Type.Name}");
        }
        string text;
        try { text = TextArg(o, true); }
        catch (PythonException) { throw PyErr.TypeError("The fill character cannot be converted to Unicode"); }
        if (text.Length != 1) throw PyErr.TypeError("The fill character must be exactly one character long");
        return text[0];
    }
}
