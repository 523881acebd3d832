namespace PyCgiRunner.Cgi.Options;

/// <summary>How the script's header block is read.</summary>
public enum CgiHeaderMode
{
    /// <summary>
    /// Strict plus one tolerance for the tutorial's one-header-per-<c>print</c> scripts: after a blank line,
    /// header reading goes on when the next non-blank line is a valid <c>Name: value</c> header.
    /// </summary>
    TutorialCompatible,

    /// <summary>Exactly Apache 2.4's reading (conformance/gateway): the first blank line ends the headers.</summary>
    Strict,
}
