using System.Text;
using PyCgiRunner.Python.Compilation;

namespace PyCgiRunner.Python.Runtime;

/// <summary>Running module code, and the exec statement / eval() / execfile() on source strings.</summary>
public static class CodeExecution
{
    /// <summary>globals['__builtins__'] as a dict (a module's dict, or a dict given by exec/eval callers).</summary>
    public static PyDict BuiltinsFor(PyContext ctx, PyDict globals) => globals.GetStrOrNull("__builtins__") switch
    {
        PyModule m => m.Dict,
        PyDict d => d,
        _ => ctx.Builtins,
    };

    /// <summary>exec, eval and compile inherit the __future__ features of the code that calls them.</summary>
    public static Ast.FutureFeatures InheritedFuture(PyContext ctx)
        => (ctx.CurrentFrame?.Code.Future ?? Ast.FutureFeatures.None) & (Ast.FutureFeatures.Division | Ast.FutureFeatures.PrintFunction | Ast.FutureFeatures.UnicodeLiterals);

    public static void RunModuleCode(PyContext ctx, CodeObject code, PyDict globals)
    {
        var frame = new Frame(code, globals, [], null, ctx) { Names = globals, Builtins = BuiltinsFor(ctx, globals) };
        code.Run(frame, ctx);
    }

    private static byte[] SourceBytes(PyObject source, string what)
    {
        return source switch
        {
            PyStr s => Encoding.Latin1.GetBytes(s.Value),
            PyUnicode u => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(u.Value)],
            _ => throw PyErr.TypeError($"{what} must be a string, code or file"),
        };
    }

    public static void Exec(PyContext ctx, PyObject source, PyDict globals, PyObject locals, string fileName)
    {
        if (source is PyFile file) source = PyStr.From(file.Read(-1));
        // Python/ceval.c exec_statement: a closure's code has no cells to run with.
        if (source is PyCodeObject { Code.FreeNames.Length: > 0 }) throw PyErr.TypeError("code object passed to exec may not contain free variables");
        var code = source is PyCodeObject co ? co.Code
            : ctx.Engine.CompileModule(SourceBytes(source, "exec: arg 1"), fileName, namespaceLocals: true, InheritedFuture(ctx));
        if (!globals.TryGetStr("__builtins__", out _)) globals.SetStr("__builtins__", ctx.BuiltinsModule);
        var names = locals as PyDict ?? throw PyErr.TypeError("locals must be a mapping");
        var frame = new Frame(code, globals, [], null, ctx) { Names = names, Builtins = BuiltinsFor(ctx, globals) };
        code.Run(frame, ctx);
    }

    public static PyObject Eval(PyContext ctx, PyObject source, PyDict globals, PyObject locals)
    {
        CodeObject code;
        if (source is PyCodeObject { Code.FreeNames.Length: > 0 }) throw PyErr.TypeError("code object passed to eval() may not contain free variables");
        if (source is PyCodeObject co) code = co.Code;
        else
        {
            var bytes = SourceBytes(source, "eval() arg 1");
            code = ctx.Engine.CompileExpression(bytes, "<string>", InheritedFuture(ctx));
        }
        if (!globals.TryGetStr("__builtins__", out _)) globals.SetStr("__builtins__", ctx.BuiltinsModule);
        var frame = new Frame(code, globals, [], null, ctx) { Names = locals as PyDict ?? globals, Builtins = BuiltinsFor(ctx, globals) };
        return code.Run(frame, ctx);
    }
}
