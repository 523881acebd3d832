using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// _sre.SRE_Pattern, what _sre.compile makes of sre_compile's code (library reference §7.2.4): match and
/// search return SRE_Match objects or None; findall, finditer, split, sub and subn loop over searches as
/// _sre.c does, including its rules for empty matches. Immutable and shareable.
/// </summary>
[PythonType]
internal sealed partial class SrePattern : PyObject
{
    public static readonly PyType TypeObject = SreTypes.Create("SRE_Pattern", "Compiled regular expression objects", DefineMembers);

    public SreProgram Program { get; }
    private readonly PyObject _pattern;
    private readonly PyObject? _groupIndex;

    /// <summary>The names of the groups by number (sre_compile's indexgroup), for lastgroup.</summary>
    public PyObject? IndexGroup { get; }

    public SrePattern(SreProgram program, PyObject pattern, PyObject? groupIndex, PyObject? indexGroup)
    {
        Program = program;
        _pattern = pattern;
        _groupIndex = groupIndex;
        IndexGroup = indexGroup;
    }

    public override PyType Type => TypeObject;
    public override string Repr() => $"<_sre.SRE_Pattern object at 0x{Id:x8}>";

    [PythonGetter("pattern")]
    public PyObject PatternSource => _pattern;

    [PythonGetter("flags")]
    public int Flags => Program.Flags;

    [PythonGetter("groups")]
    public int Groups => Program.Groups;

    [PythonGetter("groupindex")]
    public PyObject? GroupIndex => _groupIndex;

    [PythonFunction(Keywords = true, Doc = "match(string[, pos[, endpos]]) --> match object or None.\n    Matches zero or more characters at the beginning of the string")]
    public PyObject match(PyObject? @string = null, long pos = 0, long endpos = long.MaxValue, PyObject? pattern = null)
    {
        var subject = SreSubject.From(StringArgument(@string, pattern, "pattern"));
        var m = new SreMatcher(Program, subject.Text, pos, endpos);
        return m.Match() ? new SreMatch(this, subject, m) : PyNone.Instance;
    }

    [PythonFunction(Keywords = true, Doc = "search(string[, pos[, endpos]]) --> match object or None.\n    Scan through string looking for a match, and return a corresponding\n    match object instance. Return None if no position in the string matches.")]
    public PyObject search(PyObject? @string = null, long pos = 0, long endpos = long.MaxValue, PyObject? pattern = null)
    {
        var subject = SreSubject.From(StringArgument(@string, pattern, "pattern"));
        var m = new SreMatcher(Program, subject.Text, pos, endpos);
        return m.Search() ? new SreMatch(this, subject, m) : PyNone.Instance;
    }

    [PythonFunction(Keywords = true, Doc = "findall(string[, pos[, endpos]]) --> list.\n   Return a list of all non-overlapping matches of pattern in string.")]
    public PyObject findall(PyObject? @string = null, long pos = 0, long endpos = long.MaxValue, PyObject? source = null)
    {
        var subject = SreSubject.From(StringArgument(@string, source, "source"));
        var m = new SreMatcher(Program, subject.Text, pos, endpos);
        var list = new PyList();
        while (m.Start <= m.End)
        {
            m.Reset();
            if (!m.Search()) break;
            // With no group the whole match, with one its text, with more a tuple; an unset group gives "".
            list.Append(Groups switch
            {
                0 => subject.Slice(m.Start, m.Ptr),
                1 => GroupText(subject, m, 1, subject.Empty),
                _ => FindAllTuple(subject, m),
            });
            m.Start = m.Ptr == m.Start ? m.Ptr + 1 : m.Ptr;
        }
        return list;
    }

    [PythonFunction(Doc = "finditer(string[, pos[, endpos]]) --> iterator.\n    Return an iterator over all non-overlapping matches for the \n    RE pattern in string. For each match, the iterator returns a\n    match object.")]
    public PyObject finditer(PyObject @string, long pos = 0, long endpos = long.MaxValue)
        => new Builtins.CallableIterator(Ops.GetAttr(scanner(@string, pos, endpos), "search"), PyNone.Instance);

    [PythonFunction]
    public PyObject scanner(PyObject @string, long pos = 0, long endpos = long.MaxValue)
    {
        var subject = SreSubject.From(@string);
        return new SreScanner(this, subject, new SreMatcher(Program, subject.Text, pos, endpos));
    }

    [PythonFunction("__copy__")]
    public PyObject Copy() => throw PyErr.TypeError("cannot copy this pattern object");

    [PythonFunction("__deepcopy__")]
    public PyObject DeepCopy(PyObject memo) => throw PyErr.TypeError("cannot deepcopy this pattern object");

    private PyObject FindAllTuple(SreSubject subject, SreMatcher m)
    {
        var items = new PyObject[Groups];
        for (var i = 0; i < items.Length; i++) items[i] = GroupText(subject, m, i + 1, subject.Empty);
        return PyTuple.Of(items);
    }

    /// <summary>state_getslice: the text of a group of the matcher's last match, or the fallback when unset.</summary>
    private static PyObject GroupText(SreSubject subject, SreMatcher m, int group, PyObject fallback)
    {
        var (start, end) = m.GroupSpan(group);
        return start < 0 ? fallback : subject.Slice(start, end);
    }

    /// <summary>
    /// The subject argument, given as 'string' or by the keyword it had before 2.7.x renamed it, which still
    /// works with a DeprecationWarning (fix_string_param in _sre.c).
    /// </summary>
    private static PyObject StringArgument(PyObject? value, PyObject? oldName, string old)
    {
        if (oldName is not null)
        {
            if (value is not null) throw PyErr.TypeError($"Argument given by name ('{old}') and position (1)");
            Warn($"The '{old}' keyword parameter name is deprecated.  Use 'string' instead.");
            return oldName;
        }
        return value ?? throw PyErr.TypeError("Required argument 'string' (pos 1) not found");
    }

    private static void Warn(string message)
    {
        var ctx = PyContext.Current;
        var warnings = ctx.Engine.Importer.ImportDotted(ctx, "warnings");
        Ops.CallFunction(Ops.GetAttr(warnings, "warn"), PyStr.From(message), BuiltinTypes.DeprecationWarning, PyInt.Get(1));
    }
}
