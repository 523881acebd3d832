using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation;

/// <summary>
/// Binds call arguments to parameter slots (Python 2.7 reference §5.3.4), with CPython 2.7's error messages.
/// </summary>
public static class ArgumentBinder
{
    /// <summary>Prefix of a keyword name that came from a unicode key of a **kwargs mapping.</summary>
    public const char UnicodeMarker = '\u0001';

    public static void Bind(CodeObject code, PyFunction fn, LocalSlot[] slots, PyObject[] args, string[]? kwNames)
    {
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        var argCount = code.ArgCount;
        if (nKw == 0 && nPos == argCount && !code.HasVarArgs && !code.HasKwArgs)
        {
            for (var i = 0; i < nPos; i++) slots[i].Value = args[i];
            return;
        }
        var defaults = fn.Defaults;
        var nCopy = Math.Min(nPos, argCount);
        for (var i = 0; i < nCopy; i++) slots[i].Value = args[i];
        var next = argCount;
        if (code.HasVarArgs)
        {
            slots[next++].Value = nPos > argCount ? PyTuple.Of(args[argCount..nPos]) : PyTuple.Empty;
        }
        else if (nPos > argCount)
        {
            throw CountError(code, fn, nPos + nKw, defaults.Length);
        }
        PyDict? kwDict = null;
        if (code.HasKwArgs)
        {
            kwDict = new PyDict();
            slots[next].Value = kwDict;
        }
        var boundByKeyword = 0;
        for (var k = 0; k < nKw; k++)
        {
            var name = kwNames![k];
            var fromUnicode = name.Length > 0 && name[0] == UnicodeMarker;
            if (fromUnicode) name = name[1..];
            var value = args[nPos + k];
            var index = Array.IndexOf(code.LocalNames, name, 0, argCount);
            if (index >= 0)
            {
                if (slots[index].Value is not null)
                    throw PyErr.TypeError($"{fn.Name}() got multiple values for keyword argument '{name}'");
                slots[index].Value = value;
                boundByKeyword++;
            }
            else if (kwDict is not null)
            {
                if (fromUnicode) kwDict.Set(new PyUnicode(name), value);
                else kwDict.SetStr(name, value);
            }
            else
            {
                if (argCount == 0 && !code.HasVarArgs) throw PyErr.TypeError($"{fn.Name}() takes no arguments ({nPos + nKw} given)");
                throw PyErr.TypeError($"{fn.Name}() got an unexpected keyword argument '{name}'");
            }
        }
        var firstDefault = argCount - defaults.Length;
        for (var i = 0; i < argCount; i++)
        {
            if (slots[i].Value is not null) continue;
            if (i >= firstDefault) { slots[i].Value = defaults[i - firstDefault]; continue; }
            // CPython counts the positional arguments plus the keywords that named a parameter.
            throw CountError(code, fn, nPos + boundByKeyword, defaults.Length);
        }
    }

    private static PythonException CountError(CodeObject code, PyFunction fn, int given, int nDefaults)
    {
        var argCount = code.ArgCount;
        string qualifier;
        int expected;
        if (code.HasVarArgs || (nDefaults > 0 && given < argCount))
        {
            qualifier = "at least";
            expected = argCount - nDefaults;
        }
        else if (nDefaults > 0)
        {
            qualifier = "at most";
            expected = argCount;
        }
        else
        {
            qualifier = "exactly";
            expected = argCount;
        }
        if (argCount == 0 && !code.HasVarArgs)
            return PyErr.TypeError($"{fn.Name}() takes no arguments ({given} given)");
        var plural = expected == 1 ? "argument" : "arguments";
        return PyErr.TypeError($"{fn.Name}() takes {qualifier} {expected} {plural} ({given} given)");
    }
}
