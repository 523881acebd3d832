namespace PyCgiRunner;

/// <summary>pycgi's own exit statuses (a script's status passes through unchanged).</summary>
public static class ExitCodes
{
    public const int Usage = 2;
    /// <summary>No Python 2.7 standard library installed or configured.</summary>
    public const int NoStandardLibrary = 3;
}
