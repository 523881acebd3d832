namespace PyCgiRunner.Python.Lexing;

/// <summary>
/// How the bytes of unicode literals are decoded (PEP 263). Byte-string literals always keep the source
/// bytes; only u'' literals depend on this.
/// </summary>
public enum SourceEncoding
{
    /// <summary>No declaration: a file must then be pure ASCII; a string given to exec/eval maps each
    /// byte to the code point of the same value, as CPython 2.7 does.</summary>
    Undeclared,
    Utf8,
    Latin1,
    Ascii,
}
