using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>An executable expression: built once by the compiler, evaluated many times.</summary>
public abstract class ExprNode
{
    public abstract PyObject Eval(Frame f);
}

/// <summary>An executable statement. Blocks set Frame.Line before running each statement (for tracebacks).</summary>
public abstract class StmtNode
{
    public int Line;
    /// <summary>True when the statement contains a yield: generator bodies then resume it through ExecGen.</summary>
    public bool HasYield;

    public abstract Completion Exec(Frame f);

    /// <summary>
    /// Runs the statement in a generator, yielding each value the generator produces. The statement's
    /// completion is left in Frame.GenCompletion. Only statements that contain a yield override this.
    /// </summary>
    public virtual IEnumerable<PyObject> ExecGen(Frame f)
    {
        f.GenCompletion = Exec(f);
        return [];
    }
}

/// <summary>Something an assignment, for-loop, with, except or del can store into.</summary>
public abstract class TargetNode
{
    public abstract void Store(Frame f, PyObject value);
    public abstract void Delete(Frame f);
}
