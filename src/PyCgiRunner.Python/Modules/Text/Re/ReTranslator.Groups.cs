namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>Group syntax: (...), (?:...), (?P&lt;name&gt;...), (?P=name), lookarounds, (?(id)...), (?#...), (?iLmsux).</summary>
internal sealed partial class ReTranslator
{
    private void OpenGroup()
    {
        _i++;
        if (_i >= _p.Length || _p[_i] != '?')
        {
            OpenCapture();
            return;
        }
        _i++;
        if (_i >= _p.Length) throw Error("unexpected end of pattern");
        var c = _p[_i++];
        switch (c)
        {
            case 'P':
                if (_i < _p.Length && _p[_i] == '<')
                {
                    _i++;
                    var name = ReadName('>', "unterminated name");
                    if (!IsIdentifier(name)) throw Error($"bad character in group name '{name}'");
                    var index = OpenCapture();
                    if (_names.TryGetValue(name, out var previous))
                        throw Error($"redefinition of group name '{name}' as group {index}; was group {previous}");
                    _names[name] = index;
                    return;
                }
                if (_i < _p.Length && _p[_i] == '=')
                {
                    _i++;
                    var name = ReadName(')', "unterminated name");
                    if (!IsIdentifier(name)) throw Error($"bad character in group name '{name}'");
                    if (!_names.TryGetValue(name, out var index)) throw Error($"unknown group name: '{name}'");
                    if (_open.Contains(index)) throw Error("cannot refer to an open group");
                    _out.Append(@"\k<").Append(index).Append('>');
                    Item(true);
                    return;
                }
                if (_i >= _p.Length) throw Error("unexpected end of pattern");
                throw Error("unknown specifier: ?P" + _p[_i]);
            case ':':
                OpenOther("(?:");
                return;
            case '=':
                OpenOther("(?=");
                return;
            case '!':
                OpenOther("(?!");
                return;
            case '<':
                if (_i < _p.Length && _p[_i] is '=' or '!')
                {
                    OpenOther(_p[_i] == '=' ? "(?<=" : "(?<!");
                    _i++;
                    return;
                }
                throw Error("syntax error");
            case '#':
                while (_i < _p.Length && _p[_i] != ')') _i++;
                if (_i >= _p.Length) throw Error("unbalanced parenthesis");
                _i++;
                return;
            case '(':
                {
                    var id = ReadName(')', "unterminated name");
                    int index;
                    if (id.Length > 0 && id.All(char.IsAsciiDigit)) index = int.Parse(id);
                    else if (!IsIdentifier(id)) throw Error($"bad character in group name '{id}'");
                    else if (!_names.TryGetValue(id, out index)) throw Error($"unknown group name: '{id}'");
                    OpenOther("(?(" + index + ")");
                    return;
                }
        }
        _i--;
        if ("iLmsux".IndexOf(c) < 0) throw Error("unexpected end of pattern");
        while (_i < _p.Length && "iLmsux".IndexOf(_p[_i]) >= 0)
        {
            _flags |= _p[_i] switch { 'i' => I, 'L' => L, 'm' => M, 's' => S, 'u' => U, _ => X };
            _i++;
        }
        if (_i >= _p.Length || _p[_i] != ')') throw Error("unexpected end of pattern");
        _i++;
    }

    private int OpenCapture()
    {
        var index = ++_groups;
        var parent = 0;
        foreach (var g in _open)
            if (g > 0) { parent = g; break; }
        _parents.Add(parent);
        _open.Push(index);
        _out.Append("(?<").Append(index).Append('>');
        Item(false);
        return index;
    }

    private void OpenOther(string opening)
    {
        _open.Push(0);
        _out.Append(opening);
        Item(false);
    }

    private string ReadName(char terminator, string unterminated)
    {
        var start = _i;
        while (_i < _p.Length && _p[_i] != terminator) _i++;
        if (_i >= _p.Length) throw Error(unterminated);
        var name = _p[start.._i];
        _i++;
        return name;
    }

    internal static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0])) return false;
        foreach (var ch in name)
            if (!(char.IsAsciiLetterOrDigit(ch) || ch == '_')) return false;
        return true;
    }
}
