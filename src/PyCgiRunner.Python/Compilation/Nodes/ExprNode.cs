using System.Runtime.CompilerServices;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>An executable expression: built once by the compiler, evaluated many times.</summary>
public abstract class ExprNode
{
    public abstract PyObject Eval(Frame f);
}

/// <summary>
/// An executable statement. Blocks set Frame.Line before running each statement (for tracebacks). In a
/// generator a statement may suspend: it returns Completion.Yield after recording on the frame's
/// <see cref="ResumeStack"/> where it must continue, and the generator later calls <see cref="Resume"/>.
/// </summary>
public abstract class StmtNode
{
    public int Line;

    public abstract Completion Exec(Frame f);

    /// <summary>
    /// Continues the statement from the entry it pushed when it suspended. Only statements that can
    /// contain a yield (blocks, compound statements, the yield itself) override this.
    /// </summary>
    public virtual Completion Resume(Frame f) => throw new InvalidOperationException($"{GetType().Name} cannot suspend");

    /// <summary>Returns c; when c is a suspension, first records where this statement must continue.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected static Completion Track(Frame f, Completion c, long index, object? state = null)
    {
        if (c == Completion.Yield) f.Resume!.Push(index, state);
        return c;
    }
}

/// <summary>Something an assignment, for-loop, with, except or del can store into.</summary>
public abstract class TargetNode
{
    public abstract void Store(Frame f, PyObject value);
    public abstract void Delete(Frame f);
}
