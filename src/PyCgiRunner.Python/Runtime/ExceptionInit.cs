namespace PyCgiRunner.Python.Runtime;

/// <summary>The special attributes and str() forms of the exception families (CPython 2.7 Objects/exceptions.c behaviour).</summary>
public static class ExceptionInit
{
    public static void InitSpecial(PyBaseException exc, PyObject[] args)
    {
        var t = exc.Type;
        var d = exc.InstanceDict;
        if (t.IsSubtypeOf(BuiltinTypes.EnvironmentError))
        {
            d.SetStr("errno", PyNone.Instance);
            d.SetStr("strerror", PyNone.Instance);
            d.SetStr("filename", PyNone.Instance);
            if (args.Length is 2 or 3)
            {
                d.SetStr("errno", args[0]);
                d.SetStr("strerror", args[1]);
                if (args.Length == 3)
                {
                    d.SetStr("filename", args[2]);
                    exc.Args = new PyTuple(args[0], args[1]);
                }
            }
        }
        else if (t.IsSubtypeOf(BuiltinTypes.SyntaxError))
        {
            foreach (var name in new[] { "msg", "filename", "lineno", "offset", "text", "print_file_and_line" })
                d.SetStr(name, PyNone.Instance);
            if (args.Length >= 1) d.SetStr("msg", args[0]);
            if (args.Length == 2 && args[1] is PyTuple info && info.Count == 4)
            {
                d.SetStr("filename", info[0]);
                d.SetStr("lineno", info[1]);
                d.SetStr("offset", info[2]);
                d.SetStr("text", info[3]);
            }
        }
        else if (t.IsSubtypeOf(BuiltinTypes.SystemExit))
        {
            d.SetStr("code", args.Length == 0 ? PyNone.Instance : args.Length == 1 ? args[0] : PyTuple.Of(args));
        }
        else if (t.IsSubtypeOf(BuiltinTypes.UnicodeTranslateError) && args.Length == 4)
        {
            // UnicodeTranslateError(object, start, end, reason): no encoding.
            d.SetStr("encoding", PyNone.Instance);
            d.SetStr("object", args[0]);
            d.SetStr("start", args[1]);
            d.SetStr("end", args[2]);
            d.SetStr("reason", args[3]);
        }
        else if (t.IsSubtypeOf(BuiltinTypes.UnicodeError) && args.Length == 5)
        {
            d.SetStr("encoding", args[0]);
            d.SetStr("object", args[1]);
            d.SetStr("start", args[2]);
            d.SetStr("end", args[3]);
            d.SetStr("reason", args[4]);
        }
    }

    public static string StrOf(PyBaseException exc)
    {
        var t = exc.Type;
        var d = exc.InstanceDict;
        if (t.IsSubtypeOf(BuiltinTypes.EnvironmentError)
            && d.GetStrOrNull("errno") is { } errno && errno is not PyNone
            && d.GetStrOrNull("strerror") is { } strerror && strerror is not PyNone)
        {
            var filename = d.GetStrOrNull("filename");
            return filename is null or PyNone
                ? $"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}"
                : $"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}: {Ops.Repr(filename)}";
        }
        if (t.IsSubtypeOf(BuiltinTypes.SyntaxError) && d.GetStrOrNull("msg") is { } msg && msg is not PyNone)
        {
            var text = Ops.Str(msg);
            var file = d.GetStrOrNull("filename");
            var line = d.GetStrOrNull("lineno");
            var hasFile = file is PyStr;
            var hasLine = line is PyInt;
            if (hasFile && hasLine) return $"{text} ({Path.GetFileName(((PyStr)file!).Value)}, line {Ops.Str(line!)})";
            if (hasFile) return $"{text} ({Path.GetFileName(((PyStr)file!).Value)})";
            if (hasLine) return $"{text} (line {Ops.Str(line!)})";
            return text;
        }
        if (t.IsSubtypeOf(BuiltinTypes.UnicodeTranslateError) && exc.Args.Count == 4)
            return TranslateErrorText(exc);
        if (t.IsSubtypeOf(BuiltinTypes.UnicodeError) && exc.Args.Count == 5)
            return UnicodeErrorText(exc);
        if (t.IsSubtypeOf(BuiltinTypes.KeyError) && exc.Args.Count == 1)
            return Ops.Repr(exc.Args[0]);
        return exc.Args.Count switch
        {
            0 => "",
            1 => Ops.Str(exc.Args[0]),
            _ => exc.Args.Repr(),
        };
    }

    private static string UnicodeErrorText(PyBaseException exc)
    {
        var encoding = Ops.Str(exc.Args[0]);
        var obj = exc.Args[1];
        var start = Ops.ToLong(exc.Args[2]);
        var end = Ops.ToLong(exc.Args[3]);
        var reason = Ops.Str(exc.Args[4]);
        var s = obj is PyBaseString bs ? bs.Value : "";
        if (exc.Type.IsSubtypeOf(BuiltinTypes.UnicodeDecodeError))
        {
            if (end == start + 1 && start < s.Length)
                return $"'{encoding}' codec can't decode byte 0x{(int)s[(int)start]:x2} in position {start}: {reason}";
            return $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        if (end == start + 1 && start < s.Length)
        {
            var c = s[(int)start];
            var escaped = c < 0x100 ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}";
            var verb = exc.Type.IsSubtypeOf(BuiltinTypes.UnicodeEncodeError) ? "encode" : "translate";
            return $"'{encoding}' codec can't {verb} character u'{escaped}' in position {start}: {reason}";
        }
        var verb2 = exc.Type.IsSubtypeOf(BuiltinTypes.UnicodeEncodeError) ? "encode" : "translate";
        return $"'{encoding}' codec can't {verb2} characters in position {start}-{end - 1}: {reason}";
    }

    private static string TranslateErrorText(PyBaseException exc)
    {
        var s = exc.Args[0] is PyBaseString bs ? bs.Value : "";
        var start = Ops.ToLong(exc.Args[1]);
        var end = Ops.ToLong(exc.Args[2]);
        var reason = Ops.Str(exc.Args[3]);
        if (end == start + 1 && start < s.Length)
        {
            var c = s[(int)start];
            var escaped = c < 0x100 ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}";
            return $"can't translate character u'{escaped}' in position {start}: {reason}";
        }
        return $"can't translate characters in position {start}-{end - 1}: {reason}";
    }
}
