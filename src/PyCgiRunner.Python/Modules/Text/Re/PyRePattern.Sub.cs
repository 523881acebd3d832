using System.Text;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>sub/subn (library reference §7.2.2 re.sub) with _sre's 2.7 loop: an empty match right after the previous match is skipped.</summary>
internal sealed partial class PyRePattern
{
    public PyObject Sub(PyObject repl, PyObject subject, long count, bool withCount)
    {
        var (text, isUnicode) = Subject(subject);
        ReTemplate? template = null;
        PyObject? literal = null;
        var callable = repl is not PyBaseString;
        if (!callable)
        {
            var (replText, _) = Subject(repl);
            if (replText.Contains('\\')) template = ReTemplate.Parse(this, repl);
            else literal = repl;
        }
        var pieces = new List<PyObject>();
        int i = 0, start = 0, n = 0;
        while (count <= 0 || n < count)
        {
            if (start > text.Length) break;
            var m = Find(text, start, anchored: false);
            if (m is null) break;
            int b = m.Index, e = m.Index + m.Length;
            if (i < b) pieces.Add(Slice(text, i, b, isUnicode));
            if (!(i == b && i == e && n > 0))
            {
                var match = new PyReMatch(this, subject, text, isUnicode, m, 0, text.Length);
                PyObject item = callable ? Ops.Call(repl, [match], null) : template is not null ? template.Expand(match) : literal!;
                if (item is PyBaseString) pieces.Add(item);
                else if (item is not PyNone) throw PyErr.TypeError($"sequence item {pieces.Count}: expected string or Unicode, {item.Type.Name} found");
                n++;
                i = e;
            }
            start = e == b ? e + 1 : e;
        }
        if (i < text.Length) pieces.Add(Slice(text, i, text.Length, isUnicode));
        var result = Join(pieces, isUnicode);
        return withCount ? new PyTuple(result, PyInt.Get(n)) : result;
    }

    private static PyObject Join(List<PyObject> pieces, bool isUnicode)
    {
        var unicode = isUnicode || pieces.Any(p => p is PyUnicode);
        var sb = new StringBuilder();
        foreach (var p in pieces)
        {
            var v = ((PyBaseString)p).Value;
            sb.Append(unicode && p is not PyUnicode ? Codecs.DecodeDefault(v) : v);
        }
        return unicode ? new PyUnicode(sb.ToString()) : PyStr.From(sb.ToString());
    }
}
