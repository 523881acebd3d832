using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Compilation.Nodes;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation;

/// <summary>
/// Deep syntax trees: the parser bounds bracket nesting, but chains (1+1+...+1, f()()(), a.b.c...) build trees as
/// deep as the source is long. The compiler's own recursion probes the stack, and every ProbeEvery levels of
/// expression nesting the compiled tree gets a stack probe, so evaluating it cannot overflow the thread either.
/// Normal code (shallower than ProbeEvery) is compiled exactly as before.
/// </summary>
public sealed partial class Compiler
{
    private const int ProbeEvery = 48;
    private int _exprDepth;

    /// <summary>CPython 3's answer where CPython 2.7 itself overflows its C stack.</summary>
    internal static void CheckCompileStack()
    {
        if (RecursionGuard.StackIsLow) throw PyErr.RuntimeError("maximum recursion depth exceeded during compilation");
    }

    private ExprNode CompileExpr(Expr e)
    {
        CheckCompileStack();
        _exprDepth++;
        try
        {
            var node = CompileExprRule(e);
            return _exprDepth % ProbeEvery == 0 ? new StackProbeNode(node) : node;
        }
        finally
        {
            _exprDepth--;
        }
    }
}
