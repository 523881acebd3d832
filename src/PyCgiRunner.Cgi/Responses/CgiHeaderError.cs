namespace PyCgiRunner.Cgi.Responses;

/// <summary>A header block that could not be read, with Apache's wording for the log.</summary>
public sealed record CgiHeaderError(CgiHeaderErrorKind Kind, string? BadLine)
{
    public string Describe() => Kind switch
    {
        CgiHeaderErrorKind.NoOutput => "End of script output before headers",
        CgiHeaderErrorKind.PrematureEnd => "Premature end of script headers",
        CgiHeaderErrorKind.LineTooLong => $"Premature end of script headers (a header line is longer than {CgiHeaderScanner.MaxLineBytes} bytes)",
        _ => $"malformed header from script: Bad header: {BadLine}",
    };
}
