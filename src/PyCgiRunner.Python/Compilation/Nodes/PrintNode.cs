using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>
/// The print statement (Python 2.7 reference §6.6) with CPython's softspace rules: a space is written
/// before an item when the file's softspace is set; after an item softspace is set unless the item is a
/// string ending in whitespace other than ' '; the final newline clears it.
/// </summary>
public sealed class PrintNode(ExprNode? dest, ExprNode[] values, bool newLine) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var file = dest?.Eval(f);
        if (file is null or PyNone) file = f.Context.SysAttr("stdout");
        foreach (var e in values)
        {
            var v = e.Eval(f);
            PrintItem(file, v);
        }
        if (newLine)
        {
            Write(file, PyStr.Char('\n'));
            SetSoftSpace(file, false);
        }
        return Completion.Normal;
    }

    public static void PrintItem(PyObject file, PyObject v)
    {
        if (GetSoftSpace(file)) Write(file, PyStr.Char(' '));
        SetSoftSpace(file, false);
        var text = v is PyUnicode ? v : Ops.StrObject(v);
        Write(file, text);
        if (v is PyBaseString s)
        {
            var value = s.Value;
            var last = value.Length == 0 ? ' ' : value[^1];
            if (value.Length == 0 || !IsSpace(last, s is PyUnicode) || last == ' ') SetSoftSpace(file, true);
        }
        else
        {
            SetSoftSpace(file, true);
        }
    }

    private static bool IsSpace(char c, bool unicode)
        => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' || (unicode && char.IsWhiteSpace(c));

    public static void Write(PyObject file, PyObject text)
    {
        if (file is ITextSink sink) sink.WriteText(text);
        else Ops.GetAttr(file, "write").Call([text], null);
    }

    public static bool GetSoftSpace(PyObject file)
    {
        if (file is ITextSink sink) return sink.SoftSpace;
        return Ops.TryGetAttr(file, "softspace", out var v) && Ops.IsTrue(v);
    }

    public static void SetSoftSpace(PyObject file, bool value)
    {
        if (file is ITextSink sink) { sink.SoftSpace = value; return; }
        try { Ops.SetAttr(file, "softspace", PyInt.Get(value ? 1 : 0)); }
        catch (PythonException e) when (e.IsInstance(BuiltinTypes.AttributeError) || e.IsInstance(BuiltinTypes.TypeError)) { }
    }
}
