namespace PyCgiRunner.Python.Parsing;

/// <summary>Why an expression is checked as a target: ast.c's Store and Del contexts.</summary>
internal enum TargetUse
{
    Assign,
    Delete,
}
