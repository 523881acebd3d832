using System.Text;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>
/// str.format and unicode.format (library reference §7.1.3 "Format String Syntax"):
/// replacement fields {name.attr[key]!conversion:spec}, nested fields in the spec, {{ and }}, and automatic
/// numbering of empty names. Error messages are CPython 2.7's.
/// </summary>
public static partial class Formatting
{
    /// <summary>Formats with positional args and keyword arguments kw (the vectorcall layout of the call).</summary>
    public static PyObject FormatMethod(PyBaseString self, PyObject[] args, string[]? kw)
    {
        var nKw = kw?.Length ?? 0;
        var state = new FieldState(args[..(args.Length - nKw)], kw ?? [], args[(args.Length - nKw)..], self is PyUnicode);
        var text = Render(self.Value, state, depth: 2);
        return state.Unicode ? new PyUnicode(text) : PyStr.From(text);
    }

    private sealed class FieldState(PyObject[] positional, string[] names, PyObject[] values, bool unicode)
    {
        public readonly PyObject[] Positional = positional;
        public readonly string[] Names = names;
        public readonly PyObject[] Values = values;
        public readonly bool Unicode = unicode;
        /// <summary>Next automatic index; -1 once a field was numbered by hand; null before any numbered field.</summary>
        public int? AutoIndex;
    }

    private static string Render(string format, FieldState state, int depth)
    {
        if (depth <= 0) throw PyErr.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder(format.Length + 16);
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i++];
            if (c == '}')
            {
                if (i < format.Length && format[i] == '}') { sb.Append('}'); i++; continue; }
                throw PyErr.ValueError("Single '}' encountered in format string");
            }
            if (c != '{') { sb.Append(c); continue; }
            if (i >= format.Length) throw PyErr.ValueError("Single '{' encountered in format string");
            if (format[i] == '{') { sb.Append('{'); i++; continue; }
            // The field runs to the '}' that balances its '{' (nested fields may appear in the spec).
            var start = i;
            var count = 1;
            while (i < format.Length)
            {
                var d = format[i++];
                if (d == '{') count++;
                else if (d == '}' && --count == 0) break;
            }
            if (count > 0) throw PyErr.ValueError("unmatched '{' in format");
            sb.Append(RenderField(format[start..(i - 1)], state, depth));
        }
        return sb.ToString();
    }

    private static string RenderField(string field, FieldState state, int depth)
    {
        var stop = field.IndexOfAny([':', '!']);
        var name = stop < 0 ? field : field[..stop];
        var conversion = '\0';
        var spec = "";
        if (stop >= 0)
        {
            var rest = field[(stop + 1)..];
            if (field[stop] == '!')
            {
                if (rest.Length == 0) throw PyErr.ValueError("end of format while looking for conversion specifier");
                conversion = rest[0];
                if (rest.Length > 1 && rest[1] != ':') throw PyErr.ValueError("expected ':' after format specifier");
                spec = rest.Length > 1 ? rest[2..] : "";
            }
            else spec = rest;
        }
        var value = Lookup(name, state);
        value = conversion switch
        {
            '\0' => value,
            'r' => state.Unicode ? new PyUnicode(Codecs.DecodeDefault(Ops.Repr(value))) : PyStr.From(Ops.Repr(value)),
            's' => state.Unicode ? new PyUnicode(StrType.ToUnicode(value, null, null)) : Ops.StrObject(value),
            _ => throw PyErr.ValueError($"Unknown conversion specifier {conversion}"),
        };
        if (spec.Contains('{')) spec = Render(spec, state, depth - 1);
        var result = Format(value, state.Unicode ? new PyUnicode(spec) : PyStr.From(spec));
        return result switch
        {
            PyUnicode u => state.Unicode ? u.Value : Codecs.EncodeDefault(u.Value),
            PyStr s => state.Unicode ? Codecs.DecodeDefault(s.Value) : s.Value,
            _ => ((PyBaseString)result).Value,
        };
    }

    /// <summary>arg_name ("." attribute | "[" key "]")*; a name of digits is a positional index.</summary>
    private static PyObject Lookup(string name, FieldState state)
    {
        var i = 0;
        while (i < name.Length && name[i] is not ('.' or '[')) i++;
        var first = name[..i];
        PyObject value;
        if (first.Length == 0)
        {
            if (state.AutoIndex == -1)
                throw PyErr.ValueError("cannot switch from manual field specification to automatic field numbering");
            var index = state.AutoIndex ?? 0;
            state.AutoIndex = index + 1;
            value = Positional(state, index);
        }
        else if (first.All(char.IsAsciiDigit))
        {
            if (state.AutoIndex > 0)
                throw PyErr.ValueError("cannot switch from automatic field numbering to manual field specification");
            state.AutoIndex = -1;
            value = Positional(state, int.TryParse(first, out var n) ? n : int.MaxValue);
        }
        else
        {
            var k = Array.IndexOf(state.Names, first);
            if (k < 0) throw PyErr.New(BuiltinTypes.KeyError, state.Unicode ? new PyUnicode(first) : PyStr.From(first));
            value = state.Values[k];
        }
        while (i < name.Length)
        {
            if (name[i] == '.')
            {
                var start = ++i;
                while (i < name.Length && name[i] is not ('.' or '[')) i++;
                if (i == start) throw PyErr.ValueError("Empty attribute in format string");
                value = Ops.GetAttr(value, name[start..i]);
            }
            else
            {
                var start = ++i;
                while (i < name.Length && name[i] != ']') i++;
                if (i >= name.Length) throw PyErr.ValueError("Missing ']' in format string");
                if (i == start) throw PyErr.ValueError("Empty attribute in format string");
                var key = name[start..i];
                i++;
                if (i < name.Length && name[i] is not ('.' or '['))
                    throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
                PyObject keyObject = key.All(char.IsAsciiDigit) && int.TryParse(key, out var n) ? PyInt.Get(n)
                    : state.Unicode ? new PyUnicode(key) : PyStr.From(key);
                value = Ops.GetItem(value, keyObject);
            }
        }
        return value;
    }

    private static PyObject Positional(FieldState state, int index)
        => index < state.Positional.Length ? state.Positional[index] : throw PyErr.IndexError("tuple index out of range");
}
