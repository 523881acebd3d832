namespace PyCgiRunner.Cgi.Options;

/// <summary>What a failing script shows the browser.</summary>
public enum CgiMode
{
    /// <summary>Details go to the log only; the browser gets a plain 500 page.</summary>
    Production,

    /// <summary>The browser gets the exception, the traceback and the source around each frame.</summary>
    Development,
}
