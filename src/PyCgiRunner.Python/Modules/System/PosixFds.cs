using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.SystemModules.SystemSupport;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// os.open/read/write/close/fdopen over the run's descriptor table (tempfile.mkstemp + os.fdopen, cgitb's logdir,
/// os.fstat(f.fileno())). 0-2 reach the run's sys.__stdin__/__stdout__/__stderr__.
/// </summary>
public sealed class PosixFds(PyContext ctx)
{
    private RunDescriptors Table => RunDescriptors.Of(ctx);

    private static PythonException BadDescriptor() => PyErr.OSError(9, "Bad file descriptor");

    /// <summary>The stream of a descriptor; a socket's descriptor has none (os.read on it is refused as EBADF here).</summary>
    private Stream Get(long fd) => Table.Get(fd) is DirectoryDescriptor
        ? throw PyErr.OSError(21, "Is a directory")
        : RunDescriptors.StreamOf(Table.Get(fd)) ?? throw BadDescriptor();

    public void AddTo(ModuleBuilder b)
    {
        b.Fn("open", (a, k) =>
        {
            var args = Args.Bind("open", a, k, 2, "filename", "flag", "mode");
            var path = PathArg(args[0]!);
            var flags = Args.Int(args[1]!, "flag");
            // A directory opens read-only as a descriptor that can be stat'ed and closed (fcntl F_NOTIFY, fsync).
            if ((flags & 3) == 0 && Os(path, () => ctx.Platform.DirectoryExists(path)))
                return PyInt.Get(Table.Add(new DirectoryDescriptor(ctx.Platform.ResolvePath(path))));
            var stream = Os(path, () => Open(path, flags));
            return PyInt.Get(Table.Add(stream));
        });
        b.Fn("close", (a, k) =>
        {
            Args.Count("close", a, k, 1, 1);
            if (!Table.Remove(Args.Int(a[0], "fd"), out var target)) throw BadDescriptor();
            Release(target);
            return None;
        });
        b.Fn("closerange", (a, k) =>
        {
            for (var fd = Args.Int(a[0], "fd_low"); fd < Args.Int(a[1], "fd_high"); fd++)
                if (Table.Remove(fd, out var target)) Release(target);
            return None;
        });
        b.Fn("write", (a, k) =>
        {
            Args.Count("write", a, k, 2, 2);
            var fd = Args.Int(a[0], "fd");
            var data = a[1] is PyStr s ? s.Value : throw PyErr.TypeError($"write() argument 2 must be string or buffer, not {a[1].Type.Name}");
            if (fd is 1 or 2)
            {
                var file = ctx.SysAttr(fd == 1 ? "__stdout__" : "__stderr__");
                if (file is PyFile f) f.Write(data); else Ops.CallMethod(file, "write", a[1]);
                return PyInt.Get(data.Length);
            }
            var stream = Get(fd);
            Os(null, () => stream.Write(((PyStr)a[1]).ToBytes()));
            return PyInt.Get(data.Length);
        });
        b.Fn("read", (a, k) =>
        {
            Args.Count("read", a, k, 2, 2);
            var fd = Args.Int(a[0], "fd");
            var n = (int)Args.Int(a[1], "buffersize");
            if (fd == 0) return Ops.CallMethod(ctx.SysAttr("__stdin__"), "read", a[1]);
            var buffer = new byte[Math.Max(0, n)];
            var stream = Get(fd);
            var got = Os(null, () => stream.Read(buffer, 0, buffer.Length));
            return PyStr.FromBytes(buffer.AsSpan(0, got));
        });
        b.Fn("lseek", (a, k) =>
        {
            Args.Count("lseek", a, k, 3, 3);
            var stream = Get(Args.Int(a[0], "fd"));
            var origin = Args.Int(a[2], "how") switch { 1 => SeekOrigin.Current, 2 => SeekOrigin.End, _ => SeekOrigin.Begin };
            return PyInt.Get(Os(null, () => stream.Seek(Args.Int(a[1], "pos"), origin)));
        });
        b.Fn("ftruncate", (a, k) => { Get(Args.Int(a[0], "fd")).SetLength(Args.Int(a[1], "length")); return None; });
        b.Fn("fsync", (a, k) => { Get(Args.Int(a[0], "fd")).Flush(); return None; });
        b.Fn("fdatasync", (a, k) => { Get(Args.Int(a[0], "fd")).Flush(); return None; });
        b.Fn("dup", (a, k) =>
        {
            // A duplicate shares the stream (and so its position), as dup(2)'s descriptors share the open file.
            var stream = Get(Args.Int(a[0], "fd"));
            return PyInt.Get(Table.Add(stream));
        });
        b.Fn("dup2", (a, k) => throw PyErr.OSError(1, "Operation not permitted: dup2 is disabled in PyCgiRunner"));
        b.Fn("fstat", (a, k) =>
        {
            Args.Count("fstat", a, k, 1, 1);
            var target = Table.Get(Args.Int(a[0], "fd"));
            if (target is DirectoryDescriptor directory) return PosixModule.Stat(directory.Path, false);
            var stream = RunDescriptors.StreamOf(target) ?? throw BadDescriptor();
            if (stream is FileStream fs && File.Exists(fs.Name)) return Os(fs.Name, () => PosixModule.StatOf(new FileInfo(fs.Name), false, fs.Name));
            return PosixModule.StatOfOpen(stream);
        });
        b.Fn("fdopen", (a, k) =>
        {
            var args = Args.Bind("fdopen", a, k, 1, "fd", "mode", "bufsize");
            var fd = Args.Int(args[0]!, "fd");
            var mode = args[1] is null ? "r" : PathArg(args[1]!);
            var stream = Get(fd);
            if (mode.StartsWith('a')) stream.Seek(0, SeekOrigin.End);
            var file = new PyFile(stream, "<fdopen>", mode, ownsStream: true);
            Table.Replace((int)fd, file);
            return file;
        });
    }

    /// <summary>
    /// Closing a descriptor closes what it names: a file object's stream goes with the object (later use raises
    /// ValueError instead of CPython's EBADF, never a .NET error); a socket is closed as by its close().
    /// </summary>
    private static void Release(object? target)
    {
        switch (target)
        {
            case PyFile file: file.Close(); break;
            case Stream stream: stream.Dispose(); break;
            case IDisposable other: other.Dispose(); break;
        }
    }

    /// <summary>open(2) flags mapped to the platform's modes: O_CREAT|O_EXCL must fail on an existing file (mkstemp relies on it).</summary>
    private Stream Open(string path, long flags)
    {
        var access = (flags & 3) switch { 1 => FileAccess.Write, 2 => FileAccess.ReadWrite, _ => FileAccess.Read };
        bool creat = (flags & 64) != 0, excl = (flags & 128) != 0, trunc = (flags & 512) != 0;
        var mode = creat ? (excl ? FileMode.CreateNew : trunc ? FileMode.Create : FileMode.OpenOrCreate)
            : trunc ? FileMode.Truncate : FileMode.Open;
        var p = ctx.Platform;
        if (p.DirectoryExists(path) && access != FileAccess.Read) throw new IOException("Is a directory");
        var stream = p.OpenFile(path, mode, access);
        if ((flags & 1024) != 0) stream.Seek(0, SeekOrigin.End);
        return stream;
    }
}
