using System.Globalization;
using System.Numerics;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.FutureBuiltins;

/// <summary>
/// future_builtins (CPython 2.7's Modules/future_builtins.c): Python 3's hex, oct (integers through __index__,
/// '0o' for octal, no 'L'), ascii (= repr) and the iterator forms of map, filter and zip (itertools' imap,
/// ifilter, izip). The jar's pure-Python version differs: its hex and oct take __hex__/__oct__ instead.
/// </summary>
[PythonModule("future_builtins", Doc = "Functions that are builtins in Python 3 but conflict with builtins of Python 2:\nascii, filter, hex, map, oct and zip; use them as\n\nfrom future_builtins import ascii, filter, map, hex, oct, zip\n")]
internal static partial class FutureBuiltinsModule
{
    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx)
    {
        var itertools = ctx.Engine.Importer.ImportDotted(ctx, "itertools");
        module.Dict.SetStr("map", Ops.GetAttr(itertools, "imap"));
        module.Dict.SetStr("filter", Ops.GetAttr(itertools, "ifilter"));
        module.Dict.SetStr("zip", Ops.GetAttr(itertools, "izip"));
    }

    [PythonFunction(Doc = "hex(number) -> '0x...' for an integer (no L), as Python 3 writes it.")]
    public static string hex(PyObject number) => ToBase(number, 16, "0x");

    [PythonFunction(Doc = "oct(number) -> '0o...' for an integer, as Python 3 writes it.")]
    public static string oct(PyObject number) => ToBase(number, 8, "0o");

    [PythonFunction(Doc = "ascii(object) -> repr(object) (in Python 2 the two are the same).")]
    public static string ascii(PyObject @object) => Ops.Repr(@object);

    /// <summary>PyNumber_ToBase: the number's __index__, written with the prefix after any sign.</summary>
    private static string ToBase(PyObject number, int radix, string prefix)
    {
        BigInteger value = number switch
        {
            PyInt i => i.Value,
            PyLong l => l.Value,
            _ => IndexOf(number),
        };
        var magnitude = BigInteger.Abs(value);
        var digits = radix == 16 ? magnitude.ToString("x", CultureInfo.InvariantCulture).TrimStart('0') : Octal(magnitude);
        if (digits.Length == 0) digits = "0";
        return (value.Sign < 0 ? "-" : "") + prefix + digits;
    }

    private static BigInteger IndexOf(PyObject number)
        => Ops.TryIndex(number, out var v) ? v : throw PyErr.TypeError($"'{number.Type.Name}' object cannot be interpreted as an index");

    private static string Octal(BigInteger v)
    {
        if (v.IsZero) return "0";
        var chars = new List<char>();
        while (!v.IsZero)
        {
            chars.Add((char)('0' + (int)(v % 8)));
            v /= 8;
        }
        chars.Reverse();
        return new string(chars.ToArray());
    }
}
