using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>import a.b.c [as d] (Python 2.7 reference §6.12).</summary>
public sealed class ImportNode(string moduleName, string? asName, TargetNode target) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var importer = f.Context.Engine.Importer;
        var top = importer.Import(f.Context, moduleName, f.Globals, asName is null ? null : ["*"], -1);
        if (asName is null)
        {
            target.Store(f, top);
            return Completion.Normal;
        }
        // 'import a.b as c' binds the submodule itself.
        target.Store(f, importer.ResolveSubmodule(f.Context, moduleName, f.Globals));
        return Completion.Normal;
    }
}

/// <summary>from [.]module import a [as b], ... / import *.</summary>
public sealed class ImportFromNode(string moduleName, int level, (string name, TargetNode target)[] names, bool star) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var ctx = f.Context;
        var fromList = star ? new[] { "*" } : names.Select(n => n.name).ToArray();
        var module = ctx.Engine.Importer.Import(ctx, moduleName, f.Globals, fromList, level);
        if (star)
        {
            ImportStar(f, module);
            return Completion.Normal;
        }
        foreach (var (name, target) in names)
        {
            if (!Ops.TryGetAttr(module, name, out var value))
                throw PyErr.ImportError($"cannot import name {name}");
            target.Store(f, value);
        }
        return Completion.Normal;
    }

    private static void ImportStar(Frame f, PyObject module)
    {
        var ns = f.Names ?? f.Globals;
        if (Ops.TryGetAttr(module, "__all__", out var all))
        {
            foreach (var n in Ops.ToArray(all))
            {
                var name = Ops.Str(n);
                ns.SetStr(name, Ops.GetAttr(module, name));
            }
            return;
        }
        var dict = module.InstanceDict ?? throw PyErr.ImportError("from-import-* object has no __dict__ and no __all__");
        foreach (var (k, v) in dict.Items().ToList())
            if (k is PyStr s && !s.Value.StartsWith('_')) ns.Set(k, v);
    }
}

/// <summary>exec code [in globals [, locals]] (Python 2.7 reference §6.14).</summary>
public sealed class ExecNode(ExprNode code, ExprNode? globals, ExprNode? locals) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var source = code.Eval(f);
        PyDict g;
        PyObject l;
        if (globals is null)
        {
            g = f.Globals;
            l = f.Names ?? f.LocalsDict();
        }
        else
        {
            var gv = globals.Eval(f);
            if (gv is PyTuple t && locals is null)
            {
                // exec code in (g, l) tuple form.
                g = (PyDict)t[0];
                l = t.Count > 1 ? t[1] : g;
            }
            else
            {
                g = gv as PyDict ?? throw PyErr.TypeError("exec: arg 2 must be a dictionary or None");
                l = locals?.Eval(f) ?? g;
            }
        }
        CodeExecution.Exec(f.Context, source, g, l, "<string>");
        return Completion.Normal;
    }
}
