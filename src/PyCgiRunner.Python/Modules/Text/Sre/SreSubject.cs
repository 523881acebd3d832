using System.Buffers.Binary;
using System.Text;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Modules.Data.Arrays;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// What a pattern runs over (getstring in _sre.c): a str (one char per byte), a unicode, or an object with
/// the old buffer interface (buffer, bytearray, array.array). A buffer of one-byte items is read byte by byte;
/// one whose size in bytes is that of Py_UNICODE items is read as characters, which on CPython's 64-bit Linux
/// builds (4-byte Py_UNICODE) means arrays of 'u' and of the 4-byte 'i', 'I' and 'f'; anything else is a size
/// mismatch. Slices of the subject (the groups) are of the subject's own kind, as PySequence_GetSlice makes them.
/// </summary>
internal sealed class SreSubject
{
    public PyObject Source { get; }
    public string Text { get; }

    private SreSubject(PyObject source, string text)
    {
        Source = source;
        Text = text;
    }

    public static SreSubject From(PyObject o) => new(o, TextOf(o));

    /// <summary>The characters of a subject, or null when the object is not a string or buffer.</summary>
    public static string? TryText(PyObject o) => o switch
    {
        PyBaseString s => s.Value,
        PyBuffer b => b.Str(),
        PyByteArray a => a.AsString(),
        PyArray a => ArrayText(a),
        _ => null,
    };

    private static string TextOf(PyObject o) => TryText(o) ?? throw PyErr.TypeError("expected string or buffer");

    private static string ArrayText(PyArray a)
    {
        if (a.Code.ItemSize == 1) return Encoding.Latin1.GetString(a.ToBytes());
        if (a.Code.Code == 'u') return string.Concat(a.Items.Select(i => ((PyUnicode)i).Value));
        if (a.Code.ItemSize != 4 && a.Items.Count > 0) throw PyErr.TypeError("buffer size mismatch");
        // Code points beyond the BMP have no UTF-16 unit of their own here; U+FFFF (a noncharacter) stands in.
        var bytes = a.ToBytes();
        var chars = new char[a.Items.Count];
        for (var i = 0; i < chars.Length; i++)
        {
            var v = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4 * i));
            chars[i] = v > 0xFFFF ? '\uFFFF' : (char)v;
        }
        return new string(chars);
    }

    /// <summary>
    /// subject[i:j]: a str or unicode of the subject's type family, else the object's own slice. A group can end
    /// before it starts (a mark reset by backtracking), which slices as empty, as in CPython.
    /// </summary>
    public PyObject Slice(int i, int j) => j < i ? Slice(i, i) : Source switch
    {
        PyUnicode => i == 0 && j == Text.Length && Source.Type == BuiltinTypes.Unicode ? Source : new PyUnicode(Text.Substring(i, j - i)),
        PyStr => i == 0 && j == Text.Length && Source.Type == BuiltinTypes.Str ? Source : PyStr.From(Text.Substring(i, j - i)),
        _ => Ops.GetSlice(Source, PyInt.Get(i), PyInt.Get(j)),
    };

    /// <summary>subject[:0], the joiner of sub's pieces.</summary>
    public PyObject Empty => Source switch
    {
        PyUnicode => PyUnicode.Empty,
        PyStr => PyStr.Empty,
        _ => Ops.GetSlice(Source, PyInt.Get(0), PyInt.Get(0)),
    };
}
