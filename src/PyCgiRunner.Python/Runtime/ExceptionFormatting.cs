using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>CPython's traceback text: "Traceback (most recent call last):", the frames, then "Type: message".</summary>
public static class ExceptionFormatting
{
    public static string FormatTraceback(PythonException e) => FormatTraceback(e.BuildTraceback(), e);

    /// <summary>The report for an exception with the given traceback chain (sys.excepthook passes its own).</summary>
    public static string FormatTraceback(PyTraceback? tb, PythonException e)
    {
        var sb = new StringBuilder();
        if (tb is not null)
        {
            sb.Append("Traceback (most recent call last):\n");
            for (var t = tb; t is not null; t = t.NextTb)
            {
                var code = t.Frame.Code;
                sb.Append($"  File \"{code.FileName}\", line {t.Line}, in {code.Name}\n");
                var line = code.Source.GetLine(t.Line);
                if (line is not null && line.Trim().Length > 0) sb.Append("    ").Append(line.Trim()).Append('\n');
            }
        }
        sb.Append(FormatOnly(e));
        return sb.ToString();
    }

    /// <summary>The last line(s): "NameError: name 'x' is not defined" (SyntaxError adds the file, line and caret).</summary>
    public static string FormatOnly(PythonException e)
    {
        var value = e.Value;
        var typeName = ExceptionTypeName(value);
        if (value is PyBaseException be && be.Type.IsSubtypeOf(BuiltinTypes.SyntaxError))
            return FormatSyntaxError(be, typeName);
        string message;
        try { message = Ops.Str(value); }
        catch (PythonException) { message = "<unprintable " + typeName + " object>"; }
        return message.Length == 0 ? typeName + "\n" : typeName + ": " + message + "\n";
    }

    public static string ExceptionTypeName(PyObject value)
    {
        if (value is PyInstance inst)
        {
            var module = inst.Class.Dict.GetStrOrNull("__module__") is PyStr m ? m.Value : "__main__";
            return module == "exceptions" ? inst.Class.Name : module + "." + inst.Class.Name;
        }
        var t = value.Type;
        var mod = t.ModuleName;
        return mod is "exceptions" or "__builtin__" ? t.Name : mod + "." + t.Name;
    }

    private static string FormatSyntaxError(PyBaseException e, string typeName)
    {
        var d = e.InstanceDict;
        var sb = new StringBuilder();
        if (d.GetStrOrNull("filename") is PyStr file && d.GetStrOrNull("lineno") is PyInt line)
        {
            sb.Append($"  File \"{file.Value}\", line {line.Value}\n");
            if (d.GetStrOrNull("text") is PyStr text)
            {
                var raw = text.Value.TrimEnd('\n');
                var stripped = raw.TrimStart();
                var offset = d.GetStrOrNull("offset") is PyInt o ? (int)o.Value : 0;
                // Pythonrun.c print_error_text: an offset just past the final newline points at the newline.
                if (offset > 0 && offset == text.Value.Length && text.Value.EndsWith('\n')) offset--;
                offset -= raw.Length - stripped.Length;
                sb.Append("    ").Append(stripped).Append('\n');
                if (offset > 0)
                {
                    sb.Append("    ");
                    for (var i = 0; i < offset - 1 && i < stripped.Length; i++) sb.Append(stripped[i] == '\t' ? '\t' : ' ');
                    sb.Append("^\n");
                }
            }
        }
        var msg = d.GetStrOrNull("msg") is { } m && m is not PyNone ? Ops.Str(m) : Ops.Str(e);
        sb.Append(typeName).Append(": ").Append(msg).Append('\n');
        return sb.ToString();
    }
}
