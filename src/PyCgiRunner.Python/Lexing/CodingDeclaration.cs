using PyCgiRunner.Python.Parsing;

namespace PyCgiRunner.Python.Lexing;

/// <summary>
/// The PEP 263 coding declaration: a comment on line 1 or 2 matching coding[:=]\s*([-\w.]+), and the
/// UTF-8 byte-order mark. Only the encodings CGI scripts really declare are supported; any other name is
/// rejected the way CPython rejects an unknown one ("encoding problem: NAME").
/// </summary>
internal static class CodingDeclaration
{
    /// <summary>Finds the encoding declared in the first two lines of <paramref name="src"/> (BOM already removed).</summary>
    public static SourceEncoding Detect(string src, bool hadBom, string fileName)
    {
        int lineStart = 0;
        for (int line = 1; line <= 2 && lineStart < src.Length; line++)
        {
            int lineEnd = src.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = src.Length;
            string? name = FindSpec(src, lineStart, lineEnd);
            if (name != null)
            {
                SourceEncoding? enc = Normalize(name);
                if (enc == null || (hadBom && enc != SourceEncoding.Utf8))
                {
                    string shown = enc == SourceEncoding.Latin1 ? "iso-8859-1" : name;
                    throw new PythonSyntaxError("SyntaxError",
                        hadBom && enc != null ? $"encoding problem: {shown} with BOM" : $"encoding problem: {name}",
                        fileName, line, null, null);
                }
                return enc.Value;
            }
            lineStart = lineEnd + 1;
        }
        return hadBom ? SourceEncoding.Utf8 : SourceEncoding.Undeclared;
    }

    // CPython 2.7 tokenizer.c get_coding_spec: only blanks may precede the '#'.
    private static string? FindSpec(string s, int start, int end)
    {
        int i = start;
        while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) i++;
        if (i >= end || s[i] != '#') return null;
        int at = s.IndexOf("coding", i, end - i, StringComparison.Ordinal);
        while (at >= 0)
        {
            int j = at + 6;
            if (j < end && (s[j] == ':' || s[j] == '='))
            {
                j++;
                while (j < end && (s[j] == ' ' || s[j] == '\t')) j++;
                int nameStart = j;
                while (j < end && (char.IsAsciiLetterOrDigit(s[j]) || s[j] == '-' || s[j] == '_' || s[j] == '.')) j++;
                if (j > nameStart) return s[nameStart..j];
            }
            at = s.IndexOf("coding", at + 6, end - at - 6, StringComparison.Ordinal);
        }
        return null;
    }

    private static SourceEncoding? Normalize(string name)
    {
        string n = name.ToLowerInvariant().Replace('_', '-');
        return n switch
        {
            "utf-8" or "utf8" or "u8" or "utf" => SourceEncoding.Utf8,
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "iso-latin-1" or "l1" or "cp819" or "latin"
                or "iso-ir-100" or "8859" => SourceEncoding.Latin1,
            "ascii" or "us-ascii" or "646" or "us" => SourceEncoding.Ascii,
            _ when n.StartsWith("utf-8-", StringComparison.Ordinal) => SourceEncoding.Utf8,
            _ when n.StartsWith("latin-1-", StringComparison.Ordinal) || n.StartsWith("iso-8859-1-", StringComparison.Ordinal)
                || n.StartsWith("iso-latin-1-", StringComparison.Ordinal) => SourceEncoding.Latin1,
            _ => null,
        };
    }
}
