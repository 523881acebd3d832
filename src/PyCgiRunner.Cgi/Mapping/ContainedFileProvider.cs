using System.Collections;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Cgi.Mapping;

/// <summary>
/// The document root's files for the static-file middleware, but only files that really are under it: a symbolic
/// link inside the site that leads out of it (<c>htdocs/link -> /etc</c>) is not found (issue 7, item 4), as Apache's
/// default <c>Options</c> without FollowSymLinks would have it for links out of the tree. A file asked for with a
/// trailing slash (<c>/upload.html/</c>) is not found either, as in Apache.
/// </summary>
public sealed class ContainedFileProvider : IFileProvider, IDisposable
{
    private readonly PhysicalFileProvider _inner;
    private readonly string _realRoot;

    public ContainedFileProvider(string root)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _inner = new PhysicalFileProvider(full);
        _realRoot = RealPath.Resolve(full) ?? full;
    }

    public IFileInfo GetFileInfo(string subpath)
    {
        var info = _inner.GetFileInfo(subpath);
        if (!info.Exists || info.PhysicalPath is null)
            return info;
        if (!info.IsDirectory && subpath.EndsWith('/'))
            return new NotFoundFileInfo(subpath);
        return Contains(info.PhysicalPath) ? info : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        var contents = _inner.GetDirectoryContents(subpath);
        if (!contents.Exists)
            return contents;
        var folder = Path.Join(_inner.Root, subpath.TrimStart('/'));
        return Contains(folder) ? new Filtered(contents, this) : NotFoundDirectoryContents.Singleton;
    }

    public IChangeToken Watch(string filter) => _inner.Watch(filter);

    public void Dispose() => _inner.Dispose();

    private bool Contains(string physicalPath)
    {
        var real = RealPath.Resolve(Path.TrimEndingDirectorySeparator(Path.GetFullPath(physicalPath)));
        return real is not null && (real == _realRoot || real.StartsWith(_realRoot.TrimEnd('/') + "/", StringComparison.Ordinal));
    }

    /// <summary>A folder's entries without the ones that lead out of the root.</summary>
    private sealed class Filtered(IDirectoryContents contents, ContainedFileProvider owner) : IDirectoryContents
    {
        public bool Exists => true;

        public IEnumerator<IFileInfo> GetEnumerator() =>
            contents.Where(f => f.PhysicalPath is null || owner.Contains(f.PhysicalPath)).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
