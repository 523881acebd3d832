using System.Text;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>
/// translate (library reference §5.6.1): str takes a 256-character table (or None) and characters to delete;
/// unicode takes a mapping of ordinals to ordinals, unicode strings or None. A unicode table or deletion set
/// given to str.translate makes it the unicode method.
/// </summary>
public static partial class StrType
{
    private static void SetupTranslate()
    {
        Def(BuiltinTypes.Str, "translate", (self, args, kw) =>
        {
            Args.Count("translate", args, kw, 1, 2);
            var table = args[0];
            var delete = args.Length > 1 ? args[1] : null;
            if (table is PyUnicode || delete is PyUnicode)
            {
                if (delete is not null) throw PyErr.TypeError("deletions are implemented differently for unicode");
                return new PyUnicode(TranslateUnicode(Codecs.DecodeDefault(V(self)), table));
            }
            string? map = table is PyNone ? null : TextArg(table, false);
            if (map is not null && map.Length != 256) throw PyErr.ValueError("translation table must be 256 characters long");
            var deleted = delete is null ? "" : TextArg(delete, false);
            var sb = new StringBuilder(V(self).Length);
            foreach (var c in V(self))
                if (deleted.IndexOf(c) < 0) sb.Append(map is null ? c : map[c]);
            return PyStr.From(sb.ToString());
        });
        Def(BuiltinTypes.Unicode, "translate", (self, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("translate() takes no keyword arguments");
            if (args.Length != 1) throw PyErr.TypeError($"translate() takes exactly one argument ({args.Length} given)");
            return new PyUnicode(TranslateUnicode(V(self), args[0]));
        });
    }

    /// <summary>Looks each ordinal up in the mapping; a LookupError keeps the character.</summary>
    internal static string TranslateUnicode(string s, PyObject table)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            PyObject r;
            try { r = Ops.GetItem(table, PyInt.Get(c)); }
            catch (PythonException e) when (e.IsInstance(BuiltinTypes.LookupError))
            {
                sb.Append(c);
                continue;
            }
            switch (r)
            {
                case PyNone: break;
                case PyUnicode u: sb.Append(u.Value); break;
                case PyInt or PyLong:
                    var v = Ops.ToBigInteger(r);
                    // CPython 2.7's message really contains the unexpanded "%lx".
                    if (v < 0 || v > 0x10FFFF) throw PyErr.TypeError("character mapping must be in range(0x%lx)");
                    sb.Append(char.ConvertFromUtf32((int)v is >= 0xD800 and <= 0xDFFF ? 0xFFFD : (int)v));
                    if (v >= 0xD800 && v <= 0xDFFF) { sb.Length--; sb.Append((char)(int)v); }
                    break;
                default: throw PyErr.TypeError("character mapping must return integer, None or unicode");
            }
        }
        return sb.ToString();
    }
}
