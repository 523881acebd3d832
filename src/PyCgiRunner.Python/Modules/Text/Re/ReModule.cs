using System.Text;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>
/// The re module (library reference §7.2) on .NET regexes. Each run gets its own module and its own cache of
/// pattern objects (so re.compile(p) is re.compile(p) within a run, as with CPython's re._cache); the
/// translations and compiled regexes behind them are shared by the process.
/// </summary>
internal static class ReModule
{
    private const int MaxCache = 100;

    public static PyModule Create()
    {
        var cache = new Dictionary<(bool, string, int), PyRePattern>();
        PyRePattern Compile(PyObject pattern, PyObject? flagsArg)
        {
            var flags = flagsArg is null ? 0 : (int)Args.Int(flagsArg, "flags");
            if (pattern is PyRePattern compiled)
            {
                if (flags != 0) throw PyErr.ValueError("Cannot process flags argument with a compiled pattern");
                return compiled;
            }
            if (pattern is not PyBaseString s) throw PyErr.TypeError("first argument must be string or compiled pattern");
            var key = (pattern is PyUnicode, s.Value, flags);
            if (cache.TryGetValue(key, out var hit)) return hit;
            ReTranslation translation;
            try
            {
                translation = ReCache.Translate(s.Value, flags);
                // Building the regex now reports what .NET rejects as re.error at compile time.
                ReCache.Get(translation.Pattern, translation.Options);
            }
            catch (ReError e)
            {
                throw ReTypes.ToPython(e);
            }
            if (cache.Count >= MaxCache) cache.Clear();
            return cache[key] = new PyRePattern(pattern, translation);
        }

        var b = new ModuleBuilder("re");
        b.Fn("compile", (args, kw) =>
        {
            var a = Args.Bind("compile", args, kw, 1, "pattern", "flags");
            return Compile(a[0]!, a[1]);
        });
        b.Fn("template", (args, kw) =>
        {
            var a = Args.Bind("template", args, kw, 1, "pattern", "flags");
            return Compile(a[0]!, a[1]);
        });
        b.Fn("match", (args, kw) =>
        {
            var a = Args.Bind("match", args, kw, 2, "pattern", "string", "flags");
            return Compile(a[0]!, a[2]).MatchAt(a[1]!, 0, long.MaxValue, anchored: true);
        });
        b.Fn("search", (args, kw) =>
        {
            var a = Args.Bind("search", args, kw, 2, "pattern", "string", "flags");
            return Compile(a[0]!, a[2]).MatchAt(a[1]!, 0, long.MaxValue, anchored: false);
        });
        b.Fn("findall", (args, kw) =>
        {
            var a = Args.Bind("findall", args, kw, 2, "pattern", "string", "flags");
            return Compile(a[0]!, a[2]).FindAll(a[1]!, 0, long.MaxValue);
        });
        b.Fn("finditer", (args, kw) =>
        {
            var a = Args.Bind("finditer", args, kw, 2, "pattern", "string", "flags");
            return new ReScanner(Compile(a[0]!, a[2]), a[1]!, 0, long.MaxValue);
        });
        b.Fn("split", (args, kw) =>
        {
            var a = Args.Bind("split", args, kw, 2, "pattern", "string", "maxsplit", "flags");
            return Compile(a[0]!, a[3]).Split(a[1]!, a[2] is null ? 0 : Args.Int(a[2]!, "maxsplit"));
        });
        b.Fn("sub", (args, kw) =>
        {
            var a = Args.Bind("sub", args, kw, 3, "pattern", "repl", "string", "count", "flags");
            return Compile(a[0]!, a[4]).Sub(a[1]!, a[2]!, a[3] is null ? 0 : Args.Int(a[3]!, "count"), false);
        });
        b.Fn("subn", (args, kw) =>
        {
            var a = Args.Bind("subn", args, kw, 3, "pattern", "repl", "string", "count", "flags");
            return Compile(a[0]!, a[4]).Sub(a[1]!, a[2]!, a[3] is null ? 0 : Args.Int(a[3]!, "count"), true);
        });
        b.Fn("escape", (args, kw) =>
        {
            Args.Count("escape", args, kw, 1, 1);
            return Escape(args[0]);
        });
        b.Fn("purge", (args, kw) =>
        {
            cache.Clear();
            ReCache.Purge();
            return PyNone.Instance;
        });
        b.Value("error", ReTypes.Error);
        AddFlags(b);
        b.Value("_pattern_type", PyRePattern.TypeObject);
        b.Value("_MAXCACHE", MaxCache);
        return b;
    }

    /// <summary>The flag constants of sre_constants, also exposed by re.</summary>
    public static void AddFlags(ModuleBuilder b)
    {
        foreach (var (names, value) in new[]
        {
            (new[] { "T", "TEMPLATE" }, 1), (["I", "IGNORECASE"], 2), (["L", "LOCALE"], 4), (["M", "MULTILINE"], 8),
            (["S", "DOTALL"], 16), (["U", "UNICODE"], 32), (["X", "VERBOSE"], 64), (["DEBUG"], 128),
        })
            foreach (var n in names) b.Value(n, value);
    }

    // re.escape in 2.7: every character but ASCII letters and digits gets a backslash; NUL becomes \000.
    private static PyObject Escape(PyObject o)
    {
        var (text, isUnicode) = PyRePattern.Subject(o);
        var sb = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (c == '\0') sb.Append(@"\000");
            else sb.Append('\\').Append(c);
        }
        return isUnicode ? new PyUnicode(sb.ToString()) : PyStr.From(sb.ToString());
    }

    public static PyModule CreateSreConstants()
    {
        var b = new ModuleBuilder("sre_constants");
        b.Value("error", ReTypes.Error);
        b.Value("MAXREPEAT", 65535);
        AddFlags(b);
        return b;
    }
}
