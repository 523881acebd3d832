using System.Text;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Strop;

/// <summary>
/// strop (CPython 2.7's Modules/stropmodule.c): what the library's string.py takes from it, the C locale's
/// character classes and maketrans. Its other functions, obsolete since 2.0 and deprecated, are not offered:
/// string.py and the string methods provide them.
/// </summary>
[PythonModule("strop", Doc = "The C parts string.py takes (maketrans and the C locale's character classes);\nimport string instead.")]
internal static partial class StropModule
{
    [PythonConstant] public const string lowercase = "abcdefghijklmnopqrstuvwxyz";
    [PythonConstant] public const string uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    [PythonConstant] public const string whitespace = "\t\n\x0b\x0c\r ";

    /// <summary>The 256-byte table mapping each byte of frm to the byte of to at the same place.</summary>
    [PythonFunction(Doc = "maketrans(frm, to) -> string\n\nReturn a 256-byte translation table for string.translate that maps\neach character of frm to the one at the same position in to.")]
    public static PyStr maketrans(params PyObject[] args)
    {
        if (args.Length != 2) throw PyErr.TypeError($"maketrans() takes exactly 2 arguments ({args.Length} given)");
        string Chars(PyObject o, int position) => BufferArgument.TryGet(o, out var s) ? s
            : throw PyErr.TypeError($"maketrans() argument {position} must be string or read-only character buffer, not {o.Type.Name}");
        var from = Chars(args[0], 1);
        var to = Chars(args[1], 2);
        if (from.Length != to.Length) throw PyErr.ValueError("maketrans arguments must have same length");
        var table = new StringBuilder(256);
        for (var i = 0; i < 256; i++) table.Append((char)i);
        for (var i = 0; i < from.Length; i++) table[from[i]] = to[i];
        return PyStr.From(table.ToString());
    }
}
