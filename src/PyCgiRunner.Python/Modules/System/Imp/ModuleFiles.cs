using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Imp;

/// <summary>
/// File access for imp as the importer does it: our stdlib-shims folder directly (it belongs to the engine),
/// every other folder through the program's platform and its policy.
/// </summary>
internal static class ModuleFiles
{
    private static bool IsShim(PyContext ctx, string path)
        => Path.GetFullPath(path).StartsWith(ctx.Engine.ShimsDirectory, StringComparison.Ordinal);

    public static bool FileExists(PyContext ctx, string path)
        => IsShim(ctx, path) ? File.Exists(path) : ctx.Platform.FileExists(path);

    public static bool DirectoryExists(PyContext ctx, string path)
        => IsShim(ctx, path) ? Directory.Exists(path) : ctx.Platform.DirectoryExists(path);

    public static Stream Open(PyContext ctx, string path)
        => SystemSupport.Os(path, () => IsShim(ctx, path) ? File.OpenRead(path) : ctx.Platform.OpenFile(path, FileMode.Open, FileAccess.Read));

    public static byte[] Read(PyContext ctx, string path)
    {
        using var stream = Open(ctx, path);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>dir + '/' + name as import.c builds it ("" stands for the current folder).</summary>
    public static string Join(string dir, string name)
        => dir.Length == 0 ? name : dir.EndsWith('/') ? dir + name : dir + "/" + name;
}
