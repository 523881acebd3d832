using System.Text;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sre;

internal sealed partial class SrePattern
{
    [PythonFunction(Keywords = true, Doc = "split(string[, maxsplit = 0])  --> list.\n    Split string by the occurrences of pattern.")]
    public PyObject split(PyObject? @string = null, long maxsplit = 0, PyObject? source = null)
    {
        var subject = SreSubject.From(StringArgument(@string, source, "source"));
        var m = new SreMatcher(Program, subject.Text, 0, long.MaxValue);
        var list = new PyList();
        var n = 0L;
        var last = m.Start;
        while (maxsplit == 0 || n < maxsplit)
        {
            m.Reset();
            if (!m.Search()) break;
            if (m.Start == m.Ptr)
            {
                // An empty match never splits (2.7): the search goes on one character further.
                if (last == m.End) break;
                m.Start = m.Ptr + 1;
                continue;
            }
            list.Append(subject.Slice(last, m.Start));
            for (var g = 1; g <= Groups; g++) list.Append(GroupText(subject, m, g, PyNone.Instance));
            n++;
            last = m.Start = m.Ptr;
        }
        list.Append(subject.Slice(last, m.EndPos));
        return list;
    }

    [PythonFunction(Keywords = true, Doc = "sub(repl, string[, count = 0]) --> newstring\n    Return the string obtained by replacing the leftmost non-overlapping\n    occurrences of pattern in string by the replacement repl.")]
    public PyObject sub(PyObject repl, PyObject @string, long count = 0) => Substitute(repl, @string, count).Result;

    [PythonFunction(Keywords = true, Doc = "subn(repl, string[, count = 0]) --> (newstring, number of subs)\n    Return the tuple (new_string, number_of_subs_made) found by replacing\n    the leftmost non-overlapping occurrences of pattern with the\n    replacement repl.")]
    public PyObject subn(PyObject repl, PyObject @string, long count = 0)
    {
        var (result, n) = Substitute(repl, @string, count);
        return new PyTuple(result, PyInt.Get(n));
    }

    /// <summary>
    /// pattern_subx: a callable repl is called with each match; a string without backslashes is inserted as it
    /// is; any other template goes to re._subx, which gives back either a string or a function of the match.
    /// An empty match right after the previous match is not replaced.
    /// </summary>
    private (PyObject Result, long Count) Substitute(PyObject repl, PyObject @string, long count)
    {
        var filter = repl;
        var callable = BuiltinFunctions.IsCallable(repl);
        if (!callable)
        {
            var text = SreSubject.TryText(repl);
            if (text is null || text.Contains('\\'))
            {
                filter = SreTypes.CallRe("_subx", this, repl);
                callable = BuiltinFunctions.IsCallable(filter);
            }
        }

        var subject = SreSubject.From(@string);
        var m = new SreMatcher(Program, subject.Text, 0, long.MaxValue);
        var pieces = new List<PyObject>();
        long n = 0;
        var i = 0;
        while (count == 0 || n < count)
        {
            m.Reset();
            if (!m.Search()) break;
            int b = m.Start, e = m.Ptr;
            if (i < b) pieces.Add(subject.Slice(i, b));
            if (i < b || !(i == b && i == e && n > 0))
            {
                var item = callable ? Ops.CallFunction(filter, new SreMatch(this, subject, m)) : filter;
                if (item is not PyNone) pieces.Add(item);
                i = e;
                n++;
            }
            m.Start = m.Ptr == m.Start ? m.Ptr + 1 : m.Ptr;
        }
        if (i < m.EndPos) pieces.Add(subject.Slice(i, m.EndPos));
        return (Join(subject.Empty, pieces), n);
    }

    /// <summary>join_list: subject[:0].join(pieces), done here when every piece is of the joiner's kind.</summary>
    private static PyObject Join(PyObject joiner, List<PyObject> pieces)
    {
        if (pieces.Count == 0) return joiner;
        var sameKind = joiner switch
        {
            PyStr => pieces.TrueForAll(p => p is PyStr),
            PyUnicode => pieces.TrueForAll(p => p is PyUnicode),
            _ => false,
        };
        if (!sameKind) return Ops.CallMethod(joiner, "join", new PyList(pieces));
        var sb = new StringBuilder();
        foreach (var p in pieces) sb.Append(((PyBaseString)p).Value);
        return joiner is PyUnicode ? new PyUnicode(sb.ToString()) : PyStr.From(sb.ToString());
    }
}
