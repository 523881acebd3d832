using System.Text;
using CsCheck;

namespace PyCgiRunner.Cgi.Tests.Fuzz;

/// <summary>
/// multipart/form-data request bodies as browsers, broken clients and attackers send them: boundaries of every legal
/// character (and some illegal), parts with Content-Disposition in its many spellings, nested multipart/mixed, data
/// that almost contains the boundary, LF or CRLF line ends, a missing or doubled closing boundary, and then a few
/// random byte-level mutations; with a Content-Type and CONTENT_LENGTH that may not match the body.
/// </summary>
public static class MultipartGen
{
    public sealed record Request(string ContentType, string ContentLength, byte[] Body);

    private const string BoundaryChars = "abcdefXYZ0123456789'()+_,-./:=? ";

    private static readonly Gen<string> Boundary =
        Gen.Frequency<string>(
            (8, Gen.Char[' ', 'z'].Where(c => BoundaryChars.Contains(c)).Array[1, 70].Select(c => new string(c).TrimEnd() is { Length: > 0 } b ? b : "b")),
            (1, Gen.OneOf("", "-", "--", "a\"b", "x;y", "\u00e9t\u00e9")));

    private static Gen<string> Text(int max) => Gen.Char[(char)0, (char)255].Array[0, max].Select(c => new string(c));

    private static readonly Gen<string> Name = Gen.OneOf<string>(Gen.OneOf("filename", "name", "a", "", "x y", "é", "a\"b"), Text(10));

    private static readonly Gen<string> Disposition =
        Gen.Select(Gen.OneOf("form-data", "attachment", "FORM-DATA", "", "inline"), Name, Gen.Bool, Name, Gen.OneOf("\"", "", "'"),
            (kind, name, hasFile, file, quote) =>
                "Content-Disposition: " + kind + "; name=" + quote + name + quote + (hasFile ? "; filename=" + quote + file + quote : ""));

    private static readonly Gen<string> HeaderLine = Gen.Frequency<string>(
        (6, Disposition),
        (3, Gen.OneOf("Content-Type: text/plain", "Content-Type: application/octet-stream", "Content-Type: multipart/mixed; boundary=inner",
            "Content-Transfer-Encoding: binary", "Content-Type:", "X-Junk: " + new string('j', 300))),
        (1, Text(60)));

    private static Gen<string> Part(string boundary, string eol) =>
        Gen.Select(HeaderLine.Array[0, 4], Gen.OneOf<string>(Text(600), Gen.Const(eol + "--" + boundary[..Math.Max(0, boundary.Length - 1)] + eol),
                Gen.Const("--inner" + eol + "Content-Disposition: form-data; name=\"n\"" + eol + eol + "v" + eol + "--inner--")),
            (headers, data) => string.Concat(headers.Select(h => h + eol)) + eol + data + eol);

    private static readonly Gen<string> Multipart =
        from boundary in Boundary
        from eol in Gen.OneOf("\r\n", "\n", "\r\n", "\r")
        from parts in Gen.Int[0, 4].SelectMany(n => Part(boundary, eol).Array[n])
        from closing in Gen.OneOf("--" + boundary + "--" + eol, "", "--" + boundary + eol, "--" + boundary + "--" + eol + "epilogue")
        from preamble in Gen.OneOf("", "preamble" + eol)
        select preamble + string.Concat(parts.Select(p => "--" + boundary + eol + p)) + closing + "\0" + boundary;

    private static readonly Gen<byte[]> Mutated =
        Gen.Select(Multipart, Gen.Int[0, 3], Gen.Int.Array[3], Gen.Byte.Array[3], (text, mutations, places, bytes) =>
        {
            var body = Encoding.Latin1.GetBytes(text[..text.LastIndexOf('\0')]).ToList();
            for (var i = 0; i < mutations && body.Count > 0; i++)
            {
                var at = (int)((uint)places[i] % body.Count);
                switch (places[i] & 3)
                {
                    case 0: body[at] = bytes[i]; break;
                    case 1: body.Insert(at, bytes[i]); break;
                    case 2: body.RemoveAt(at); break;
                    default: body.RemoveRange(at, body.Count - at); break;
                }
            }
            return body.ToArray();
        });

    public static readonly Gen<Request> Requests =
        from body in Mutated
        from boundaryText in Multipart.Select(t => t[(t.LastIndexOf('\0') + 1)..])
        from typeForm in Gen.Int[0, 5]
        from lengthForm in Gen.Int[0, 5]
        select new Request(
            typeForm switch
            {
                0 => "multipart/form-data",
                1 => "multipart/form-data; boundary=\"" + boundaryText + "\"",
                2 => "multipart/form-data; boundary=wrong",
                _ => "multipart/form-data; boundary=" + BoundaryOf(body, boundaryText),
            },
            lengthForm switch
            {
                0 => "",
                1 => "abc",
                2 => (body.Length / 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
                3 => (body.Length + 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            body);

    /// <summary>The boundary the body's first line announces, so most requests agree with their Content-Type.</summary>
    private static string BoundaryOf(byte[] body, string fallback)
    {
        var text = Encoding.Latin1.GetString(body);
        var start = text.StartsWith("preamble", StringComparison.Ordinal) ? text.IndexOf('\n') + 1 : 0;
        if (start >= text.Length || !text.AsSpan(start).StartsWith("--"))
            return fallback;
        var end = text.IndexOfAny(['\r', '\n'], start);
        return end < 0 ? fallback : text[(start + 2)..end];
    }
}
