using System.Text;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>One piece of a str.format string: literal text, then (unless FieldName is null) a replacement field.</summary>
public readonly record struct MarkupChunk(string Literal, string? FieldName, string Spec, char Conversion);

/// <summary>
/// The str.format mini-language's markup (PEP 3101, Objects/stringlib/string_format.h in 2.7): splits a format
/// string into literal text and fields, and a field name into its first part and its .attribute / [key] chain.
/// str.format renders with it; str._formatter_parser and _formatter_field_name_split (used by string.Formatter)
/// expose it as CPython does, chunk boundaries included ('a{{b' is 'a{' then 'b').
/// </summary>
public static class FormatMarkup
{
    public static List<MarkupChunk> Parse(string format)
    {
        var chunks = new List<MarkupChunk>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i++];
            if (c == '}')
            {
                if (i < format.Length && format[i] == '}') { literal.Append('}'); i++; Flush(); continue; }
                throw PyErr.ValueError("Single '}' encountered in format string");
            }
            if (c != '{') { literal.Append(c); continue; }
            if (i >= format.Length) throw PyErr.ValueError("Single '{' encountered in format string");
            if (format[i] == '{') { literal.Append('{'); i++; Flush(); continue; }
            // The field runs to the '}' that balances its '{' (nested fields may appear in the spec).
            var start = i;
            var depth = 1;
            while (i < format.Length)
            {
                var d = format[i++];
                if (d == '{') depth++;
                else if (d == '}' && --depth == 0) break;
            }
            if (depth > 0) throw PyErr.ValueError("unmatched '{' in format");
            chunks.Add(Field(literal.ToString(), format[start..(i - 1)]));
            literal.Clear();
        }
        Flush();
        return chunks;

        void Flush()
        {
            if (literal.Length == 0) return;
            chunks.Add(new MarkupChunk(literal.ToString(), null, "", '\0'));
            literal.Clear();
        }
    }

    private static MarkupChunk Field(string literal, string field)
    {
        var stop = field.IndexOfAny([':', '!']);
        if (stop < 0) return new MarkupChunk(literal, field, "", '\0');
        var rest = field[(stop + 1)..];
        if (field[stop] == ':') return new MarkupChunk(literal, field[..stop], rest, '\0');
        if (rest.Length == 0) throw PyErr.ValueError("end of format while looking for conversion specifier");
        if (rest.Length > 1 && rest[1] != ':') throw PyErr.ValueError("expected ':' after format specifier");
        return new MarkupChunk(literal, field[..stop], rest.Length > 1 ? rest[2..] : "", rest[0]);
    }

    /// <summary>A field name's first part, then each ".name" (IsAttribute) or "[key]" that follows it.</summary>
    public static (string First, List<(bool IsAttribute, string Key)> Chain) SplitFieldName(string name)
    {
        var i = 0;
        while (i < name.Length && name[i] is not ('.' or '[')) i++;
        var first = name[..i];
        var rest = new List<(bool, string)>();
        while (i < name.Length)
        {
            if (name[i] == '.')
            {
                var start = ++i;
                while (i < name.Length && name[i] is not ('.' or '[')) i++;
                if (i == start) throw PyErr.ValueError("Empty attribute in format string");
                rest.Add((true, name[start..i]));
                continue;
            }
            var open = ++i;
            while (i < name.Length && name[i] != ']') i++;
            if (i >= name.Length) throw PyErr.ValueError("Missing ']' in format string");
            if (i == open) throw PyErr.ValueError("Empty attribute in format string");
            rest.Add((false, name[open..i]));
            i++;
            if (i < name.Length && name[i] is not ('.' or '['))
                throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        return (first, rest);
    }

    /// <summary>A name part of digits is an index (an int; a long in _formatter_field_name_split).</summary>
    public static bool IsIndex(string part) => part.Length > 0 && part.All(char.IsAsciiDigit);
}
