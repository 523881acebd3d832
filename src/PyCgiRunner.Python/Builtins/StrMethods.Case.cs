using System.Globalization;
using System.Text;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>
/// Case mapping and the is* predicates. str follows the C locale (only ASCII letters have case; bytes ≥ 0x80 are
/// neither letters nor digits); unicode follows the Unicode database (simple, one-to-one case mappings).
/// </summary>
public static partial class StrType
{
    private static void SetupCase()
    {
        Unary("lower", Lower);
        Unary("upper", Upper);
        Unary("swapcase", (c, u) => IsUpper(c, u) ? Lower(c, u) : IsLower(c, u) ? Upper(c, u) : c);
        Both("capitalize", (self, args, kw) =>
        {
            Check("capitalize", args, kw, 0, 0);
            var s = V(self);
            var u = self is PyUnicode;
            var sb = new StringBuilder(s.Length);
            for (var i = 0; i < s.Length; i++) sb.Append(i == 0 ? Upper(s[i], u) : Lower(s[i], u));
            return Make(sb.ToString(), u);
        });
        Both("title", (self, args, kw) =>
        {
            Check("title", args, kw, 0, 0);
            var s = V(self);
            var u = self is PyUnicode;
            var sb = new StringBuilder(s.Length);
            var previousCased = false;
            foreach (var c in s)
            {
                // Words start after any uncased character (title() has no notion of apostrophes).
                var cased = IsUpper(c, u) || IsLower(c, u) || (u && char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter);
                sb.Append(previousCased ? Lower(c, u) : Upper(c, u));
                previousCased = cased;
            }
            return Make(sb.ToString(), u);
        });

        Predicate("isalpha", (c, u) => u ? IsUnicodeAlpha(c) : char.IsAsciiLetter(c));
        Predicate("isdigit", (c, u) => u ? CharUnicodeInfo.GetDigitValue(c) >= 0 : char.IsAsciiDigit(c));
        Predicate("isalnum", (c, u) => u ? IsUnicodeAlpha(c) || CharUnicodeInfo.GetNumericValue(c) >= 0 : char.IsAsciiLetterOrDigit(c));
        Predicate("isspace", IsSpace);
        TypeSetup.Def(BuiltinTypes.Unicode, "isdecimal", PredicateBody("isdecimal", (c, u) => CharUnicodeInfo.GetDecimalDigitValue(c) >= 0));
        TypeSetup.Def(BuiltinTypes.Unicode, "isnumeric", PredicateBody("isnumeric", (c, u) => CharUnicodeInfo.GetNumericValue(c) >= 0));
        Both("islower", (self, args, kw) => PyBool.Of(CasedOnly(self, args, kw, "islower", IsLower, IsUpper)));
        Both("isupper", (self, args, kw) => PyBool.Of(CasedOnly(self, args, kw, "isupper", IsUpper, IsLower)));
        Both("istitle", (self, args, kw) =>
        {
            Check("istitle", args, kw, 0, 0);
            var u = self is PyUnicode;
            bool cased = false, previousCased = false;
            foreach (var c in V(self))
            {
                var upper = IsUpper(c, u) || (u && char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter);
                if (upper)
                {
                    if (previousCased) return PyBool.False;
                    previousCased = cased = true;
                }
                else if (IsLower(c, u))
                {
                    if (!previousCased) return PyBool.False;
                    previousCased = cased = true;
                }
                else previousCased = false;
            }
            return PyBool.Of(cased);
        });
    }

    private static char AsciiLower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
    private static char AsciiUpper(char c) => c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
    // .NET's invariant mapping leaves the Turkish dotted/dotless i and long s alone; the Unicode simple mappings
    // that CPython uses do not.
    private static char Lower(char c, bool u) => !u ? AsciiLower(c) : c == '\u0130' ? 'i' : char.ToLowerInvariant(c);
    private static char Upper(char c, bool u) => !u ? AsciiUpper(c) : c switch { '\u0131' => 'I', '\u017f' => 'S', _ => char.ToUpperInvariant(c) };
    private static bool IsLower(char c, bool u) => u ? char.GetUnicodeCategory(c) == UnicodeCategory.LowercaseLetter : c is >= 'a' and <= 'z';
    private static bool IsUpper(char c, bool u) => u ? char.GetUnicodeCategory(c) == UnicodeCategory.UppercaseLetter : c is >= 'A' and <= 'Z';

    private static bool IsUnicodeAlpha(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;

    /// <summary>Whitespace: C isspace for str; Py_UNICODE_ISSPACE (Unicode 5.2 as in CPython 2.7) for unicode.</summary>
    internal static bool IsSpace(char c, bool u)
    {
        if (c is ' ' or '\t' or '\n' or '\r' or '\x0b' or '\x0c') return true;
        if (!u) return false;
        return c is >= '\x1c' and <= '\x1f' or '\x85' or '\xa0' or '\u1680' or '\u180e' or (>= '\u2000' and <= '\u200a')
            or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000';
    }

    private static void Unary(string name, Func<char, bool, char> map)
        => Both(name, (self, args, kw) =>
        {
            Check(name, args, kw, 0, 0);
            var s = V(self);
            var u = self is PyUnicode;
            var chars = new char[s.Length];
            for (var i = 0; i < s.Length; i++) chars[i] = map(s[i], u);
            return Make(new string(chars), u);
        });

    private static void Predicate(string name, Func<char, bool, bool> test) => Both(name, PredicateBody(name, test));

    /// <summary>True when the string is non-empty and every character passes.</summary>
    private static BuiltinMethodBody PredicateBody(string name, Func<char, bool, bool> test) => (self, args, kw) =>
    {
        Check(name, args, kw, 0, 0);
        var s = V(self);
        var u = self is PyUnicode;
        if (s.Length == 0) return PyBool.False;
        foreach (var c in s)
            if (!test(c, u)) return PyBool.False;
        return PyBool.True;
    };

    /// <summary>islower/isupper: at least one cased character and none of the opposite case.</summary>
    private static bool CasedOnly(PyObject self, PyObject[] args, string[]? kw, string name, Func<char, bool, bool> want, Func<char, bool, bool> reject)
    {
        Check(name, args, kw, 0, 0);
        var u = self is PyUnicode;
        var seen = false;
        foreach (var c in V(self))
        {
            if (reject(c, u) || (u && char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter)) return false;
            if (want(c, u)) seen = true;
        }
        return seen;
    }
}
