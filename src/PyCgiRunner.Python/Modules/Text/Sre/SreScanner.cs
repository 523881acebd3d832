using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// _sre.SRE_Scanner (pattern.scanner(string), what finditer and re.Scanner use): each match() or search()
/// goes on where the previous one ended, one character further after an empty match. As in 2.7.18, the scanner
/// is spent after a failure or an empty match at the end, and answers None from then on.
/// </summary>
[PythonType]
internal sealed partial class SreScanner : PyObject
{
    public static readonly PyType TypeObject = SreTypes.Create("SRE_Scanner", null, DefineMembers);

    private readonly SrePattern _pattern;
    private readonly SreSubject _subject;
    private readonly SreMatcher _matcher;
    private bool _spent;

    public SreScanner(SrePattern pattern, SreSubject subject, SreMatcher matcher)
    {
        _pattern = pattern;
        _subject = subject;
        _matcher = matcher;
    }

    public override PyType Type => TypeObject;
    public override string Repr() => $"<_sre.SRE_Scanner object at 0x{Id:x8}>";

    [PythonGetter("pattern")]
    public PyObject Pattern => _pattern;

    [PythonFunction]
    public PyObject match() => Next(_matcher.Match);

    [PythonFunction]
    public PyObject search() => Next(_matcher.Search);

    private PyObject Next(Func<bool> run)
    {
        if (_spent) return PyNone.Instance;
        var m = _matcher;
        m.Reset();
        if (!run())
        {
            _spent = true;
            return PyNone.Instance;
        }
        var result = new SreMatch(_pattern, _subject, m);
        if (m.Ptr != m.Start) m.Start = m.Ptr;
        else if (m.Ptr != m.End) m.Start = m.Ptr + 1;
        else _spent = true;
        return result;
    }
}
