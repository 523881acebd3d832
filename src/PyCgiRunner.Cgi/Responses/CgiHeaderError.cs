namespace PyCgiRunner.Cgi.Responses;

/// <summary>A header block that could not be read, with Apache's wording for the log (and ours for our own caps).</summary>
public sealed record CgiHeaderError(CgiHeaderErrorKind Kind, string? BadLine, int MaxLines = CgiHeaderScanner.DefaultMaxLines, long MaxBytes = CgiHeaderScanner.DefaultMaxBytes)
{
    public string Describe() => Kind switch
    {
        CgiHeaderErrorKind.NoOutput => "End of script output before headers",
        CgiHeaderErrorKind.PrematureEnd => "Premature end of script headers",
        CgiHeaderErrorKind.LineTooLong => $"Premature end of script headers (a header line is longer than {CgiHeaderScanner.MaxLineBytes} bytes)",
        CgiHeaderErrorKind.TooManyLines => $"Too many header lines from script (the limit is {MaxLines})",
        CgiHeaderErrorKind.TooLarge => $"Header block from script too large (the limit is {MaxBytes} bytes)",
        _ => $"malformed header from script: Bad header: {BadLine}",
    };
}
