using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>
/// Process-wide caches of translations and compiled .NET regexes (compiled code is shared between runs, like
/// the script cache). Bounded: a full cache is simply cleared, as CPython's re._cache is.
/// Every regex carries a match timeout taken from the running program's deadline, rounded up to a few
/// buckets so the cache stays small: catastrophic backtracking cannot hold a server thread.
/// </summary>
internal static class ReCache
{
    private const int MaxEntries = 512;
    private static readonly ConcurrentDictionary<(string, int), ReTranslation> s_translations = new();
    private static readonly ConcurrentDictionary<(string, RegexOptions, long), Regex> s_regexes = new();
    private static readonly TimeSpan[] s_buckets =
        [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(15)];

    public static ReTranslation Translate(string pattern, int flags)
    {
        if (s_translations.TryGetValue((pattern, flags), out var t)) return t;
        t = ReTranslator.Translate(pattern, flags);
        if (s_translations.Count >= MaxEntries) s_translations.Clear();
        s_translations[(pattern, flags)] = t;
        return t;
    }

    public static Regex Get(string pattern, RegexOptions options)
    {
        var timeout = Timeout();
        var key = (pattern, options, timeout.Ticks);
        if (s_regexes.TryGetValue(key, out var regex)) return regex;
        try
        {
            regex = new Regex(pattern, options, timeout);
        }
        catch (ArgumentException e)
        {
            throw new ReError(e.Message);
        }
        if (s_regexes.Count >= MaxEntries) s_regexes.Clear();
        s_regexes[key] = regex;
        return regex;
    }

    private static TimeSpan Timeout()
    {
        var deadline = PyContext.CurrentOrNull?.Limits.Deadline ?? DateTime.MaxValue;
        if (deadline == DateTime.MaxValue) return s_buckets[^1];
        // The largest bucket that ends before the deadline: a match never runs past it by more than the
        // smallest bucket (a longer match is resumed with a fresh timeout while time remains; see Run).
        var remaining = deadline - DateTime.UtcNow;
        for (var i = s_buckets.Length - 1; i > 0; i--)
            if (s_buckets[i] <= remaining) return s_buckets[i];
        return s_buckets[0];
    }

    /// <summary>Runs a match; a timeout stops the script when its deadline passed, else is a RuntimeError.</summary>
    public static Match Run(Regex regex, string input, int start)
    {
        while (true)
        {
            try
            {
                return regex.Match(input, start);
            }
            catch (RegexMatchTimeoutException)
            {
                PyContext.CurrentOrNull?.CheckLimits();
                if (regex.MatchTimeout >= s_buckets[^1])
                    throw PyErr.RuntimeError("regular expression took too long to match (catastrophic backtracking)");
                // The deadline is still ahead: match again with the time that remains.
                regex = Get(regex.ToString(), regex.Options);
            }
        }
    }

    public static void Purge()
    {
        s_translations.Clear();
    }
}
