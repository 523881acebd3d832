namespace PyCgiRunner.Python.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>
    /// Python 2.7 reference §2.4.4–§2.4.6: integers (decimal, 0x, 0o, 0b, legacy 0777 octal, L suffix),
    /// floats and imaginary literals. The value is computed by the parser from the token text.
    /// Error positions follow CPython 2.7's tokenizer ("invalid token" with the caret after the last char read).
    /// </summary>
    private Token ScanNumber(int start)
    {
        int c = src[pos];
        if (c == '.') return ScanFraction(start);
        pos++;
        if (c == '0')
        {
            c = Peek();
            if (c is 'x' or 'X') return ScanRadix(start, 16);
            if (c is 'o' or 'O') return ScanRadix(start, 8);
            if (c is 'b' or 'B') return ScanRadix(start, 2);

            // Legacy octal 0777, or a float/imaginary that merely starts with 0 (09.5, 07j).
            bool foundDecimal = false;
            while (Peek() is >= '0' and <= '7') pos++;
            if (char.IsAsciiDigit(PeekAt(pos)))
            {
                foundDecimal = true;
                while (char.IsAsciiDigit(PeekAt(pos))) pos++;
            }
            c = Peek();
            if (c == '.') return ScanFraction(start);
            if (c is 'e' or 'E') return ScanExponent(start);
            if (c is 'j' or 'J') { pos++; return MakeNumber(start); }
            if (foundDecimal) throw ErrorAt("invalid token", pos);
            if (c is 'l' or 'L') pos++;
            return MakeNumber(start);
        }

        while (char.IsAsciiDigit(PeekAt(pos))) pos++;
        c = Peek();
        if (c is 'l' or 'L') { pos++; return MakeNumber(start); }
        if (c == '.') return ScanFraction(start);
        if (c is 'e' or 'E') return ScanExponent(start);
        if (c is 'j' or 'J') pos++;
        return MakeNumber(start);
    }

    private Token ScanRadix(int start, int radix)
    {
        pos++; // the x, o or b
        if (!IsRadixDigit(Peek(), radix)) throw ErrorAt("invalid token", pos);
        while (IsRadixDigit(Peek(), radix)) pos++;
        if (Peek() is 'l' or 'L') pos++;
        return MakeNumber(start);
    }

    private static bool IsRadixDigit(int c, int radix) => radix switch
    {
        16 => c < 128 && char.IsAsciiHexDigit((char)c),
        8 => c is >= '0' and <= '7',
        _ => c is '0' or '1',
    };

    // At the '.': digits may follow; then an optional exponent and 'j'.
    private Token ScanFraction(int start)
    {
        pos++;
        while (char.IsAsciiDigit(PeekAt(pos))) pos++;
        int c = Peek();
        if (c is 'e' or 'E') return ScanExponent(start);
        if (c is 'j' or 'J') pos++;
        return MakeNumber(start);
    }

    // At the 'e': "1e" without digits is the number 1 followed by the name e (CPython 2.7 backs up),
    // but "1e+" is an invalid token.
    private Token ScanExponent(int start)
    {
        int ePos = pos;
        pos++;
        int c = Peek();
        if (c is '+' or '-')
        {
            pos++;
            if (!char.IsAsciiDigit(PeekAt(pos))) throw ErrorAt("invalid token", pos);
        }
        else if (!char.IsAsciiDigit(PeekAt(pos)))
        {
            pos = ePos;
            return MakeNumber(start);
        }
        while (char.IsAsciiDigit(PeekAt(pos))) pos++;
        if (Peek() is 'j' or 'J') pos++;
        return MakeNumber(start);
    }

    private Token MakeNumber(int start) => Make(TokenKind.Number, start, pos, src[start..pos]);
}
