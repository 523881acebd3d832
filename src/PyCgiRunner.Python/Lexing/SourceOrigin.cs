namespace PyCgiRunner.Python.Lexing;

/// <summary>
/// Where the source came from. CPython 2.7 applies the PEP 263 "Non-ASCII character" check only to
/// files; exec/eval of a byte string accepts any bytes, and exec of a unicode string is utf-8.
/// </summary>
public enum SourceOrigin
{
    File,
    String,
    Utf8String,
}
