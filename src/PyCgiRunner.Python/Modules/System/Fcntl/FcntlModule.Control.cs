using System.Buffers.Binary;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Fcntl;

/// <summary>fcntl() and ioctl(): descriptor flags, record locks given as a packed struct flock, and the requests a regular file answers.</summary>
internal static partial class FcntlModule
{
    private const long NonBlock = 0x800, Append = 0x400;

    [PythonFunction(Doc = "fcntl(fd, op, [arg])\n\nThe operation op on a descriptor. arg is an int (the result is the call's int) or a\nstring holding a C structure (the result is the structure after the call), such as\nstruct flock for F_GETLK, F_SETLK and F_SETLKW.")]
    public static PyObject fcntl(PyObject fd, int op, PyObject? arg = null)
    {
        var target = LockTarget.Of(fd);
        if (arg is PyStr buffer)
        {
            if (buffer.Value.Length > 1024) throw PyErr.ValueError("fcntl string arg too long");
            if (op is (int)F_GETLK or (int)F_SETLK or (int)F_SETLKW) return PyStr.From(RecordLock(target, op, buffer.Value));
            // The other commands ignore a structure and hand it back unchanged.
            Control(target, op, 0);
            return buffer;
        }
        var value = arg is null ? 0 : ArgBinding.ToLong(arg);
        return PyInt.Get(Control(target, op, value));
    }

    /// <summary>The int operations on the run's descriptor flags (kept per descriptor; they change nothing else here).</summary>
    private static long Control(LockTarget target, int op, long arg)
    {
        var flags = FcntlState.Current;
        switch (op)
        {
            case (int)F_GETFD: return flags.DescriptorFlags(target.Fd);
            case (int)F_SETFD: flags.SetDescriptorFlags(target.Fd, arg & FD_CLOEXEC); return 0;
            case (int)F_GETFL: return target.StatusFlags() | flags.StatusFlags(target.Fd);
            case (int)F_SETFL: flags.SetStatusFlags(target.Fd, arg & NonBlock); return 0;
            case (int)F_DUPFD:
                if (target.Entry is null) throw Invalid();
                return RunDescriptors.Current.AddFrom(RunDescriptors.StreamOf(target.Entry) ?? target.Entry, Math.Max(3, arg));
            case (int)F_GETOWN or (int)F_GETSIG or (int)F_SETOWN or (int)F_SETSIG or (int)F_NOTIFY: return 0;
            case (int)F_GETLEASE: return F_UNLCK;
            case (int)F_SETLEASE: throw PyErr.IOError(11, "Resource temporarily unavailable");
            case (int)F_GETLK or (int)F_SETLK or (int)F_SETLKW: throw PyErr.IOError(14, "Bad address");
            default: throw Invalid();
        }
    }

    /// <summary>
    /// The lock commands on a packed struct flock (x86-64: l_type and l_whence as shorts, then l_start and l_len as
    /// 64-bit ints from byte 8, l_pid as an int from byte 24), as struct.pack('hhllhh', ...) writes it.
    /// </summary>
    private static string RecordLock(LockTarget target, int op, string packed)
    {
        var bytes = new byte[32];
        for (var i = 0; i < Math.Min(packed.Length, 32); i++) bytes[i] = (byte)packed[i];
        var type = BinaryPrimitives.ReadInt16LittleEndian(bytes);
        var whence = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(2));
        var start = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8));
        var length = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(16));
        bool? exclusive = type switch { (short)F_RDLCK => false, (short)F_WRLCK => true, (short)F_UNLCK => null, _ => throw Invalid() };
        if (op != F_GETLK)
        {
            SetRecordLock(target, exclusive, whence, start, length, op == F_SETLKW);
            return packed;
        }
        if (exclusive is null) throw Invalid();
        var range = Range(target, whence, start, length);
        var holder = target.Stream is null ? null : FileLockTable.Test(target, range, exclusive.Value);
        if (holder is null)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes, (short)F_UNLCK);
        }
        else
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes, holder.Exclusive ? (short)F_WRLCK : (short)F_RDLCK);
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2), 0);
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(8), holder.Range.Start);
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(16), holder.Range.Length);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(24), holder.Run.ProcessId);
        }
        var chars = packed.ToCharArray();
        for (var i = 0; i < Math.Min(chars.Length, 32); i++) chars[i] = (char)bytes[i];
        return new string(chars);
    }

    private const long FionRead = 0x541B, FionBio = 0x5421, FioClex = 0x5451, FioNclex = 0x5450;

    [PythonFunction(Doc = "ioctl(fd, op[, arg[, mutate_flag]])\n\nA device request on a descriptor. Files here are regular files, not terminals or\ndevices: FIONREAD, FIONBIO, FIOCLEX and FIONCLEX are answered; any other request\nfails with ENOTTY.")]
    public static PyObject ioctl(PyObject fd, long op, PyObject? arg = null, bool mutate_flag = true)
    {
        var target = LockTarget.Of(fd);
        var request = op & 0xFFFFFFFF;
        switch (request)
        {
            case FionRead when arg is PyStr buffer:
                var left = target.Stream is { CanSeek: true } s ? Math.Max(0, s.Length - s.Position) : 0;
                var bytes = new byte[4];
                BinaryPrimitives.WriteInt32LittleEndian(bytes, (int)Math.Min(left, int.MaxValue));
                return PyStr.From(string.Concat(bytes.Select(b => (char)b)) + buffer.Value[Math.Min(4, buffer.Value.Length)..]);
            case FionBio or FioClex or FioNclex:
                return arg is PyStr same ? same : PyInt.Get(0);
            default:
                throw PyErr.IOError(25, "Inappropriate ioctl for device");
        }
    }
}
