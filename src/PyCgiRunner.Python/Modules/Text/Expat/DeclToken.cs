namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>One prolog token of a markup declaration: its kind and where it lies in the buffer.</summary>
internal readonly record struct DeclToken(Tok Tok, int Start, int End);
