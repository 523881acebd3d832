namespace PyCgiRunner.Cgi.Responses;

/// <summary>Why a script's output has no valid header block; each is a 500 in Apache (conformance/gateway 044–050).</summary>
public enum CgiHeaderErrorKind
{
    /// <summary>"End of script output before headers": nothing at all was written (045).</summary>
    NoOutput,
    /// <summary>"Premature end of script headers": output ended before the blank line (044).</summary>
    PrematureEnd,
    /// <summary>"Premature end of script headers" too: a header line of 8,190 bytes or more (049, 050).</summary>
    LineTooLong,
    /// <summary>"malformed header from script": a line without a colon (016, 017, 046, 047).</summary>
    Malformed,
    /// <summary>More header lines than the gateway accepts (ours: Apache has no such cap; the gateway's cost is bounded).</summary>
    TooManyLines,
    /// <summary>A header block of more bytes than the gateway accepts (ours, as <see cref="TooManyLines"/>).</summary>
    TooLarge,
}
