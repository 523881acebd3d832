using CsCheck;
using PyCgiRunner.Python.Hosting;
using PyCgiRunner.Python.Tests.Support;

namespace PyCgiRunner.Python.Tests.Fuzz;

/// <summary>
/// Random expressions and random token soup through the engine (issue 9 item 1): the only acceptable outcomes
/// are a value or a Python exception; a .NET exception surfacing as "internal error", a crash of the test host
/// or a run that ignores its limits fails. Brief in CI; PYCGI_FUZZ_ITERATIONS (scripts/fuzz-engine) runs longer.
/// </summary>
public sealed class EngineFuzzTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("PYCGI_FUZZ_ITERATIONS"), out var n) ? n : 60;

    private static readonly string[] Atoms =
    [
        "0", "1", "-1", "7", "2**63", "-2**63", "sys.maxint", "-sys.maxint-1", "10**20", "0.5", "-0.0", "1e308", "float('nan')", "float('inf')",
        "1j", "True", "None", "''", "'abc'", "u'\\xe9'", "'%s'", "'{0}'", "'a\\tb'", "[]", "[1, 2]", "()", "(1,)", "{}", "{1: 2}", "set([1])",
        "frozenset()", "xrange(3)", "bytearray('ab')", "len", "str", "int", "object()", "Ellipsis", "slice(1, 2)", "type", "iter([1])",
    ];

    private static readonly string[] BinaryOps = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "==", "!=", ">=", "in", "is", "and", "or"];

    private static readonly string[] Calls =
    [
        "len({0})", "str({0})", "repr({0})", "hash({0})", "int({0})", "long({0})", "float({0})", "hex({0})", "oct({0})", "bin({0})", "abs({0})",
        "sorted({0})", "list({0})", "tuple({0})", "dict({0})", "set({0})", "sum({0})", "max({0})", "min({0})", "any({0})", "iter({0})",
        "format({0}, {1})", "'%s %d' % ({0}, {1})", "'%*d' % ({0}, {1})", "({0})[{1}]", "({0})[{1}:{0}]", "divmod({0}, {1})", "pow({0}, {1}, {0})",
        "round({0}, {1})", "cmp({0}, {1})", "isinstance({0}, {1})", "getattr({0}, {1})", "chr({0})", "unichr({0})", "range({0})",
        "str({0}).center({1})", "str({0}).join({1})", "str({0}).split({1})", "str({0}).replace({1}, {0})", "str({0}).expandtabs({1})",
        "float.fromhex({0})", "dict.fromkeys({0})", "({0}).__class__", "zip({0}, {1})", "map(None, {0})", "enumerate({0})", "reversed({0})",
    ];

    private static Gen<string> Expression(int depth)
    {
        var atom = Gen.OneOf(Atoms);
        if (depth == 0) return atom;
        var sub = Expression(depth - 1);
        var binary = Gen.Select(sub, Gen.OneOf(BinaryOps), sub, (a, op, b) => $"({a} {op} {b})");
        var call = Gen.Select(Gen.OneOf(Calls), sub, sub, (f, a, b) => string.Format(f, a, b));
        var unary = Gen.Select(Gen.OneOf("-", "~", "not "), sub, (op, a) => $"({op}{a})");
        return Gen.Frequency<string>((3, (IGen<string>)atom), (3, binary), (4, call), (1, unary));
    }

    private static readonly string[] Tokens =
    [
        "(", ")", "[", "]", "{", "}", ":", ",", ".", "`", "lambda", "x", "y", "1", "'s'", "+", "-", "*", "**", "=", "==", "if", "else", "for", "in",
        "not", "yield", "print", "def", "class", "return", "\n", "    ", "\t", ";", "\\", "@", "0x", "1L", "1e", "'''", "\"", "#", "exec", "global",
    ];

    [Fact]
    public void RandomExpressions_EvaluateToAValueOrAPythonException()
    {
        Expression(3).Array[1, 8].Sample(expressions =>
        {
            var program = "import sys\n" + string.Concat(expressions.Select(e =>
                $"try:\n    repr({e})[:20]\nexcept BaseException as e:\n    print type(e).__name__, str(e)[:200]\n"));
            AssertPythonOutcome(program);
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void RandomTokenSoup_CompilesOrRaisesSyntaxError()
    {
        Gen.OneOf(Tokens).Array[1, 40].Array[1, 8].Sample(sources =>
        {
            var program = string.Concat(sources.Select(tokens =>
                $"try:\n    compile({Quote(string.Join(" ", tokens))}, 'f', 'exec')\nexcept BaseException as e:\n    print type(e).__name__, str(e)[:200]\n"));
            AssertPythonOutcome(program);
        }, iter: Iterations, threads: 1);
    }

    private static string Quote(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'").Replace("\n", "\\n").Replace("\t", "\\t") + "'";

    private static void AssertPythonOutcome(string program)
    {
        var o = Py.Run(program, new ExecutionLimits { Deadline = DateTime.UtcNow.AddSeconds(10), MaxAllocatedBytes = 512L * 1024 * 1024 });
        Assert.DoesNotContain("internal error in PyCgiRunner", o.Stdout + o.Stderr);
        if (o.Result.StoppedBy is null) Assert.True(o.Result.ExitCode == 0, o.Stderr + "\n" + program);
    }
}
