using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation;

/// <summary>SyntaxError exceptions with CPython's (filename, lineno, offset, text) details.</summary>
public static class CompileErrors
{
    public static PythonException SyntaxError(string message, SourceFile source, int line, int column, PyType? type = null)
    {
        var text = source.GetLine(line);
        PyObject textObj = text is null ? PyNone.Instance : PyStr.From(text + "\n");
        var details = new PyTuple(PyStr.From(source.FileName), PyInt.Get(line), PyInt.Get(column + 1), textObj);
        return PyErr.New(type ?? BuiltinTypes.SyntaxError, PyStr.From(message), details);
    }
}
