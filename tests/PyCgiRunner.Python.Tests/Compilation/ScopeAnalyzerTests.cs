using System.Text;
using PyCgiRunner.Python.Compilation;
using PyCgiRunner.Python.Parsing;

namespace PyCgiRunner.Python.Tests.Compilation;

public sealed class ScopeAnalyzerTests
{
    private static (Scope root, IReadOnlyDictionary<object, Scope> scopes) Analyze(string source)
        => ScopeAnalyzer.Analyze(PythonParser.ParseModule(Encoding.Latin1.GetBytes(source), "t.py"));

    private static Scope Function(Scope root, string name) => root.Children.Single(c => c.Name == name);

    [Fact]
    public void AssignedName_InFunction_IsSlotLocal()
    {
        var f = Function(Analyze("def f():\n    x = 1\n    return x\n").root, "f");
        Assert.Equal(NameKind.Local, f.KindOf("x"));
        Assert.Contains("x", f.LocalSlots);
    }

    [Fact]
    public void UnassignedName_InFunction_IsGlobal()
    {
        var f = Function(Analyze("def f():\n    return len(y)\n").root, "f");
        Assert.Equal(NameKind.Global, f.KindOf("len"));
        Assert.Equal(NameKind.Global, f.KindOf("y"));
    }

    [Fact]
    public void CapturedLocal_BecomesCell_AndFreeInInner()
    {
        var outer = Function(Analyze("def outer():\n    n = 1\n    def inner():\n        return n\n    return inner\n").root, "outer");
        var inner = outer.Children.Single();
        Assert.Equal(NameKind.Cell, outer.KindOf("n"));
        Assert.Equal(NameKind.Free, inner.KindOf("n"));
        Assert.Equal(["n"], inner.FreeNames);
    }

    [Fact]
    public void GlobalDeclaration_WinsOverAssignment()
    {
        var f = Function(Analyze("def f():\n    global counter\n    counter = 1\n").root, "f");
        Assert.Equal(NameKind.Global, f.KindOf("counter"));
        Assert.DoesNotContain("counter", f.LocalSlots);
    }

    [Fact]
    public void ClassBody_IsNotVisibleToMethods()
    {
        var root = Analyze("class C:\n    size = 3\n    def m(self):\n        return size\n").root;
        var method = root.Children.Single().Children.Single();
        Assert.Equal(NameKind.Global, method.KindOf("size"));
    }

    [Fact]
    public void FreeVariable_PassesThroughIntermediateFunction()
    {
        var a = Function(Analyze("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n").root, "a");
        var b = a.Children.Single();
        Assert.Equal(NameKind.Cell, a.KindOf("v"));
        Assert.Equal(NameKind.Free, b.KindOf("v"));
        Assert.Equal(NameKind.Free, b.Children.Single().KindOf("v"));
    }

    [Fact]
    public void ListComprehensionVariable_LeaksIntoEnclosingScope()
    {
        var f = Function(Analyze("def f():\n    [i for i in range(3)]\n    return i\n").root, "f");
        Assert.Equal(NameKind.Local, f.KindOf("i"));
    }

    [Fact]
    public void GeneratorExpression_HasItsOwnScope()
    {
        var f = Function(Analyze("def f():\n    return list(j for j in range(3))\n").root, "f");
        Assert.DoesNotContain("j", f.Bound);
        Assert.True(f.Children.Single().IsGenerator);
    }

    [Fact]
    public void YieldInFunction_MakesItAGenerator()
    {
        Assert.True(Function(Analyze("def g():\n    yield 1\n").root, "g").IsGenerator);
    }

    [Fact]
    public void UnqualifiedExec_MakesLocalsNameBased()
    {
        var f = Function(Analyze("def f():\n    exec 'x = 1'\n    return x\n").root, "f");
        Assert.True(f.NeedsNameLocals);
        Assert.Equal(NameKind.Name, f.KindOf("x"));
    }

    [Fact]
    public void PrivateNames_AreMangledInsideClasses()
    {
        var cls = Analyze("class Account:\n    def m(self):\n        __hidden = 1\n").root.Children.Single();
        Assert.Contains("_Account__hidden", cls.Children.Single().Bound);
    }
}
