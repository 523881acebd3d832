namespace PyCgiRunner.Python.Hosting.Library;

/// <summary>Modules in a folder of the file system (stdlib-shims/, a CPython installation's lib/python2.7).</summary>
public sealed class DirectoryModuleSource : ModuleSource
{
    private readonly string _root;

    public DirectoryModuleSource(string root, string description)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        Description = description;
    }

    public override string PathEntry => _root;
    public override string Description { get; }

    public override bool FileExists(string relativePath) => File.Exists(Full(relativePath));
    public override bool DirectoryExists(string relativePath) => Directory.Exists(Full(relativePath));
    public override byte[] Read(string relativePath) => File.ReadAllBytes(Full(relativePath));

    public override ModuleVersion Version(string relativePath)
    {
        var info = new FileInfo(Full(relativePath));
        return new ModuleVersion(info.LastWriteTimeUtc, info.Exists ? info.Length : -1);
    }

    private string Full(string relativePath) => _root + "/" + relativePath;
}
