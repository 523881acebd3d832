using System.Text.RegularExpressions;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>A match object (_sre.SRE_Match, library reference §7.2.5).</summary>
internal sealed class PyReMatch : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyRePattern Pattern { get; }
    public PyObject Subject { get; }
    public string Text { get; }
    public bool IsUnicode { get; }
    public Match M { get; }
    public int Pos { get; }
    public int EndPos { get; }

    public PyReMatch(PyRePattern pattern, PyObject subject, string text, bool isUnicode, Match m, int pos, int endPos)
    {
        Pattern = pattern; Subject = subject; Text = text; IsUnicode = isUnicode; M = m; Pos = pos; EndPos = endPos;
    }

    public override PyType Type => TypeObject;
    public override string Repr() => $"<_sre.SRE_Match object at 0x{Id:x8}>";

    public Group G(int index) => M.Groups[index];

    public PyObject GroupValue(int index, PyObject? fallback = null)
    {
        var g = G(index);
        return g.Success ? PyRePattern.Slice(Text, g.Index, g.Index + g.Length, IsUnicode) : fallback ?? PyNone.Instance;
    }

    /// <summary>A group named by index or name; IndexError("no such group") otherwise.</summary>
    public int Index(PyObject key)
    {
        if (key is PyBaseString s)
        {
            if (Pattern.Translation.GroupIndex.TryGetValue(s.Value, out var named)) return named;
        }
        else if (key is PyInt or PyLong or PyBool)
        {
            var n = Ops.ToLong(key);
            if (n >= 0 && n <= Pattern.Groups) return (int)n;
        }
        throw PyErr.IndexError("no such group");
    }

    public (int Start, int End) Span(int index)
    {
        var g = G(index);
        return g.Success ? (g.Index, g.Index + g.Length) : (-1, -1);
    }

    /// <summary>The group that closed last: furthest end; on a tie an enclosing group closes after its children.</summary>
    public int LastIndex()
    {
        var best = -1;
        var bestEnd = -1;
        for (var i = 1; i <= Pattern.Groups; i++)
        {
            var (s, e) = Span(i);
            if (s < 0) continue;
            if (e > bestEnd || (e == bestEnd && !IsAncestor(best, i)))
            {
                best = i;
                bestEnd = e;
            }
        }
        return best;
    }

    private bool IsAncestor(int candidate, int of)
    {
        var parents = Pattern.Translation.GroupParents;
        for (var p = parents[of]; p > 0; p = parents[p])
            if (p == candidate) return true;
        return false;
    }

    private static PyObject Spans(int s, int e) => new PyTuple(PyInt.Get(s), PyInt.Get(e));

    private static PyType CreateType()
    {
        var t = ReTypes.NewType("SRE_Match");
        Def(t, "group", (self, args, kw) =>
        {
            Args.Count("group", args, kw, 0, int.MaxValue);
            var m = (PyReMatch)self;
            if (args.Length == 0) return m.GroupValue(0);
            if (args.Length == 1) return m.GroupValue(m.Index(args[0]));
            return PyTuple.Of(args.Select(a => m.GroupValue(m.Index(a))).ToArray());
        });
        Def1(t, "__getitem__", (self, k) => ((PyReMatch)self).GroupValue(((PyReMatch)self).Index(k)));
        Def(t, "groups", (self, args, kw) =>
        {
            var a = Args.Bind("groups", args, kw, 0, "default");
            var m = (PyReMatch)self;
            var items = new PyObject[m.Pattern.Groups];
            for (var i = 0; i < items.Length; i++) items[i] = m.GroupValue(i + 1, a[0]);
            return PyTuple.Of(items);
        });
        Def(t, "groupdict", (self, args, kw) =>
        {
            var a = Args.Bind("groupdict", args, kw, 0, "default");
            var m = (PyReMatch)self;
            var d = new PyDict();
            foreach (var (name, index) in m.Pattern.Translation.GroupIndex) d.SetStr(name, m.GroupValue(index, a[0]));
            return d;
        });
        Def(t, "start", (self, args, kw) => PyInt.Get(SpanArg((PyReMatch)self, "start", args, kw).Start));
        Def(t, "end", (self, args, kw) => PyInt.Get(SpanArg((PyReMatch)self, "end", args, kw).End));
        Def(t, "span", (self, args, kw) =>
        {
            var (s, e) = SpanArg((PyReMatch)self, "span", args, kw);
            return Spans(s, e);
        });
        Def1(t, "expand", (self, template) =>
        {
            var m = (PyReMatch)self;
            return ReTemplate.Parse(m.Pattern, template).Expand(m);
        });
        Attr(t, "lastindex", self => ((PyReMatch)self).LastIndex() is var i and > 0 ? PyInt.Get(i) : PyNone.Instance);
        Attr(t, "lastgroup", self =>
        {
            var m = (PyReMatch)self;
            var i = m.LastIndex();
            foreach (var (name, index) in m.Pattern.Translation.GroupIndex)
                if (index == i) return PyStr.From(name);
            return PyNone.Instance;
        });
        Attr(t, "re", self => ((PyReMatch)self).Pattern);
        Attr(t, "string", self => ((PyReMatch)self).Subject);
        Attr(t, "pos", self => PyInt.Get(((PyReMatch)self).Pos));
        Attr(t, "endpos", self => PyInt.Get(((PyReMatch)self).EndPos));
        Attr(t, "regs", self =>
        {
            var m = (PyReMatch)self;
            var items = new PyObject[m.Pattern.Groups + 1];
            for (var i = 0; i < items.Length; i++)
            {
                var (s, e) = m.Span(i);
                items[i] = Spans(s, e);
            }
            return PyTuple.Of(items);
        });
        return t;
    }

    private static (int Start, int End) SpanArg(PyReMatch m, string name, PyObject[] args, string[]? kw)
    {
        Args.Count(name, args, kw, 0, 1);
        return m.Span(args.Length == 0 ? 0 : m.Index(args[0]));
    }
}
