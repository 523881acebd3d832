using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// _sre.SRE_Match (library reference §7.2.5): the spans of the whole match and of each group, taken from the
/// matcher when it succeeded, and the subject, pattern, pos and endpos it ran with. Groups are named by number
/// (int or long) or by a name of the pattern's groupindex; anything else is "no such group".
/// </summary>
[PythonType]
internal sealed partial class SreMatch : PyObject
{
    public static readonly PyType TypeObject = SreTypes.Create("SRE_Match",
        "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.", DefineMembers);

    private readonly SrePattern _pattern;
    private readonly SreSubject _subject;
    private readonly int[] _spans;
    private readonly int _pos;
    private readonly int _endPos;
    private readonly int _lastIndex;
    private PyTuple? _regs;

    public SreMatch(SrePattern pattern, SreSubject subject, SreMatcher matcher)
    {
        _pattern = pattern;
        _subject = subject;
        _spans = new int[2 * (pattern.Groups + 1)];
        for (var g = 0; g <= pattern.Groups; g++) (_spans[2 * g], _spans[2 * g + 1]) = matcher.GroupSpan(g);
        _pos = matcher.Pos;
        _endPos = matcher.EndPos;
        _lastIndex = matcher.LastIndex;
    }

    public override PyType Type => TypeObject;
    public override string Repr() => $"<_sre.SRE_Match object at 0x{Id:x8}>";

    [PythonGetter("string")]
    public PyObject Subject => _subject.Source;

    [PythonGetter("re")]
    public PyObject Pattern => _pattern;

    [PythonGetter("pos")]
    public int Pos => _pos;

    [PythonGetter("endpos")]
    public int EndPos => _endPos;

    [PythonGetter("lastindex")]
    public PyObject LastIndex => _lastIndex >= 0 ? PyInt.Get(_lastIndex) : PyNone.Instance;

    [PythonGetter("lastgroup")]
    public PyObject LastGroup
    {
        get
        {
            if (_pattern.IndexGroup is null || _lastIndex < 0) return PyNone.Instance;
            try
            {
                return Ops.GetItem(_pattern.IndexGroup, PyInt.Get(_lastIndex));
            }
            catch (PythonException)
            {
                return PyNone.Instance;
            }
        }
    }

    [PythonGetter("regs")]
    public PyObject Regs
    {
        get
        {
            if (_regs is null)
            {
                var items = new PyObject[_pattern.Groups + 1];
                for (var g = 0; g < items.Length; g++) items[g] = SpanTuple(g);
                _regs = PyTuple.Of(items);
            }
            return _regs;
        }
    }

    [PythonFunction(Doc = "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.")]
    public PyObject group(params PyObject[] groups)
    {
        switch (groups.Length)
        {
            case 0: return Text(0, PyNone.Instance);
            case 1: return Text(IndexOf(groups[0]), PyNone.Instance);
        }
        var items = new PyObject[groups.Length];
        for (var i = 0; i < items.Length; i++) items[i] = Text(IndexOf(groups[i]), PyNone.Instance);
        return PyTuple.Of(items);
    }

    [PythonFunction("groups", Keywords = true)]
    public PyObject AllGroups(PyObject? @default = null)
    {
        var items = new PyObject[_pattern.Groups];
        for (var g = 1; g <= items.Length; g++) items[g - 1] = Text(g, @default ?? PyNone.Instance);
        return PyTuple.Of(items);
    }

    [PythonFunction(Keywords = true)]
    public PyObject groupdict(PyObject? @default = null)
    {
        var result = new PyDict();
        if (_pattern.GroupIndex is not { } index || index is PyNone) return result;
        foreach (var key in Ops.ToArray(Ops.CallMethod(index, "keys")))
            result.SetItem(key, Text(IndexOf(key), @default ?? PyNone.Instance));
        return result;
    }

    [PythonFunction]
    public int start(PyObject? group = null) => _spans[2 * Checked(group)];

    [PythonFunction]
    public int end(PyObject? group = null) => _spans[2 * Checked(group) + 1];

    [PythonFunction]
    public PyObject span(PyObject? group = null) => SpanTuple(Checked(group));

    [PythonFunction]
    public PyObject expand(PyObject template) => SreTypes.CallRe("_expand", _pattern, this, template);

    [PythonFunction("__copy__")]
    public PyObject Copy() => throw PyErr.TypeError("cannot copy this match object");

    [PythonFunction("__deepcopy__")]
    public PyObject DeepCopy(PyObject memo) => throw PyErr.TypeError("cannot deepcopy this match object");

    private PyObject SpanTuple(int g) => new PyTuple(PyInt.Get(_spans[2 * g]), PyInt.Get(_spans[2 * g + 1]));

    /// <summary>match_getslice_by_index: the group's text, the fallback when it did not take part.</summary>
    private PyObject Text(int g, PyObject fallback)
    {
        if (g < 0 || g > _pattern.Groups) throw PyErr.IndexError("no such group");
        var start = _spans[2 * g];
        return start < 0 ? fallback : _subject.Slice(start, _spans[2 * g + 1]);
    }

    private int Checked(PyObject? group)
    {
        var g = group is null ? 0 : IndexOf(group);
        if (g < 0 || g > _pattern.Groups) throw PyErr.IndexError("no such group");
        return g;
    }

    /// <summary>match_getindex: an int or long is a group number; else a lookup in groupindex (-1 when absent).</summary>
    private int IndexOf(PyObject key)
    {
        if (key is PyInt or PyLong) return Number(key);
        if (_pattern.GroupIndex is not { } index || index is PyNone) return -1;
        try
        {
            var value = Ops.GetItem(index, key);
            return value is PyInt or PyLong ? Number(value) : -1;
        }
        catch (PythonException)
        {
            return -1;
        }
    }

    // A number beyond any group count names no group (CPython's overflowing PyInt_AsSsize_t gives -1 too).
    private static int Number(PyObject n) => n switch
    {
        PyInt i => i.Value is < int.MinValue or > int.MaxValue ? -1 : (int)i.Value,
        PyLong l => l.Value < int.MinValue || l.Value > int.MaxValue ? -1 : (int)l.Value,
        _ => -1,
    };
}
