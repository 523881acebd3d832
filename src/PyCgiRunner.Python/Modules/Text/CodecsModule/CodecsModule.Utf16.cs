using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.CodecsModule;

/// <summary>The UTF-16 and UTF-32 functions of _codecs: byteorder 0 writes/reads a BOM, -1 little, 1 big-endian.</summary>
internal static partial class CodecsModule
{
    [PythonFunction] public static PyObject utf_16_encode(PyObject str, PyObject? errors = null, long byteorder = 0) => Encoded(Codecs.EncodeUtf16(Text(str), (int)byteorder), str);
    [PythonFunction] public static PyObject utf_16_le_encode(PyObject str, PyObject? errors = null) => Encoded(Codecs.EncodeUtf16(Text(str), -1), str);
    [PythonFunction] public static PyObject utf_16_be_encode(PyObject str, PyObject? errors = null) => Encoded(Codecs.EncodeUtf16(Text(str), 1), str);
    [PythonFunction] public static PyObject utf_16_decode(PyObject data, PyObject? errors = null, bool final = false) => Utf16(data, errors, 0, final, false);
    [PythonFunction] public static PyObject utf_16_le_decode(PyObject data, PyObject? errors = null, bool final = false) => Utf16(data, errors, -1, final, false);
    [PythonFunction] public static PyObject utf_16_be_decode(PyObject data, PyObject? errors = null, bool final = false) => Utf16(data, errors, 1, final, false);
    [PythonFunction] public static PyObject utf_16_ex_decode(PyObject data, PyObject? errors = null, long byteorder = 0, bool final = false) => Utf16(data, errors, (int)byteorder, final, true);

    [PythonFunction] public static PyObject utf_32_encode(PyObject str, PyObject? errors = null, long byteorder = 0) => Encoded(Codecs.EncodeUtf32(Text(str), (int)byteorder), str);
    [PythonFunction] public static PyObject utf_32_le_encode(PyObject str, PyObject? errors = null) => Encoded(Codecs.EncodeUtf32(Text(str), -1), str);
    [PythonFunction] public static PyObject utf_32_be_encode(PyObject str, PyObject? errors = null) => Encoded(Codecs.EncodeUtf32(Text(str), 1), str);
    [PythonFunction] public static PyObject utf_32_decode(PyObject data, PyObject? errors = null, bool final = false) => Utf32(data, errors, 0, final, false);
    [PythonFunction] public static PyObject utf_32_le_decode(PyObject data, PyObject? errors = null, bool final = false) => Utf32(data, errors, -1, final, false);
    [PythonFunction] public static PyObject utf_32_be_decode(PyObject data, PyObject? errors = null, bool final = false) => Utf32(data, errors, 1, final, false);
    [PythonFunction] public static PyObject utf_32_ex_decode(PyObject data, PyObject? errors = null, long byteorder = 0, bool final = false) => Utf32(data, errors, (int)byteorder, final, true);

    private static PyObject Utf16(PyObject data, PyObject? errors, int byteOrder, bool final, bool reportOrder)
    {
        var (text, consumed, order) = Codecs.DecodeUtf16(Data(data, "utf_16_decode"), Errors(errors), byteOrder, final);
        return reportOrder ? new PyTuple(new PyUnicode(text), PyInt.Get(consumed), PyInt.Get(order)) : Decoded(text, consumed);
    }

    private static PyObject Utf32(PyObject data, PyObject? errors, int byteOrder, bool final, bool reportOrder)
    {
        var (text, consumed, order) = Codecs.DecodeUtf32(Data(data, "utf_32_decode"), Errors(errors), byteOrder, final);
        return reportOrder ? new PyTuple(new PyUnicode(text), PyInt.Get(consumed), PyInt.Get(order)) : Decoded(text, consumed);
    }
}
