namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>
/// Backslash escapes outside classes (sre_parse._escape): categories, anchors, octal and hex characters,
/// back references; any other escaped character stands for itself.
/// </summary>
internal sealed partial class ReTranslator
{
    private const string AsciiWord = "[a-zA-Z0-9_]";

    private void ParseEscape()
    {
        if (_i + 1 >= _p.Length) throw Error("bogus escape (end of line)");
        var c = _p[_i + 1];
        _i += 2;
        switch (c)
        {
            case 'A':
                _out.Append(@"\A");
                Item(false);
                return;
            case 'Z':
                // Python's \Z is the very end of the string: .NET's \z (.NET's \Z also matches before a final \n).
                _out.Append(@"\z");
                Item(false);
                return;
            case 'b':
                _out.Append(UnicodeClasses ? @"\b" : $"(?:(?<={AsciiWord})(?!{AsciiWord})|(?<!{AsciiWord})(?={AsciiWord}))");
                Item(false);
                return;
            case 'B':
                _out.Append(UnicodeClasses ? @"\B" : $"(?:(?<={AsciiWord})(?={AsciiWord})|(?<!{AsciiWord})(?!{AsciiWord}))");
                Item(false);
                return;
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                _out.Append(Category(c));
                Item(true);
                return;
            case '0':
                AppendLiteral(_out, (char)ReadOctal(0, 2));
                Item(true);
                return;
            case >= '1' and <= '9':
                ParseNumericEscape(c);
                return;
        }
        if (SimpleEscape(c, out var ch))
        {
            AppendLiteral(_out, ch);
            Item(true);
            return;
        }
        if (c == 'x')
        {
            AppendLiteral(_out, (char)ReadHex());
            Item(true);
            return;
        }
        AppendLiteral(_out, c);
        Item(true);
    }

    // \1..\99 refer to groups; three octal digits (\123) are a character (sre_parse._escape).
    private void ParseNumericEscape(char first)
    {
        var start = _i - 2;
        if (_i < _p.Length && char.IsAsciiDigit(_p[_i]))
        {
            if (IsOctal(first) && IsOctal(_p[_i]) && _i + 1 < _p.Length && IsOctal(_p[_i + 1]))
            {
                var value = (first - '0') * 64 + (_p[_i] - '0') * 8 + (_p[_i + 1] - '0');
                _i += 2;
                AppendLiteral(_out, (char)(value & 0xFF));
                Item(true);
                return;
            }
            _i++;
        }
        var group = int.Parse(_p[(start + 1).._i]);
        if (group <= _groups)
        {
            if (_open.Contains(group)) throw Error("cannot refer to an open group");
            _out.Append(@"\k<").Append(group).Append('>');
            Item(true);
            return;
        }
        throw Error($"bogus escape: '\\\\{_p[(start + 1).._i]}'");
    }

    private int ReadOctal(int value, int maxDigits)
    {
        for (var k = 0; k < maxDigits && _i < _p.Length && IsOctal(_p[_i]); k++)
            value = value * 8 + (_p[_i++] - '0');
        return value & 0xFF;
    }

    // \x takes exactly two hex digits in Python 2.7.
    private int ReadHex()
    {
        var start = _i;
        while (_i < _p.Length && _i - start < 2 && Uri.IsHexDigit(_p[_i])) _i++;
        if (_i - start != 2) throw Error($"bogus escape: '\\\\x{_p[start.._i]}'");
        return Convert.ToInt32(_p[start.._i], 16);
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private static bool SimpleEscape(char c, out char value)
    {
        value = c switch
        {
            'a' => '\a', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', 'v' => '\v', '\\' => '\\',
            _ => '\0',
        };
        return value != '\0' || c == '\0';
    }

    /// <summary>A category as a standalone .NET class: ASCII sets unless re.UNICODE (library reference §7.2.1).</summary>
    private string Category(char c)
    {
        if (UnicodeClasses) return "\\" + c;
        return c switch
        {
            'd' => "[0-9]", 'D' => "[^0-9]",
            'w' => AsciiWord, 'W' => "[^a-zA-Z0-9_]",
            's' => @"[\t\n\v\f\r\u0020]", _ => @"[^\t\n\v\f\r\u0020]",
        };
    }

    /// <summary>The members of a category for use inside a class (positive form).</summary>
    private static string CategoryMembers(char lower) => lower switch
    {
        'd' => "0-9",
        'w' => "a-zA-Z0-9_",
        _ => @"\t\n\v\f\r\u0020",
    };
}
