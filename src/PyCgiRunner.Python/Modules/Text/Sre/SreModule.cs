using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// _sre (CPython's Modules/_sre.c), the engine under the library's re.py, sre_compile.py and sre_parse.py:
/// sre_compile turns a pattern into a list of 32-bit code words and _sre.compile makes a pattern object of it.
/// MAGIC and CODESIZE are what sre_compile checks; MAXREPEAT is 2.7.18's (all bits of a code word).
/// </summary>
[PythonModule("_sre")]
internal static partial class SreModule
{
    [PythonConstant]
    public const int MAGIC = 20031017;

    [PythonConstant]
    public const int CODESIZE = 4;

    [PythonConstant]
    public const string copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";

    /// <summary>A long, as PyLong_FromUnsignedLong gives it.</summary>
    [PythonConstant]
    public static PyObject MAXREPEAT => new PyLong(SreOp.MaxRepeat);

    [PythonFunction]
    public static int getcodesize() => CODESIZE;

    /// <summary>The lower-case form the *_IGNORE opcodes compare, under the pattern's flags.</summary>
    [PythonFunction]
    public static int getlower(int character, int flags) => SreChars.LowerFor(flags)(character);

    [PythonFunction]
    public static PyObject compile(PyObject pattern, int flags, PyObject code, long groups = 0, PyObject? groupindex = null, PyObject? indexgroup = null)
    {
        // "OiO!|nOO" names no function, so the message has none either.
        if (code is not PyList) throw PyErr.TypeError($"argument 3 must be list, not {code.Type.Name}");
        var program = SreProgram.Create((PyList)code, flags, groups);
        return new SrePattern(program, pattern, groupindex, indexgroup);
    }
}
