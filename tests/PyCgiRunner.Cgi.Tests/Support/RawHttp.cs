using System.Net.Sockets;
using System.Text;

namespace PyCgiRunner.Cgi.Tests.Support;

/// <summary>Raw HTTP/1.1 over a TcpClient, sent and read exactly as the gateway corpus README describes.</summary>
public static class RawHttp
{
    public static async Task<RawHttpResponse> SendAsync(int port, string method, string path, string? extraHeaders = null, byte[]? body = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        var request = $"{method} {path} HTTP/1.1\r\nHost: localhost\r\nUser-Agent: gwcorpus/1\r\nAccept: */*\r\n{extraHeaders}\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        if (body is not null)
            await stream.WriteAsync(body);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var reader = new ByteReader(stream, timeout.Token);
        return await ReadResponseAsync(reader, method == "HEAD");
    }

    private static async Task<RawHttpResponse> ReadResponseAsync(ByteReader reader, bool head)
    {
        var statusLine = await reader.ReadLineAsync();
        var headers = new List<KeyValuePair<string, string>>();
        string line;
        while ((line = await reader.ReadLineAsync()).Length > 0)
            headers.Add(RawHttpResponse.SplitHeader(line));

        var status = int.Parse(statusLine.Split(' ')[1]);
        var chunked = headers.Any(h => h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && h.Value.Contains("chunked"));
        var length = headers.Where(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Select(h => (long?)long.Parse(h.Value)).FirstOrDefault();
        byte[] body;
        if (head || status is < 200 or 204 or 304)
            body = [];
        else if (chunked)
            body = await DechunkAsync(reader);
        else if (length is { } n)
            body = await reader.ReadExactlyAsync((int)n);
        else
            body = await reader.ReadToEndAsync();
        var kept = headers.Where(h => !RawHttpResponse.Dropped.Contains(h.Key)).ToList();
        return new RawHttpResponse(statusLine, kept, body);
    }

    private static async Task<byte[]> DechunkAsync(ByteReader reader)
    {
        var body = new MemoryStream();
        while (true)
        {
            var sizeLine = await reader.ReadLineAsync();
            var size = Convert.ToInt32(sizeLine.Split(';')[0].Trim(), 16);
            if (size == 0)
            {
                while ((await reader.ReadLineAsync()).Length > 0) { }
                return body.ToArray();
            }
            body.Write(await reader.ReadExactlyAsync(size));
            await reader.ReadLineAsync();
        }
    }

    /// <summary>A small buffered byte reader: lines end at CRLF, bodies are raw bytes.</summary>
    private sealed class ByteReader(Stream stream, CancellationToken token)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;

        private async Task<bool> FillAsync()
        {
            if (_start == _end)
                _start = _end = 0;
            var read = await stream.ReadAsync(_buffer.AsMemory(_end, _buffer.Length - _end), token);
            _end += read;
            return read > 0;
        }

        public async Task<string> ReadLineAsync()
        {
            var line = new List<byte>();
            while (true)
            {
                if (_start == _end && !await FillAsync())
                    throw new EndOfStreamException("connection closed inside a line");
                var b = _buffer[_start++];
                if (b == '\n')
                {
                    if (line.Count > 0 && line[^1] == '\r')
                        line.RemoveAt(line.Count - 1);
                    return Encoding.Latin1.GetString(line.ToArray());
                }
                line.Add(b);
            }
        }

        public async Task<byte[]> ReadExactlyAsync(int count)
        {
            var result = new byte[count];
            var done = 0;
            while (done < count)
            {
                if (_start == _end && !await FillAsync())
                    return result[..done];
                var take = Math.Min(count - done, _end - _start);
                Array.Copy(_buffer, _start, result, done, take);
                _start += take;
                done += take;
            }
            return result;
        }

        public async Task<byte[]> ReadToEndAsync()
        {
            var result = new MemoryStream();
            do
            {
                result.Write(_buffer, _start, _end - _start);
                _start = _end;
            }
            while (await FillAsync());
            return result.ToArray();
        }
    }
}
