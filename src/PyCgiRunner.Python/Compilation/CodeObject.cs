using PyCgiRunner.Python.Compilation.Nodes;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation;

/// <summary>
/// A compiled function, class body or module: immutable after compilation and shared by every request
/// and thread. Invoke binds arguments into a fresh frame's slots and runs the body.
/// </summary>
public sealed class CodeObject
{
    public required string Name { get; init; }
    public required SourceFile Source { get; init; }
    public required int FirstLine { get; init; }
    public string? Docstring { get; init; }
    /// <summary>Slot names: parameters first (tuple parameters as hidden ".N" slots), then locals.</summary>
    public required string[] LocalNames { get; init; }
    public required string[] CellNames { get; init; }
    public required string[] FreeNames { get; init; }
    /// <summary>Number of positional parameters.</summary>
    public required int ArgCount { get; init; }
    public bool HasVarArgs { get; init; }
    public bool HasKwArgs { get; init; }
    public bool IsGenerator { get; init; }
    /// <summary>Parameters that nested functions capture: (slot, cell index) pairs copied into cells on entry.</summary>
    public (int slot, int cell)[] CellParameters { get; init; } = [];
    /// <summary>Functions with unqualified exec or import *: their locals are a dict, not slots.</summary>
    public bool UsesNameLocals { get; init; }
    public Ast.FutureFeatures Future { get; init; }
    public StmtNode Body { get; set; } = null!;

    public string FileName => Source.FileName;

    public PyObject Invoke(PyFunction function, PyObject[] args, string[]? kwNames)
    {
        var ctx = function.Context ?? PyContext.Current;
        var frame = new Frame(this, function.Globals, new LocalSlot[LocalNames.Length], MakeCells(function.Closure), ctx);
        if (function.Builtins is { } builtins) frame.Builtins = builtins;
        ArgumentBinder.Bind(this, function, frame.Locals, args, kwNames);
        if (UsesNameLocals)
        {
            frame.Names = new PyDict();
            for (var i = 0; i < LocalNames.Length; i++)
                if (frame.Locals[i].Value is { } v) frame.Names.SetStr(LocalNames[i], v);
        }
        foreach (var (slot, cell) in CellParameters)
            frame.Cells![cell].Value = frame.Locals[slot].Value;
        if (IsGenerator)
            return new PyGenerator(frame);
        return Run(frame, ctx);
    }

    private PyCell[]? MakeCells(PyCell[]? closure)
    {
        if (CellNames.Length == 0 && FreeNames.Length == 0) return null;
        var cells = new PyCell[CellNames.Length + FreeNames.Length];
        for (var i = 0; i < CellNames.Length; i++) cells[i] = new PyCell();
        for (var i = 0; i < FreeNames.Length; i++) cells[CellNames.Length + i] = closure![i];
        return cells;
    }

    /// <summary>Runs a frame to completion, recording it in the traceback of any exception that leaves it.</summary>
    public PyObject Run(Frame frame, PyContext ctx)
    {
        ctx.EnterCall();
        var savedException = ctx.HandledException;
        var back = ctx.CurrentFrame;
        frame.Back = back;
        ctx.CurrentFrame = frame;
        try
        {
            if (ctx.IsTracing) Tracing.Call(ctx, frame);
            Body.Exec(frame);
            var result = frame.ReturnValue ?? PyNone.Instance;
            if (frame.LocalTrace is not null || ctx.IsTracing) Tracing.Return(ctx, frame, result);
            return result;
        }
        catch (PythonException e) when (RecordFrame(e, frame) || frame.LocalTrace is not null || ctx.IsTracing)
        {
            // Only reached while tracing: the frame reports the exception, then its return (with None).
            Tracing.Exception(frame, e);
            Tracing.Return(ctx, frame, PyNone.Instance);
            throw;
        }
        finally
        {
            ctx.CurrentFrame = back;
            ctx.HandledException = savedException;
            ctx.ExitCall();
        }
    }

    /// <summary>An exception filter: adds the frame to the traceback, never catches.</summary>
    public static bool RecordFrame(PythonException e, Frame frame)
    {
        if (e.Trace.Count == 0 || !ReferenceEquals(e.Trace[^1].Frame, frame))
            e.AddFrame(frame);
        return false;
    }
}
