using PyCgiRunner.Python.Compilation;

namespace PyCgiRunner.Python.Runtime;

/// <summary>A traceback object (tb_frame, tb_lineno, tb_next), outermost frame first.</summary>
public sealed class PyTraceback : PyObject
{
    public Frame Frame { get; }
    public int Line { get; }
    public PyTraceback? NextTb { get; }

    public PyTraceback(Frame frame, int line, PyTraceback? next) { Frame = frame; Line = line; NextTb = next; }

    public override PyType Type => BuiltinTypes.Traceback;

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "tb_frame": value = Frame.View; return true;
            case "tb_lineno": value = PyInt.Get(Line); return true;
            case "tb_next": value = (PyObject?)NextTb ?? PyNone.Instance; return true;
            case "tb_lasti": value = PyInt.Get(0); return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

/// <summary>The Python view of a frame (f_locals, f_globals, f_code, f_lineno, f_back).</summary>
public sealed class PyFrameObject : PyObject
{
    public Frame Frame { get; }
    public PyFrameObject(Frame frame) { Frame = frame; }
    public override PyType Type => BuiltinTypes.FrameType;

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "f_locals": value = Frame.LocalsDict(); return true;
            case "f_globals": value = Frame.Globals; return true;
            case "f_code": value = new PyCodeObject(Frame.Code); return true;
            case "f_lineno": value = PyInt.Get(Frame.Line); return true;
            case "f_back": value = Frame.Back is null ? PyNone.Instance : Frame.Back.View; return true;
            case "f_builtins": value = Frame.Builtins; return true;
            case "f_trace": value = Frame.LocalTrace ?? PyNone.Instance; return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        // A trace function may install (or drop) the frame's local tracer (bdb does).
        if (name == "f_trace") { Frame.LocalTrace = value is PyNone ? null : value; return; }
        base.SetAttr(name, value);
    }
}

/// <summary>The Python view of compiled code (co_name, co_filename, co_firstlineno, co_varnames, co_argcount).</summary>
public sealed class PyCodeObject : PyObject
{
    public CodeObject Code { get; }
    public PyCodeObject(CodeObject code) { Code = code; }
    public override PyType Type => BuiltinTypes.Code;
    public override string Repr() => $"<code object {Code.Name} at 0x{Id:x8}, file \"{Code.FileName}\", line {Code.FirstLine}>";

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "co_name": value = PyStr.From(Code.Name); return true;
            case "co_filename": value = PyStr.From(Code.FileName); return true;
            case "co_firstlineno": value = PyInt.Get(Code.FirstLine); return true;
            case "co_argcount": value = PyInt.Get(Code.ArgCount); return true;
            case "co_varnames": value = new PyTuple(Code.LocalNames.Select(n => (PyObject)PyStr.From(n)).ToArray()); return true;
            case "co_cellvars": value = new PyTuple(Code.CellNames.Select(n => (PyObject)PyStr.From(n)).ToArray()); return true;
            case "co_freevars": value = new PyTuple(Code.FreeNames.Select(n => (PyObject)PyStr.From(n)).ToArray()); return true;
            case "co_flags":
                value = PyInt.Get((Code.HasVarArgs ? 4 : 0) | (Code.HasKwArgs ? 8 : 0) | (Code.IsGenerator ? 0x20 : 0));
                return true;
        }
        return base.TryGetAttr(name, out value);
    }
}
