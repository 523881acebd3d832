using System.Text;

namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>
/// Character classes (sre_parse: ']' first is a literal, '-' first or last is a literal, '\b' is backspace,
/// octal but no back references). Negated categories (\W \D \S) without re.UNICODE have no ASCII-only .NET
/// form inside a class, so such a class becomes an alternation (or, negated, a lookahead intersection).
/// </summary>
internal sealed partial class ReTranslator
{
    private void ParseClass()
    {
        _i++;
        var negate = false;
        if (_i < _p.Length && _p[_i] == '^')
        {
            negate = true;
            _i++;
        }
        var items = new StringBuilder();
        var negatedCategories = new List<string>();
        var first = true;
        while (true)
        {
            if (_i >= _p.Length) throw Error("unexpected end of regular expression");
            if (_p[_i] == ']' && !first)
            {
                _i++;
                break;
            }
            first = false;
            var lo = ClassAtom(out var loCategory);
            if (_i + 1 < _p.Length && _p[_i] == '-' && _p[_i + 1] != ']')
            {
                _i++;
                var hi = ClassAtom(out var hiCategory);
                if (loCategory is not null || hiCategory is not null || hi < lo) throw Error("bad character range");
                AppendLiteral(items, (char)lo);
                items.Append('-');
                AppendLiteral(items, (char)hi);
                continue;
            }
            if (loCategory is null)
                AppendLiteral(items, (char)lo);
            else if (UnicodeClasses)
                items.Append('\\').Append(loCategory);
            else if (char.IsUpper(loCategory[0]))
                negatedCategories.Add(CategoryMembers(char.ToLowerInvariant(loCategory[0])));
            else
                items.Append(CategoryMembers(loCategory[0]));
        }
        if (negatedCategories.Count == 0)
        {
            _out.Append('[').Append(negate ? "^" : "").Append(items).Append(']');
            return;
        }
        if (!negate)
        {
            _out.Append("(?:");
            if (items.Length > 0) _out.Append('[').Append(items).Append("]|");
            _out.Append(string.Join("|", negatedCategories.Select(m => "[^" + m + "]"))).Append(')');
            return;
        }
        // Not in items and not outside any category: inside every category and not in items.
        _out.Append("(?:");
        if (items.Length > 0) _out.Append("(?![").Append(items).Append("])");
        for (var k = 0; k < negatedCategories.Count - 1; k++) _out.Append("(?=[").Append(negatedCategories[k]).Append("])");
        _out.Append('[').Append(negatedCategories[^1]).Append("])");
    }

    /// <summary>One class member: a character code, or a category letter (d D w W s S) in category.</summary>
    private int ClassAtom(out string? category)
    {
        category = null;
        var c = _p[_i++];
        if (c != '\\') return c;
        if (_i >= _p.Length) throw Error("bogus escape (end of line)");
        var e = _p[_i++];
        switch (e)
        {
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                category = e.ToString();
                return -1;
            case 'b':
                return '\b';
            case 'x':
                return ReadHex();
            case >= '0' and <= '7':
                return ReadOctal(e - '0', 2);
            case '8' or '9':
                throw Error($"bogus escape: '\\\\{e}'");
        }
        return SimpleEscape(e, out var ch) ? ch : e;
    }
}
