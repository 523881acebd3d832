using System.Text;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>
/// A replacement template for sub() and expand() (sre_parse.parse_template in 2.7): \1..\99, \g&lt;n&gt;,
/// \g&lt;name&gt;, octal escapes, the standard escapes \a \b \f \n \r \t \v \\; other escapes stay as written.
/// </summary>
internal sealed class ReTemplate
{
    private readonly List<(string? Literal, int Group)> _parts = new();
    private bool _unicode;

    /// <summary>True when the template has no group references (sub can insert it as is).</summary>
    public bool IsLiteral => _parts.All(p => p.Literal is not null);

    public static ReTemplate Parse(PyRePattern pattern, PyObject template)
    {
        var (text, isUnicode) = PyRePattern.Subject(template);
        var t = new ReTemplate { _unicode = isUnicode };
        try
        {
            t.Build(pattern, text);
        }
        catch (ReError e)
        {
            throw ReTypes.ToPython(e);
        }
        return t;
    }

    private void Build(PyRePattern pattern, string s)
    {
        var literal = new StringBuilder();
        void Group(int index)
        {
            if (index > pattern.Groups) throw new ReError("invalid group reference");
            if (literal.Length > 0) _parts.Add((literal.ToString(), 0));
            literal.Clear();
            _parts.Add((null, index));
        }
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i++];
            if (c != '\\')
            {
                literal.Append(c);
                continue;
            }
            if (i >= s.Length) throw new ReError("bogus escape (end of line)");
            var e = s[i++];
            if (e == 'g')
            {
                if (i >= s.Length || s[i] != '<') throw new ReError("missing group name");
                var close = s.IndexOf('>', i + 1);
                if (close < 0) throw new ReError("unterminated group name");
                var name = s[(i + 1)..close];
                i = close + 1;
                if (name.Length == 0) throw new ReError("missing group name");
                if (name.All(char.IsAsciiDigit)) Group(int.Parse(name));
                else if (!ReTranslator.IsIdentifier(name)) throw new ReError("bad character in group name");
                else if (pattern.Translation.GroupIndex.TryGetValue(name, out var index)) Group(index);
                else throw PyErr.IndexError($"unknown group name: '{name}'");
            }
            else if (e == '0')
            {
                var v = 0;
                for (var k = 0; k < 2 && i < s.Length && s[i] is >= '0' and <= '7'; k++) v = v * 8 + (s[i++] - '0');
                literal.Append((char)v);
            }
            else if (char.IsAsciiDigit(e))
            {
                if (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    if (e <= '7' && s[i] <= '7' && i + 1 < s.Length && s[i + 1] is >= '0' and <= '7')
                    {
                        literal.Append((char)(((e - '0') * 64 + (s[i] - '0') * 8 + (s[i + 1] - '0')) & 0xFF));
                        i += 2;
                        continue;
                    }
                    Group((e - '0') * 10 + (s[i++] - '0'));
                }
                else Group(e - '0');
            }
            else
            {
                var ch = e switch { 'a' => '\a', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', 'v' => '\v', '\\' => '\\', _ => '\0' };
                if (ch != '\0') literal.Append(ch);
                else literal.Append('\\').Append(e);
            }
        }
        if (literal.Length > 0) _parts.Add((literal.ToString(), 0));
    }

    /// <summary>The template with the match's groups filled in; an unmatched group is an error in 2.7.</summary>
    public PyObject Expand(PyReMatch m)
    {
        var sb = new StringBuilder();
        foreach (var (literal, group) in _parts)
        {
            if (literal is not null)
            {
                sb.Append(literal);
                continue;
            }
            var g = m.G(group);
            if (!g.Success) throw PyErr.New(ReTypes.Error, "unmatched group");
            sb.Append(m.Text, g.Index, g.Length);
        }
        var unicode = m.IsUnicode || (_unicode && _parts.Any(p => p.Literal is not null));
        if (!unicode) return PyStr.From(sb.ToString());
        return new PyUnicode(m.IsUnicode ? sb.ToString() : Codecs.DecodeDefault(sb.ToString()));
    }
}
