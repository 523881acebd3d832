namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>The SRE_FLAG_* bits of a pattern (sre_constants.py); only LOCALE and UNICODE change matching.</summary>
internal static class SreFlag
{
    public const int Template = 1;
    public const int IgnoreCase = 2;
    public const int Locale = 4;
    public const int Multiline = 8;
    public const int DotAll = 16;
    public const int Unicode = 32;
    public const int Verbose = 64;
}
