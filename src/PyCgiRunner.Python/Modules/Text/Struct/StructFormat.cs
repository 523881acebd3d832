using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Struct;

/// <summary>
/// A parsed struct format (library reference §7.3.2): byte order, then counted codes. '@' uses native sizes
/// and alignment (LP64: l, L, P are 8 bytes); '=', '&lt;', '&gt;', '!' use standard sizes with no alignment.
/// </summary>
internal sealed class StructFormat
{
    public readonly record struct Code(char C, int Count, int Size, int Offset);

    public string Format { get; }
    public bool Native { get; }
    public bool Little { get; }
    public List<Code> Codes { get; } = new();
    public int Size { get; }
    public int ItemCount { get; }

    public StructFormat(string format)
    {
        Format = format;
        var i = 0;
        var order = format.Length > 0 && "@=<>!".Contains(format[0]) ? format[i++] : '@';
        Native = order == '@';
        Little = order == '<' || (order is '@' or '=' && BitConverter.IsLittleEndian);
        var offset = 0;
        while (i < format.Length)
        {
            var c = format[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var count = 1;
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < format.Length && char.IsAsciiDigit(format[i])) i++;
                if (i >= format.Length) break;
                count = int.Parse(format[start..i]);
                c = format[i];
            }
            i++;
            var size = SizeOf(c);
            if (Native && size > 1 && c is not ('s' or 'p' or 'x' or 'c')) offset = (offset + size - 1) / size * size;
            Codes.Add(new Code(c, count, size, offset));
            if (c is 's' or 'p') { offset += count; ItemCount++; }
            else if (c == 'x') offset += count;
            else { offset += count * size; ItemCount += count; }
        }
        Size = offset;
    }

    private int SizeOf(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => Native ? 8 : 4,
        'q' or 'Q' or 'd' => 8,
        'P' when Native => 8,
        _ => throw PyErr.New(StructModule.Error, "bad char in struct format"),
    };
}
