using System.Text.RegularExpressions;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>A compiled pattern (_sre.SRE_Pattern): the source, flags and the .NET translation.</summary>
internal sealed partial class PyRePattern : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyObject Source { get; }
    public ReTranslation Translation { get; }
    public int Groups => Translation.Groups;

    public PyRePattern(PyObject source, ReTranslation translation)
    {
        Source = source;
        Translation = translation;
    }

    public override PyType Type => TypeObject;

    /// <summary>The regex for searching (anchored: must match at the start position, as pattern.match).</summary>
    public Regex Regex(bool anchored) => anchored
        ? ReCache.Get(@"\G(?:" + Translation.Pattern + ")", Translation.Options)
        : ReCache.Get(Translation.Pattern, Translation.Options);

    /// <summary>str or unicode subject text; anything else is CPython's TypeError.</summary>
    public static (string Text, bool IsUnicode) Subject(PyObject o) => o switch
    {
        PyUnicode u => (u.Value, true),
        PyStr s => (s.Value, false),
        _ => throw PyErr.TypeError("expected string or buffer"),
    };

    /// <summary>One search from start over text[..endpos] (the subject as cut by endpos, so '$' sees its end).</summary>
    public Match? Find(string input, int start, bool anchored)
    {
        if (start > input.Length) return null;
        var m = ReCache.Run(Regex(anchored), input, start);
        return m.Success ? m : null;
    }

    /// <summary>pos/endpos clamped as _sre does; the input cut at endpos.</summary>
    public static (string Input, int Pos, int EndPos) Window(string text, long pos, long endpos)
    {
        if (pos < 0) pos = 0;
        if (pos > text.Length) pos = text.Length;
        if (endpos < 0) endpos = 0;
        if (endpos > text.Length) endpos = text.Length;
        var input = endpos < text.Length ? text[..(int)endpos] : text;
        return (input, (int)pos, (int)endpos);
    }

    public static PyObject Slice(string text, int start, int end, bool isUnicode)
        => isUnicode ? new PyUnicode(text.Substring(start, end - start)) : PyStr.From(text.Substring(start, end - start));

    public PyObject GroupIndexDict()
    {
        var d = new PyDict();
        foreach (var (name, index) in Translation.GroupIndex) d.SetStr(name, PyInt.Get(index));
        return d;
    }

    public override string Repr() => $"<_sre.SRE_Pattern object at 0x{Id:x8}>";
}
