using PyCgiRunner.Cgi.Hosting;

namespace PyCgiRunner.Cgi.Options;

/// <summary>
/// The gateway's configuration, Apache's ideas in ASP.NET Core clothes. Bound from the <c>PyCgi</c> section of
/// appsettings.json, from <c>PYCGI__...</c> environment variables and from <c>pycgi serve</c>'s flags.
/// </summary>
public sealed class CgiOptions
{
    public const string SectionName = "PyCgi";

    /// <summary>Folder of static files (Apache's <c>DocumentRoot</c>). Null: no static files, no ExecCGI.</summary>
    public string? DocumentRoot { get; set; }

    /// <summary>
    /// URL prefix → script folder (Apache's <c>ScriptAlias</c>). Every file in such a folder runs as a script,
    /// whatever its extension. When empty and <see cref="DocumentRoot"/> is set, <c>/cgi-bin/</c> maps to the
    /// <c>cgi-bin</c> folder beside the document root (the tutorial's layout).
    /// </summary>
    public Dictionary<string, string> ScriptAliases { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Run <see cref="ScriptExtensions"/> files anywhere under the document root (Apache's <c>Options ExecCGI</c> with <c>AddHandler cgi-script</c>).</summary>
    public bool ExecCgiUnderDocumentRoot { get; set; }

    /// <summary>Extensions that run as scripts under the document root when <see cref="ExecCgiUnderDocumentRoot"/> is on.</summary>
    public string[] ScriptExtensions { get; set; } = [".py", ".cgi"];

    public CgiHeaderMode HeaderMode { get; set; } = CgiHeaderMode.TutorialCompatible;

    public CgiMode Mode { get; set; } = CgiMode.Production;

    /// <summary>Serve files from <see cref="DocumentRoot"/> (with <c>index.html</c> for folders).</summary>
    public bool ServeStaticFiles { get; set; } = true;

    /// <summary>SERVER_SOFTWARE as scripts see it.</summary>
    public string ServerSoftware { get; set; } = "PyCgiRunner";

    /// <summary>PATH as scripts see it.</summary>
    public string ScriptPath { get; set; } = "/usr/local/bin:/usr/bin:/bin";

    public CgiLimits Limits { get; set; } = new();

    /// <summary>Limits of the gateway as a whole: concurrent scripts, fairness per client, connections.</summary>
    public CgiServerLimits Server { get; set; } = new();

    /// <summary>
    /// Pass the request's <c>Authorization</c> and <c>Proxy-Authorization</c> headers to scripts as
    /// <c>HTTP_AUTHORIZATION</c> / <c>HTTP_PROXY_AUTHORIZATION</c> (Apache's <c>CGIPassAuth On</c>). Off by default,
    /// as in Apache: credentials are the server's business, not every script's.
    /// </summary>
    public bool PassAuthorization { get; set; }

    /// <summary>
    /// The Python 2.7 standard library scripts import: a CPython lib/python2.7 folder or a jython.jar (Debian's
    /// jython package carries CPython's library). Null: PYCGI_STDLIB, /usr/lib/python2.7, /usr/share/java/jython.jar.
    /// </summary>
    public string? StandardLibrary { get; set; }

    /// <summary>
    /// The one folder scripts may write to (besides the temporary folder). Null: <c>data</c> beside the document
    /// root, or a folder under the system's temporary folder when there is no document root.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>
    /// What <c>/tmp</c> means to scripts (the tutorial's <c>save_file.py</c> writes <c>/tmp/NAME</c>), so scripts
    /// never share the machine's /tmp. Null: a per-site folder under the system's temporary folder.
    /// </summary>
    public string? TempDirectory { get; set; }

    public string EffectiveDataDirectory() =>
        Path.GetFullPath(DataDirectory ?? (DocumentRoot is not null
            ? Path.Combine(Path.GetFullPath(DocumentRoot), "..", "data")
            : Path.Combine(SiteTempFolder(), "data")));

    public string EffectiveTempDirectory() => Path.GetFullPath(TempDirectory ?? Path.Combine(SiteTempFolder(), "tmp"));

    /// <summary>A stable folder per site (per document root), so two sites on one machine keep their files apart.</summary>
    private string SiteTempFolder()
    {
        var site = DocumentRoot is null ? "no-document-root" : Path.GetFullPath(DocumentRoot);
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(site)))[..12].ToLowerInvariant();
        return Path.Combine(Path.GetTempPath(), "pycgi-" + hash);
    }

    /// <summary>
    /// The aliases in effect: the configured ones with full folder paths, or the default <c>/cgi-bin/</c>, longest
    /// prefix first so the most specific alias wins (Apache checks aliases in order; the longest is what users mean).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> EffectiveScriptAliases()
    {
        var aliases = ScriptAliases.Select(a => KeyValuePair.Create(a.Key, Path.GetFullPath(a.Value))).ToList();
        if (aliases.Count == 0 && DocumentRoot is not null)
        {
            var parent = Path.GetDirectoryName(Path.GetFullPath(DocumentRoot).TrimEnd(Path.DirectorySeparatorChar));
            if (parent is not null)
                aliases.Add(KeyValuePair.Create("/cgi-bin/", Path.Combine(parent, "cgi-bin")));
        }
        return aliases.OrderByDescending(a => a.Key.Length).ToList();
    }
}
