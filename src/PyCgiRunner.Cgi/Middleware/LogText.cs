namespace PyCgiRunner.Cgi.Middleware;

/// <summary>
/// Script-made text the gateway logs (tracebacks, exception messages) kept to a bounded size, so a hostile script
/// (20,000-frame recursion, <c>raise ValueError('x' * 10**8)</c>) cannot make logging the gateway's biggest cost.
/// The start and the end are kept: where it began and the innermost frames.
/// </summary>
internal static class LogText
{
    public const int TracebackChars = 16 * 1024;
    public const int MessageChars = 2 * 1024;

    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var half = max / 2;
        return text[..half] + $"\n[... {text.Length - 2 * half} characters left out ...]\n" + text[^half..];
    }
}
