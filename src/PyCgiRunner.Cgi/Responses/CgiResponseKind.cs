namespace PyCgiRunner.Cgi.Responses;

public enum CgiResponseKind
{
    /// <summary>Send the script's status, headers and body.</summary>
    Send,
    /// <summary>RFC 3875 §6.2.2 local redirect: run the Location's path as a GET and send its response.</summary>
    InternalRedirect,
    /// <summary>RFC 3875 §6.2.3 client redirect without a redirect status: 302 with our own "moved" page.</summary>
    MovedPage,
    /// <summary>A header Apache's Strict check refuses when sending (014, 019): 500 with our own page.</summary>
    InvalidHeader,
}
