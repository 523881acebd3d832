using System.Text;

namespace PyCgiRunner.Cgi.Middleware;

/// <summary>Keeps the first bytes a script writes to stderr (enough for the log) and counts the rest.</summary>
internal sealed class BoundedCaptureStream(int capacity) : Stream
{
    private readonly MemoryStream _kept = new();
    private long _dropped;

    public string Text
    {
        get
        {
            lock (_kept)
            {
                var text = Encoding.Latin1.GetString(_kept.GetBuffer(), 0, (int)_kept.Length);
                return _dropped == 0 ? text : text + $"\n[... {_dropped} more bytes]";
            }
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        lock (_kept)
        {
            var room = (int)Math.Max(0, capacity - _kept.Length);
            var take = Math.Min(room, buffer.Length);
            _kept.Write(buffer[..take]);
            _dropped += buffer.Length - take;
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush() { }
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
