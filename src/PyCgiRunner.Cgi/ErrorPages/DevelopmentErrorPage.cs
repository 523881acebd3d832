using System.Text;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Cgi.Middleware;

namespace PyCgiRunner.Cgi.ErrorPages;

/// <summary>
/// The development-mode page for a failing script: what cgitb shows (exception, traceback, the source around each
/// frame), even when the script never called <c>cgitb.enable()</c>.
/// </summary>
public static class DevelopmentErrorPage
{
    /// <summary>Lines shown before and after a frame's line, as cgitb's default context of 5.</summary>
    public const int ContextLines = 2;

    /// <summary>Frames shown at each end of a long traceback (deep recursion); the full text is in the Traceback part.</summary>
    public const int FramesAtEachEnd = 10;

    public static byte[] Render(string scriptName, ScriptFailure failure, string? stderr, Func<string, string[]?> readSource)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html><head><title>500 ").Append(Html.Escape(failure.ExceptionType))
            .Append("</title>\n<style>body{font-family:sans-serif}pre{background:#f4f4f4;padding:.5em}")
            .Append(".hit{background:#ffd8d8;font-weight:bold}.ln{color:#888}</style></head>\n<body>\n")
            .Append("<h1>").Append(Html.Escape(failure.ExceptionType)).Append("</h1>\n")
            .Append("<p class=\"message\">").Append(Html.Escape(LogText.Clip(failure.Message, 8 * LogText.MessageChars))).Append("</p>\n")
            .Append("<p>A problem occurred in the Python script <code>").Append(Html.Escape(scriptName))
            .Append("</code>. The frames below are the traceback, outermost call first.</p>\n");

        // Each file is read once, however many frames it has.
        var sources = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        var frames = failure.Frames;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames.Count > 2 * FramesAtEachEnd && i == FramesAtEachEnd)
            {
                var skipped = frames.Count - 2 * FramesAtEachEnd;
                html.Append("<p>[").Append(skipped).Append(" more frames]</p>\n");
                i += skipped - 1;
                continue;
            }
            var frame = frames[i];
            html.Append("<h3><code>").Append(Html.Escape(frame.FileName)).Append("</code>, line ")
                .Append(frame.Line).Append(", in <code>").Append(Html.Escape(frame.FunctionName)).Append("</code></h3>\n");
            // Only files the script itself could read (the frame's SourcePath); a made-up file name shows nothing.
            if (frame.SourcePath is { } source)
            {
                if (!sources.TryGetValue(source, out var lines))
                    sources[source] = lines = readSource(source);
                AppendSource(html, frame, lines);
            }
        }

        html.Append("<h2>Traceback</h2>\n<pre>").Append(Html.Escape(LogText.Clip(failure.FormattedTraceback, 4 * LogText.TracebackChars))).Append("</pre>\n");
        // The engine usually prints the same traceback to stderr; show stderr only when it says more.
        if (!string.IsNullOrEmpty(stderr) && stderr.Trim() != failure.FormattedTraceback.Trim())
            html.Append("<h2>Standard error</h2>\n<pre>").Append(Html.Escape(stderr)).Append("</pre>\n");
        html.Append("<hr><address>PyCgiRunner (development mode)</address>\n</body></html>\n");
        return Encoding.ASCII.GetBytes(html.ToString());
    }

    private static void AppendSource(StringBuilder html, ScriptFrame frame, string[]? lines)
    {
        if (lines is null || frame.Line < 1 || frame.Line > lines.Length)
            return;
        var first = Math.Max(1, frame.Line - ContextLines);
        var last = Math.Min(lines.Length, frame.Line + ContextLines);
        html.Append("<pre class=\"source\">");
        for (var n = first; n <= last; n++)
        {
            var hit = n == frame.Line;
            if (hit)
                html.Append("<span class=\"hit\">");
            html.Append("<span class=\"ln\">").Append(n.ToString().PadLeft(5)).Append("</span> ")
                .Append(Html.Escape(lines[n - 1]));
            if (hit)
                html.Append("</span>");
            html.Append('\n');
        }
        html.Append("</pre>\n");
    }
}
