using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>finditer's iterator (a 'callable-iterator' in CPython 2.7): after an empty match the search moves one on.</summary>
internal sealed class ReScanner : PyObject
{
    private static readonly PyType s_type = ReTypes.NewType("callable-iterator", "__builtin__");

    private readonly PyRePattern _pattern;
    private readonly PyObject _subject;
    private readonly string _text;
    private readonly string _input;
    private readonly bool _isUnicode;
    private readonly int _pos;
    private readonly int _endPos;
    private int _start;
    private bool _done;

    public ReScanner(PyRePattern pattern, PyObject subject, long pos, long endpos)
    {
        _pattern = pattern;
        _subject = subject;
        (_text, _isUnicode) = PyRePattern.Subject(subject);
        (_input, _pos, _endPos) = PyRePattern.Window(_text, pos, endpos);
        _start = _pos;
    }

    public override PyType Type => s_type;
    public override PyObject GetIter() => this;

    public override bool Next(out PyObject value)
    {
        value = PyNone.Instance;
        if (_done || _start > _input.Length) return false;
        var m = _pattern.Find(_input, _start, anchored: false);
        if (m is null)
        {
            _done = true;
            return false;
        }
        _start = m.Length == 0 ? m.Index + 1 : m.Index + m.Length;
        value = new PyReMatch(_pattern, _subject, _text, _isUnicode, m, _pos, _endPos);
        return true;
    }
}
