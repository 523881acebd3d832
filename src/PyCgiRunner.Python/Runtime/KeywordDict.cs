namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// The keyword dict CPython 2.7 builds for a call, so that keyword arguments reach a **kwargs parameter, dict()
/// and dict.update in CPython's order. Our calls pass keywords as names + values (vectorcall layout); CPython's
/// ceval builds a dict for any call except a plain call of a Python function, inserting the keywords last
/// first (update_keyword_args pops them off the stack), and a Python function called with such a dict binds
/// **kwargs in the dict's table order (function_call). A call with *args/**kwargs builds its dict exactly
/// (StarCallNode) and hands it on through <see cref="Carry"/>, so that a class or builtin it calls uses that
/// very dict instead of rebuilding one.
/// </summary>
public static class KeywordDict
{
    [ThreadStatic] private static string[]? t_carriedNames;
    [ThreadStatic] private static PyDict? t_carried;

    /// <summary>
    /// Marks dict as the keyword dict of the call about to be made with kwNames (that array instance); returns
    /// what was carried before, for <see cref="Restore"/> once the call is over.
    /// </summary>
    public static (string[]? Names, PyDict? Dict) Carry(string[] kwNames, PyDict dict)
    {
        var saved = (t_carriedNames, t_carried);
        t_carriedNames = kwNames;
        t_carried = dict;
        return saved;
    }

    public static void Restore((string[]? Names, PyDict? Dict) saved) => (t_carriedNames, t_carried) = saved;

    /// <summary>The keyword dict of a call: the carried one when kwNames is its array, else built as ceval does.</summary>
    public static PyDict For(PyObject[] args, string[] kwNames)
    {
        if (ReferenceEquals(kwNames, t_carriedNames)) return t_carried!;
        var d = new PyDict();
        var first = args.Length - kwNames.Length;
        for (var i = kwNames.Length - 1; i >= 0; i--) d.Set(Key(kwNames[i]), args[first + i]);
        return d;
    }

    /// <summary>
    /// Makes a call the way CPython makes one through the call's keyword dict (type_call, PyInstance_New): the
    /// dict is built (unless carried already), the keywords handed on in its table order, and the dict carried so
    /// that a builtin __init__ (dict's) merges that very dict. Calls with fewer than two keywords need none of it.
    /// </summary>
    public static PyObject CallThroughDict(PyObject[] args, string[]? kwNames, Func<PyObject[], string[]?, PyObject> call)
    {
        if (kwNames is null || kwNames.Length < 2 || ReferenceEquals(kwNames, t_carriedNames)) return call(args, kwNames);
        var dict = For(args, kwNames);
        var first = args.Length - kwNames.Length;
        var ordered = new PyObject[args.Length];
        Array.Copy(args, ordered, first);
        var names = new string[kwNames.Length];
        var n = 0;
        foreach (var (k, v) in dict.Items())
        {
            names[n] = Name(k);
            ordered[first + n] = v;
            n++;
        }
        var saved = Carry(names, dict);
        try { return call(ordered, names); }
        finally { Restore(saved); }
    }

    /// <summary>A keyword name as the binder expects it (unicode keys keep their type, marked).</summary>
    public static string Name(PyObject key) => key is PyUnicode u
        ? Compilation.ArgumentBinder.UnicodeMarker + u.Value
        : ((PyBaseString)key).Value;

    private static PyObject Key(string name) => name.Length > 0 && name[0] == Compilation.ArgumentBinder.UnicodeMarker
        ? new PyUnicode(name[1..])
        : PyStr.From(name);
}
