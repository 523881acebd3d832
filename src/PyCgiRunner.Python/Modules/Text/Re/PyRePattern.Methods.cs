using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>Pattern object methods and attributes (library reference §7.2.4).</summary>
internal sealed partial class PyRePattern
{
    private static PyType CreateType()
    {
        var t = ReTypes.NewType("SRE_Pattern");
        Def(t, "match", (self, args, kw) => ((PyRePattern)self).MatchMethod("match", args, kw, anchored: true));
        Def(t, "search", (self, args, kw) => ((PyRePattern)self).MatchMethod("search", args, kw, anchored: false));
        Def(t, "findall", (self, args, kw) =>
        {
            var a = Args.Bind("findall", args, kw, 1, "string", "pos", "endpos");
            return ((PyRePattern)self).FindAll(a[0]!, PosArg(a[1], 0), PosArg(a[2], long.MaxValue));
        });
        Def(t, "finditer", (self, args, kw) =>
        {
            var a = Args.Bind("finditer", args, kw, 1, "string", "pos", "endpos");
            return new ReScanner((PyRePattern)self, a[0]!, PosArg(a[1], 0), PosArg(a[2], long.MaxValue));
        });
        Def(t, "split", (self, args, kw) =>
        {
            var a = Args.Bind("split", args, kw, 1, "string", "maxsplit");
            return ((PyRePattern)self).Split(a[0]!, a[1] is null ? 0 : Args.Int(a[1]!, "maxsplit"));
        });
        Def(t, "sub", (self, args, kw) =>
        {
            var a = Args.Bind("sub", args, kw, 2, "repl", "string", "count");
            return ((PyRePattern)self).Sub(a[0]!, a[1]!, a[2] is null ? 0 : Args.Int(a[2]!, "count"), false);
        });
        Def(t, "subn", (self, args, kw) =>
        {
            var a = Args.Bind("subn", args, kw, 2, "repl", "string", "count");
            return ((PyRePattern)self).Sub(a[0]!, a[1]!, a[2] is null ? 0 : Args.Int(a[2]!, "count"), true);
        });
        Attr(t, "pattern", self => ((PyRePattern)self).Source);
        Attr(t, "flags", self => PyInt.Get(((PyRePattern)self).Translation.Flags));
        Attr(t, "groups", self => PyInt.Get(((PyRePattern)self).Groups));
        Attr(t, "groupindex", self => ((PyRePattern)self).GroupIndexDict());
        return t;
    }

    private static long PosArg(PyObject? o, long fallback) => o is null ? fallback : Args.Int(o, "pos");

    private PyObject MatchMethod(string name, PyObject[] args, string[]? kw, bool anchored)
    {
        var a = Args.Bind(name, args, kw, 1, "string", "pos", "endpos");
        return MatchAt(a[0]!, PosArg(a[1], 0), PosArg(a[2], long.MaxValue), anchored);
    }

    public PyObject MatchAt(PyObject subject, long pos, long endpos, bool anchored)
    {
        var (text, isUnicode) = Subject(subject);
        var (input, p, e) = Window(text, pos, endpos);
        var m = Find(input, p, anchored);
        return m is null ? PyNone.Instance : new PyReMatch(this, subject, text, isUnicode, m, p, e);
    }

    // _sre pattern_findall: no groups → the match, one group → it, more → a tuple; unmatched groups are "".
    public PyObject FindAll(PyObject subject, long pos, long endpos)
    {
        var (text, isUnicode) = Subject(subject);
        var (input, start, _) = Window(text, pos, endpos);
        var result = new PyList();
        var empty = isUnicode ? (PyObject)PyUnicode.Empty : PyStr.Empty;
        while (start <= input.Length)
        {
            var m = Find(input, start, anchored: false);
            if (m is null) break;
            PyObject item;
            if (Groups == 0) item = Slice(text, m.Index, m.Index + m.Length, isUnicode);
            else
            {
                var values = new PyObject[Groups];
                for (var g = 1; g <= Groups; g++)
                {
                    var grp = m.Groups[g];
                    values[g - 1] = grp.Success ? Slice(text, grp.Index, grp.Index + grp.Length, isUnicode) : empty;
                }
                item = Groups == 1 ? values[0] : PyTuple.Of(values);
            }
            result.Append(item);
            start = m.Length == 0 ? m.Index + 1 : m.Index + m.Length;
        }
        return result;
    }

    // _sre pattern_split (2.7): empty matches never split; groups are inserted between the pieces.
    public PyObject Split(PyObject subject, long maxsplit)
    {
        var (text, isUnicode) = Subject(subject);
        var result = new PyList();
        int last = 0, start = 0, n = 0;
        while (maxsplit <= 0 || n < maxsplit)
        {
            var m = Find(text, start, anchored: false);
            if (m is null) break;
            if (m.Length == 0)
            {
                if (m.Index >= text.Length) break;
                start = m.Index + 1;
                continue;
            }
            result.Append(Slice(text, last, m.Index, isUnicode));
            for (var g = 1; g <= Groups; g++)
            {
                var grp = m.Groups[g];
                result.Append(grp.Success ? Slice(text, grp.Index, grp.Index + grp.Length, isUnicode) : PyNone.Instance);
            }
            n++;
            start = last = m.Index + m.Length;
        }
        result.Append(Slice(text, last, text.Length, isUnicode));
        return result;
    }
}
