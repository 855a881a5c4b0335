using System.Globalization;
using System.Text;

namespace Publisher.Writers.BibTeX;

/// <summary>
/// Turns plain Unicode text into a BibTeX field value that LaTeX prints as the same text. Every
/// input brace and backslash is escaped, so input can never unbalance a field or run a command
/// such as <c>\write18</c>: the only braces in the output are the ones we write.
/// </summary>
public static class LatexEncoder
{
    // BibTeX counts braces even after a backslash, so "\{" would unbalance a field: use the text commands.
    private static readonly Dictionary<char, string> Specials = new()
    {
        ['\\'] = @"\textbackslash{}", ['{'] = @"\textbraceleft{}", ['}'] = @"\textbraceright{}",
        ['&'] = @"\&", ['%'] = @"\%", ['$'] = @"\$", ['#'] = @"\#", ['_'] = @"\_",
        ['~'] = @"\textasciitilde{}", ['^'] = @"\textasciicircum{}",
    };

    private static readonly Dictionary<char, string> AsciiLetters = new()
    {
        ['ß'] = @"{\ss}", ['ø'] = @"{\o}", ['Ø'] = @"{\O}", ['æ'] = @"{\ae}", ['Æ'] = @"{\AE}", ['œ'] = @"{\oe}",
        ['Œ'] = @"{\OE}", ['å'] = @"{\aa}", ['Å'] = @"{\AA}", ['ł'] = @"{\l}", ['Ł'] = @"{\L}", ['ı'] = @"{\i}",
        ['đ'] = @"{\dj}", ['Đ'] = @"{\DJ}", ['–'] = @"{\textendash}", ['—'] = @"{\textemdash}", ['‘'] = @"{\textquoteleft}",
        ['’'] = @"{\textquoteright}", ['“'] = @"{\textquotedblleft}", ['”'] = @"{\textquotedblright}",
        ['\u00A0'] = "~", ['…'] = @"{\ldots}",
    };

    private static readonly Dictionary<char, string> Accents = new()
    {
        ['\u0301'] = "'", ['\u0300'] = "`", ['\u0302'] = "^", ['\u0308'] = "\"", ['\u0303'] = "~", ['\u0304'] = "=",
        ['\u0307'] = ".", ['\u0306'] = "u", ['\u030C'] = "v", ['\u030B'] = "H", ['\u0327'] = "c", ['\u0328'] = "k",
        ['\u030A'] = "r", ['\u0323'] = "d",
    };

    /// <summary>Escapes LaTeX specials; with <paramref name="ascii"/> also writes accented letters as LaTeX accents.</summary>
    public static string Encode(string text, bool ascii)
    {
        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text, ascii);
        return sb.ToString();
    }

    /// <summary>Appends the encoded form of <paramref name="text"/>.</summary>
    public static void Append(StringBuilder sb, string text, bool ascii)
    {
        var previous = '\0';
        foreach (var c in text)
        {
            // "--", "``" and "''" are ligatures in TeX (en dash, curly quotes): "-{}-" keeps the characters as written.
            if (c == previous && c is '-' or '`' or '\'') sb.Append("{}");
            previous = c;
            if (c is '\r' or '\n' or '\t') { sb.Append(' '); continue; }
            if (Specials.TryGetValue(c, out var s)) { sb.Append(s); continue; }
            if (c < 128 || !ascii || char.IsSurrogate(c)) { sb.Append(c); continue; }
            sb.Append(AsciiForm(c));
        }
    }

    /// <summary>The LaTeX form of one non-ASCII character, or the character itself when LaTeX has no accent for it (CJK).</summary>
    private static string AsciiForm(char c)
    {
        if (AsciiLetters.TryGetValue(c, out var letter)) return letter;
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        if (d.Length == 2 && d[0] < 128 && Accents.TryGetValue(d[1], out var accent))
        {
            var baseChar = d[0] == 'i' ? @"\i" : d[0] == 'j' ? @"\j" : d[0].ToString();
            // Letter accents (\c, \v...) need a space or braces; braces keep purify$ and sorting right.
            return char.IsLetter(accent[0]) ? $"{{\\{accent}{{{baseChar}}}}}" : $"{{\\{accent}{baseChar}}}";
        }
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator ? " " : c.ToString();
    }
}
