using PyCgiRunner.Python.Compilation;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// One activation of compiled code. Function locals live in the Locals slot array (resolved at compile time);
/// module, class and exec code keep their names in the Names dict instead.
/// </summary>
public sealed class Frame
{
    public readonly CodeObject Code;
    public readonly PyDict Globals;
    /// <summary>Fast locals. A struct array: storing into it needs no covariance check (PyObject[] would).</summary>
    public readonly LocalSlot[] Locals;
    public readonly PyCell[]? Cells;
    /// <summary>The namespace dict of module, class and exec scopes (null for function frames).</summary>
    public PyDict? Names;
    public readonly PyContext Context;
    public int Line;
    public Frame? Back;
    public PyObject? ReturnValue;

    /// <summary>The frame's local trace function (f_trace), set by the 'call' event of sys.settrace's tracer.</summary>
    public PyObject? LocalTrace;

    private PyFrameObject? _view;
    /// <summary>The frame as Python sees it (one object per frame, so tracers and debuggers can compare frames).</summary>
    public PyFrameObject View => _view ??= new PyFrameObject(this);

    // Generator resumption state.
    public PyObject? SentValue;
    public PythonException? ThrownIn;
    public Completion GenCompletion;

    public Frame(CodeObject code, PyDict globals, LocalSlot[] locals, PyCell[]? cells, PyContext context)
    {
        Code = code;
        Globals = globals;
        Locals = locals;
        Cells = cells;
        Context = context;
        Line = code.FirstLine;
        Builtins = context.Builtins;
    }

    /// <summary>The builtins namespace: the run's, or what globals['__builtins__'] names (restricted eval/exec).</summary>
    public PyDict Builtins;

    /// <summary>locals(): the Names dict, or a snapshot of the slots and cells of a function frame.</summary>
    public PyDict LocalsDict()
    {
        if (Names is not null) return Names;
        var d = new PyDict();
        for (var i = 0; i < Code.LocalNames.Length; i++)
            if (Locals[i].Value is { } v && !Code.LocalNames[i].StartsWith('.')) d.SetStr(Code.LocalNames[i], v);
        if (Cells is not null)
            for (var i = 0; i < Code.CellNames.Length && i < Cells.Length; i++)
                if (Cells[i].Value is { } v) d.SetStr(Code.CellNames[i], v);
        return d;
    }
}

/// <summary>One local variable slot (null when unbound).</summary>
public struct LocalSlot
{
    public PyObject? Value;
}

/// <summary>How a statement finished: normally, or by return/break/continue (no exceptions for control flow).</summary>
public enum Completion : byte { Normal, Return, Break, Continue }
