using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Parsing;

internal sealed partial class Parser
{
    // Parser/parser.h: CPython's LL(1) parser keeps at most MAXSTACK (1500) grammar states; input nested deeper
    // fails with "s_push: parser stack overflow" and a MemoryError. We count the states CPython would push where
    // our descent nests (a test to its atom is 14 states, a bracket's inner list 1, a unary operator 1...), so
    // the same inputs are refused, and the .NET stack of the descent stays bounded whatever the input.
    private const int MaxStack = 1500;
    private const int TestToAtomStates = 14;
    private int stackDepth;

    private void PushStates(int states)
    {
        stackDepth += states;
        if (stackDepth > MaxStack || Runtime.RecursionGuard.StackIsLow)
            throw new PythonSyntaxError("MemoryError", "s_push: parser stack overflow", fileName, tok.Line, null, null);
    }

    private void PopStates(int states) => stackDepth -= states;

    //test: or_test ['if' or_test 'else' test] | lambdef
    private Expr ParseTest()
    {
        var states = IsKeyword("lambda") ? 2 : TestToAtomStates;
        PushStates(states);
        var e = ParseTestRule();
        PopStates(states);
        return e;
    }

    private Expr Nested(int states, Func<Expr> parse)
    {
        PushStates(states);
        var e = parse();
        PopStates(states);
        return e;
    }
}
