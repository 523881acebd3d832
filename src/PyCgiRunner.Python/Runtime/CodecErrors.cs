using System.Text;
using PyCgiRunner.Python.Builtins;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Codec error handling (PEP 293, Python/codecs.c in 2.7). The C# codecs call OnEncodeError/OnDecodeError with the
/// span they cannot handle: the builtin handlers (strict, ignore, replace, xmlcharrefreplace, backslashreplace) are
/// applied without building an exception object; any other name is looked up in the run's registry
/// (codecs.register_error) and called with a UnicodeEncodeError/UnicodeDecodeError, as CPython does.
/// </summary>
public static class CodecErrors
{
    /// <summary>The replacement for text[start..end) and where encoding resumes.</summary>
    public static (string Replacement, int Resume) OnEncodeError(string errors, string encoding, string text, int start, int end, string reason)
    {
        switch (errors)
        {
            case "strict": throw Codecs.EncodeError(encoding, text, start, end, reason);
            case "ignore": return ("", end);
            case "replace": return (new string('?', CodePoints(text, start, end)), end);
            case "xmlcharrefreplace": return (XmlCharRefs(text, start, end), end);
            case "backslashreplace": return (BackslashEscapes(text, start, end), end);
        }
        var error = Codecs.EncodeError(encoding, text, start, end, reason);
        return CallHandler(errors, error.Value, text.Length, "encoding");
    }

    /// <summary>The replacement for bytes[start..end) and where decoding resumes.</summary>
    public static (string Replacement, int Resume) OnDecodeError(string errors, string encoding, string bytes, int start, int end, string reason)
    {
        switch (errors)
        {
            case "strict": throw Codecs.DecodeError(encoding, bytes, start, end, reason);
            case "ignore": return ("", end);
            case "replace": return ("\uFFFD", end);
        }
        var error = Codecs.DecodeError(encoding, bytes, start, end, reason);
        return CallHandler(errors, error.Value, bytes.Length, "decoding");
    }

    /// <summary>Calls a registered handler and checks its (unicode, int) answer; a negative position counts from the end.</summary>
    private static (string, int) CallHandler(string name, PyObject exception, int length, string what)
    {
        var handler = Lookup(name);
        var result = Ops.CallFunction(handler, exception);
        if (result is not PyTuple { Count: 2 } pair || pair.Items[0] is not PyUnicode replacement || pair.Items[1] is not (PyInt or PyLong))
            throw PyErr.TypeError($"{what} error handler must return (unicode, int) tuple");
        var position = Ops.ToLong(pair.Items[1]);
        if (position < 0) position += length;
        if (position < 0 || position > length) throw PyErr.IndexError($"position {Ops.ToLong(pair.Items[1])} from error handler out of bounds");
        return (replacement.Value, (int)position);
    }

    /// <summary>codecs.lookup_error: the run's registered handler or one of the builtin ones.</summary>
    public static PyObject Lookup(string name)
    {
        var registered = PyContext.Current.CodecState.ErrorHandlers;
        if (registered.TryGetValue(name, out var handler)) return handler;
        return BuiltinHandler(name) ?? throw PyErr.New(BuiltinTypes.LookupError, $"unknown error handler name '{name}'");
    }

    public static PyObject? BuiltinHandler(string name) => name switch
    {
        "strict" => s_strict,
        "ignore" => s_ignore,
        "replace" => s_replace,
        "xmlcharrefreplace" => s_xml,
        "backslashreplace" => s_backslash,
        _ => null,
    };

    // The builtin handlers as callables (codecs.strict_errors...), for code that calls them directly.
    private static readonly PyBuiltinFunction s_strict = Handler("strict_errors", (e, _, _, _) => throw new PythonException(e));
    private static readonly PyBuiltinFunction s_ignore = Handler("ignore_errors", (e, kind, start, end) => ("", end));
    private static readonly PyBuiltinFunction s_replace = Handler("replace_errors", (e, kind, start, end) => kind switch
    {
        ErrorKind.Encode => (new string('?', end - start), end),
        ErrorKind.Decode => ("\uFFFD", end),
        _ => (new string('\uFFFD', end - start), end),
    });
    private static readonly PyBuiltinFunction s_xml = Handler("xmlcharrefreplace_errors", (e, kind, start, end)
        => kind == ErrorKind.Encode ? (XmlCharRefs(ObjectText(e), start, end), end) : throw CannotHandle(e));
    private static readonly PyBuiltinFunction s_backslash = Handler("backslashreplace_errors", (e, kind, start, end)
        => kind == ErrorKind.Encode ? (BackslashEscapes(ObjectText(e), start, end), end) : throw CannotHandle(e));

    private enum ErrorKind { Encode, Decode, Translate }

    private static PyBuiltinFunction Handler(string name, Func<PyObject, ErrorKind, int, int, (string, int)> body)
        => new(name, (args, kw) =>
        {
            Args.Count(name, args, kw, 1, 1);
            var e = args[0];
            var kind = e.Type.IsSubtypeOf(BuiltinTypes.UnicodeEncodeError) ? ErrorKind.Encode
                : e.Type.IsSubtypeOf(BuiltinTypes.UnicodeDecodeError) ? ErrorKind.Decode
                : e.Type.IsSubtypeOf(BuiltinTypes.UnicodeTranslateError) ? ErrorKind.Translate
                : throw CannotHandle(e);
            var start = (int)Ops.ToLong(Ops.GetAttr(e, "start"));
            var end = (int)Ops.ToLong(Ops.GetAttr(e, "end"));
            var (replacement, resume) = body(e, kind, start, end);
            return new PyTuple(new PyUnicode(replacement), PyInt.Get(resume));
        });

    private static PythonException CannotHandle(PyObject e) => PyErr.TypeError($"don't know how to handle {e.Type.Name} in error callback");

    private static string ObjectText(PyObject e) => Ops.GetAttr(e, "object") is PyUnicode u ? u.Value : Ops.Str(Ops.GetAttr(e, "object"));

    // A surrogate pair counts as one character, as on the wide builds the corpora come from.
    private static int CodePoints(string text, int start, int end)
    {
        var n = 0;
        for (var i = start; i < end; i++, n++)
            if (char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1])) i++;
        return n;
    }

    private static IEnumerable<int> Runes(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                yield return char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else yield return text[i];
        }
    }

    private static string XmlCharRefs(string text, int start, int end)
    {
        var sb = new StringBuilder();
        foreach (var cp in Runes(text, start, end)) sb.Append("&#").Append(cp).Append(';');
        return sb.ToString();
    }

    private static string BackslashEscapes(string text, int start, int end)
    {
        var sb = new StringBuilder();
        foreach (var cp in Runes(text, start, end))
            sb.Append(cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}");
        return sb.ToString();
    }
}
