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
        foreach (var chunk in FormatMarkup.Parse(format))
        {
            sb.Append(chunk.Literal);
            if (chunk.FieldName is not null) sb.Append(RenderField(chunk, state, depth));
        }
        return sb.ToString();
    }

    private static string RenderField(MarkupChunk field, FieldState state, int depth)
    {
        var value = Lookup(field.FieldName!, state);
        value = field.Conversion switch
        {
            '\0' => value,
            'r' => state.Unicode ? new PyUnicode(Codecs.DecodeDefault(Ops.Repr(value))) : PyStr.From(Ops.Repr(value)),
            's' => state.Unicode ? new PyUnicode(StrType.ToUnicode(value, null, null)) : Ops.StrObject(value),
            var other => throw PyErr.ValueError($"Unknown conversion specifier {other}"),
        };
        var spec = field.Spec;
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
        var (first, rest) = FormatMarkup.SplitFieldName(name);
        PyObject value;
        if (first.Length == 0)
        {
            if (state.AutoIndex == -1)
                throw PyErr.ValueError("cannot switch from manual field specification to automatic field numbering");
            var index = state.AutoIndex ?? 0;
            state.AutoIndex = index + 1;
            value = Positional(state, index);
        }
        else if (FormatMarkup.IsIndex(first))
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
        foreach (var (isAttribute, key) in rest)
        {
            if (isAttribute) { value = Ops.GetAttr(value, key); continue; }
            PyObject keyObject = FormatMarkup.IsIndex(key) && int.TryParse(key, out var n) ? PyInt.Get(n)
                : state.Unicode ? new PyUnicode(key) : PyStr.From(key);
            value = Ops.GetItem(value, keyObject);
        }
        return value;
    }

    private static PyObject Positional(FieldState state, int index)
        => index < state.Positional.Length ? state.Positional[index] : throw PyErr.IndexError("tuple index out of range");
}
