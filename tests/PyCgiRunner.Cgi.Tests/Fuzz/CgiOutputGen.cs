using System.Text;
using CsCheck;

namespace PyCgiRunner.Cgi.Tests.Fuzz;

/// <summary>
/// Script output as a hostile or broken script might print it: mostly header-shaped lines (the names the gateway
/// treats specially, tokens, non-tokens, cgitb's pseudo-header), blank lines in both endings, stray CRs and NULs,
/// high bytes, lines around Apache's 8,189-byte limit and plain random bytes, in any order.
/// </summary>
public static class CgiOutputGen
{
    private static readonly string[] Names =
        ["Content-Type", "Status", "Location", "Set-Cookie", "Content-Length", "Transfer-Encoding", "Connection", "<!--",
         "X-A", "x-a", "Refresh", "Cache-Control", "Bad Name", "", "Na\u00ffme", "Keep-Alive"];

    private static readonly string[] Values =
        ["text/html", "text/plain; charset=utf-8", "200 OK", "302", "404 Not Found", "999 Weird", "abc", "/cgi-bin/x.py", "/",
         "http://example.com/", "a=1; path=/", "close", "", " ", "\t", "9999999999999999999", "-1"];

    private static readonly string[] Endings = ["\n", "\r\n", "\r\r\n", "\r", ""];

    private static Gen<string> Text(int max) => Gen.Char[(char)0, (char)255].Array[0, max].Select(c => new string(c));

    private static readonly Gen<string> HeaderLine =
        Gen.Select(Gen.OneOf<string>(Gen.OneOf(Names), Text(12)), Gen.OneOf("", ":", ": ", ":\t", " : "),
            Gen.OneOf<string>(Gen.OneOf(Values), Text(40)), Gen.OneOf(Endings),
            (name, colon, value, end) => name + colon + value + end);

    private static readonly Gen<string> Piece = Gen.Frequency<string>(
        (10, HeaderLine),
        (4, Gen.OneOf("\n", "\r\n", "\n\n", "\r\n\r\n")),
        (2, Text(64)),
        (1, Gen.Int[8180, 8200].Select(n => "X-Long: " + new string('a', n - 8) + "\n")),
        (1, Gen.OneOf("\0", "\r", "\u00ff\u00fe", ":")));

    /// <summary>Whole outputs (Latin-1 bytes), with how the script's writes cut them (chunk sizes, cycled).</summary>
    public static readonly Gen<(byte[] Output, int[] Chunks)> Output =
        Gen.Select(Piece.Array[0, 40].Select(p => Encoding.Latin1.GetBytes(string.Concat(p))), Gen.Int[1, 97].Array[1, 8]);
}
