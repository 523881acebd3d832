using System.Text;
using System.Text.RegularExpressions;

namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>
/// Translates Python 2.7 regular expression syntax (library reference §7.2.1) into .NET syntax, rejecting what
/// CPython's sre_parse rejects with its messages. Differences handled: (?P&lt;name&gt;) and (?P=name), \Z, ASCII-only
/// \d \w \s \b without re.UNICODE, '{' literal when not a quantifier, {,n}, octal escapes and back references,
/// unknown escapes as literals, verbose mode (done here, not by .NET), inline flags anywhere in the pattern.
/// </summary>
internal sealed partial class ReTranslator
{
    public const int I = 2, L = 4, M = 8, S = 16, U = 32, X = 64;

    private readonly string _p;
    private int _i;
    private int _flags;
    private readonly StringBuilder _out = new();
    private int _groups;
    private readonly Dictionary<string, int> _names = new();
    private readonly List<int> _parents = [-1];
    // Open parentheses: the capture group index, or 0 for other groups.
    private readonly Stack<int> _open = new();
    private bool _canRepeat;
    private bool _afterRepeat;

    private ReTranslator(string pattern, int flags) { _p = pattern; _flags = flags; }

    private bool Verbose => (_flags & X) != 0;
    private bool UnicodeClasses => (_flags & U) != 0;

    /// <summary>Translates; inline flags found later in the pattern re-run the translation with them (as sre_parse does for (?x)).</summary>
    public static ReTranslation Translate(string pattern, int flags)
    {
        while (true)
        {
            var t = new ReTranslator(pattern, flags);
            t.Run();
            if ((t._flags & ~flags) == 0) return t.Result();
            flags |= t._flags;
        }
    }

    private ReTranslation Result()
    {
        var options = RegexOptions.CultureInvariant;
        if ((_flags & I) != 0) options |= RegexOptions.IgnoreCase;
        if ((_flags & M) != 0) options |= RegexOptions.Multiline;
        if ((_flags & S) != 0) options |= RegexOptions.Singleline;
        return new ReTranslation(_out.ToString(), options, _flags, _groups, _names, _parents.ToArray());
    }

    private static ReError Error(string message) => new(message);

    private void Run()
    {
        while (_i < _p.Length)
        {
            var c = _p[_i];
            if (Verbose && (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v'))
            {
                _i++;
                continue;
            }
            if (Verbose && c == '#')
            {
                while (_i < _p.Length && _p[_i] != '\n') _i++;
                continue;
            }
            switch (c)
            {
                case '(':
                    OpenGroup();
                    break;
                case ')':
                    if (_open.Count == 0) throw Error("unbalanced parenthesis");
                    _open.Pop();
                    _out.Append(')');
                    _i++;
                    Item(true);
                    break;
                case '|':
                    _out.Append('|');
                    _i++;
                    Item(false);
                    break;
                case '*' or '+' or '?':
                    _i++;
                    Repeat(c.ToString());
                    break;
                case '{':
                    if (TryQuantifier(out var q)) Repeat(q);
                    else { _out.Append(@"\{"); _i++; Item(true); }
                    break;
                case '^' or '$':
                    _out.Append(c);
                    _i++;
                    Item(false);
                    break;
                case '.':
                    _out.Append('.');
                    _i++;
                    Item(true);
                    break;
                case '[':
                    ParseClass();
                    Item(true);
                    break;
                case '\\':
                    ParseEscape();
                    break;
                default:
                    AppendLiteral(_out, c);
                    _i++;
                    Item(true);
                    break;
            }
        }
        if (_open.Count > 0) throw Error("unbalanced parenthesis");
    }

    private void Item(bool repeatable)
    {
        _canRepeat = repeatable;
        _afterRepeat = false;
    }

    // sre_parse: a repeat needs a preceding item that is not an anchor; a second repeat is "multiple repeat".
    private void Repeat(string quantifier)
    {
        if (!_canRepeat) throw Error(_afterRepeat ? "multiple repeat" : "nothing to repeat");
        _out.Append(quantifier);
        if (_i < _p.Length && _p[_i] == '?')
        {
            _out.Append('?');
            _i++;
        }
        _canRepeat = false;
        _afterRepeat = true;
    }

    // '{' starts a quantifier only in the forms {m}, {m,}, {,n}, {m,n}; otherwise it is a literal (sre_parse).
    private bool TryQuantifier(out string quantifier)
    {
        quantifier = "";
        var j = _i + 1;
        if (j < _p.Length && _p[j] == '}') return false;
        var lo = ReadDigits(ref j);
        var hi = lo;
        var comma = false;
        if (j < _p.Length && _p[j] == ',')
        {
            comma = true;
            j++;
            hi = ReadDigits(ref j);
        }
        if (j >= _p.Length || _p[j] != '}') return false;
        _i = j + 1;
        var min = lo.Length == 0 ? "0" : lo;
        if (comma && hi.Length == 0)
        {
            quantifier = "{" + min + ",}";
            return true;
        }
        if (lo.Length > 0 && hi.Length > 0 && ulong.Parse(hi) < ulong.Parse(lo)) throw Error("bad repeat interval");
        quantifier = "{" + min + "," + hi + "}";
        return true;
    }

    private string ReadDigits(ref int j)
    {
        var start = j;
        while (j < _p.Length && char.IsAsciiDigit(_p[j])) j++;
        return _p[start..j];
    }

    /// <summary>Writes a literal character in a form that means itself both inside and outside classes.</summary>
    internal static void AppendLiteral(StringBuilder sb, char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c == '_') sb.Append(c);
        else sb.Append(@"\u").Append(((int)c).ToString("X4"));
    }
}
