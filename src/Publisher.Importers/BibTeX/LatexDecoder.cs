using System.Text;
using Publisher.Model;

namespace Publisher.Importers.BibTeX;

/// <summary>
/// Turns a BibTeX field's LaTeX into plain Unicode: accents (<c>{\"u}</c> → ü), escaped specials,
/// text commands, <c>\url{…}</c>; grouping braces removed (or kept, for name lists whose braces mean
/// "one name part"). Unknown commands keep their name, so nothing disappears silently.
/// </summary>
public static class LatexDecoder
{
    /// <summary>Stands in for a literal '{' while braces still carry structure (name parsing).</summary>
    public const char LiteralOpen = '\uE000';
    /// <summary>Stands in for a literal '}' while braces still carry structure.</summary>
    public const char LiteralClose = '\uE001';

    private static readonly Dictionary<char, char> AccentMarks = new()
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308', ['~'] = '\u0303', ['='] = '\u0304',
        ['.'] = '\u0307', ['u'] = '\u0306', ['v'] = '\u030C', ['H'] = '\u030B', ['c'] = '\u0327', ['k'] = '\u0328',
        ['r'] = '\u030A', ['d'] = '\u0323', ['b'] = '\u0331',
    };

    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å",
        ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dj"] = "đ", ["DJ"] = "Đ",
        ["textbackslash"] = "\\", ["textasciitilde"] = "~", ["textasciicircum"] = "^", ["textunderscore"] = "_",
        ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…", ["textendash"] = "–", ["textemdash"] = "—",
        ["textquoteleft"] = "‘", ["textquoteright"] = "’", ["textquotedblleft"] = "“", ["textquotedblright"] = "”",
        ["S"] = "§", ["P"] = "¶", ["copyright"] = "©", ["textregistered"] = "®", ["texttrademark"] = "™", ["euro"] = "€",
        ["pounds"] = "£", ["textdegree"] = "°", ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX",
        ["textasteriskcentered"] = "*", ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">",
    };

    // Commands whose argument is the text itself (formatting we do not keep).
    private static readonly HashSet<string> Transparent = new(StringComparer.Ordinal)
    {
        "emph", "textit", "textbf", "textsc", "texttt", "textrm", "textsf", "textup", "textmd", "textnormal", "mbox",
        "mathrm", "mathit", "mathbf", "mathsf", "mathtt", "mathcal", "text", "uppercase", "lowercase", "NoCaseChange", "bibinfo",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamedByName = Named.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TransparentByName = Transparent.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> Composed = new();
    // One builder per thread for the outer decode (recursive decodes make their own).
    [ThreadStatic] private static StringBuilder? t_builder;
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\\{}~$");
    // Built once: a literal set of more than five characters would be turned into a lookup table on every call.
    private static readonly System.Buffers.SearchValues<char> NeedsDecoding = System.Buffers.SearchValues.Create("\\{}~$\n\r\t");

    /// <summary>Decodes to plain text, braces removed, whitespace collapsed.</summary>
    public static string Decode(string latex) => Decode(latex, keepBraces: false);

    /// <summary>Decodes; with <paramref name="keepBraces"/> grouping braces stay and literal braces become <see cref="LiteralOpen"/>/<see cref="LiteralClose"/>.</summary>
    public static string Decode(string latex, bool keepBraces)
    {
        if (latex.AsSpan().IndexOfAny(NeedsDecoding) < 0 && !latex.Contains("  ") && latex.Trim().Length == latex.Length)
            return latex; // the common case: nothing to do
        var sb = t_builder ?? new StringBuilder(256);
        t_builder = null;
        sb.Clear();
        var i = 0;
        DecodeInto(sb, latex, ref i, latex.Length, keepBraces);
        var decoded = Collapse(sb);
        if (sb.Capacity <= 8192) t_builder = sb;
        return decoded;
    }

    private static void DecodeInto(StringBuilder sb, string s, ref int i, int end, bool keepBraces)
    {
        while (i < end)
        {
            var c = s[i];
            switch (c)
            {
                case '\\':
                    i++;
                    Command(sb, s, ref i, end, keepBraces);
                    break;
                case '{':
                    if (keepBraces) sb.Append('{');
                    i++;
                    break;
                case '}':
                    if (keepBraces) sb.Append('}');
                    i++;
                    break;
                case '~':
                    sb.Append(' ');
                    i++;
                    break;
                case '$':
                    i++; // math shift: keep the content, drop the delimiters
                    break;
                default:
                    // Plain text runs up to the next character with a meaning here.
                    var run = s.AsSpan(i, end - i).IndexOfAny(Special);
                    if (run < 0) run = end - i;
                    sb.Append(s, i, run);
                    i += run;
                    break;
            }
        }
    }

    private static void Command(StringBuilder sb, string s, ref int i, int end, bool keepBraces)
    {
        if (i >= end) { sb.Append('\\'); return; }
        var c = s[i];
        if (!char.IsAsciiLetter(c))
        {
            i++;
            if (AccentMarks.TryGetValue(c, out var mark)) { Accent(sb, s, ref i, end, mark); return; }
            switch (c)
            {
                case '{': sb.Append(keepBraces ? LiteralOpen : '{'); return;
                case '}': sb.Append(keepBraces ? LiteralClose : '}'); return;
                case '\\': case ' ': case '\n': sb.Append(' '); return;
                case ',': case ';': case ':': case '!': sb.Append(' '); return;
                case '-': case '/': case '@': return;
                default: sb.Append(c); return; // \& \% \$ \# \_
            }
        }
        var start = i;
        while (i < end && char.IsAsciiLetter(s[i])) i++;
        var name = s.AsSpan(start, i - start);
        if (name.Length == 1 && AccentMarks.TryGetValue(name[0], out var letterMark) && name is "u" or "v" or "H" or "c" or "k" or "r" or "d" or "b")
        {
            SkipSpaces(s, ref i, end);
            Accent(sb, s, ref i, end, letterMark);
            return;
        }
        if (name is "url" or "href" or "path" or "nolinkurl")
        {
            SkipSpaces(s, ref i, end);
            if (i < end && s[i] == '{')
            {
                var close = GroupEnd(s, i + 1, end);
                sb.Append(s, i + 1, close - i - 1);
                i = Math.Min(close + 1, end);
                if (name is "href") SkipGroupArgument(s, ref i, end); // keep the URL, drop the link text
            }
            return;
        }
        if (name is "textbraceleft" or "textbraceright")
        {
            sb.Append(name is "textbraceleft" ? (keepBraces ? LiteralOpen : '{') : (keepBraces ? LiteralClose : '}'));
            SkipEmptyGroupOrSpace(s, ref i, end);
            return;
        }
        if (NamedByName.TryGetValue(name, out var text))
        {
            sb.Append(text);
            SkipEmptyGroupOrSpace(s, ref i, end);
            return;
        }
        if (TransparentByName.Contains(name)) { SkipSpaces(s, ref i, end); return; } // the group that follows is decoded as usual
        sb.Append(name); // unknown command: keep its name rather than lose text
        SkipEmptyGroupOrSpace(s, ref i, end);
    }

    private static void Accent(StringBuilder sb, string s, ref int i, int end, char mark)
    {
        string letter;
        if (i < end && s[i] == '{')
        {
            var close = GroupEnd(s, i + 1, end);
            var inner = new StringBuilder();
            var j = i + 1;
            DecodeInto(inner, s, ref j, close, keepBraces: false);
            letter = inner.ToString().Trim();
            i = Math.Min(close + 1, end);
        }
        else if (i < end && s[i] == '\\')
        {
            i++;
            var inner = new StringBuilder();
            Command(inner, s, ref i, end, false);
            letter = inner.ToString();
        }
        else if (i < end)
        {
            var single = s[i++] switch { 'ı' => 'i', 'ȷ' => 'j', var other => other };
            sb.Append(Compose(single, mark));
            return;
        }
        else letter = "";
        if (letter == "ı") letter = "i";
        if (letter == "ȷ") letter = "j";
        if (letter.Length == 0) return;
        sb.Append(Compose(letter[0], mark)).Append(letter, 1, letter.Length - 1);
    }

    // Normalising is a call into ICU; the same few accented letters recur in every entry, so each is composed once.
    private static string Compose(char letter, char mark)
    {
        var key = (letter << 16) | mark;
        if (Composed.TryGetValue(key, out var composed)) return composed;
        composed = (letter + mark.ToString()).Normalize(NormalizationForm.FormC);
        if (Composed.Count < 4096) Composed.TryAdd(key, composed);
        return composed;
    }

    private static bool NeedsCollapse(StringBuilder sb)
    {
        if (sb.Length == 0) return false;
        if (sb[0] == ' ' || sb[^1] == ' ') return true;
        // Chunk by chunk (the builder's indexer walks its chunk list on every call), searching vectorised for
        // whitespace other than single spaces; a double space may straddle two chunks.
        var previousSpace = false;
        foreach (var chunk in sb.GetChunks())
        {
            var span = chunk.Span;
            if (span.IsEmpty) continue;
            if (span.IndexOfAny(WhitespaceChars.AllButSpaceAndNoBreakSpace) >= 0 || span.IndexOf("  ") >= 0 || (previousSpace && span[0] == ' ')) return true;
            previousSpace = span[^1] == ' ';
        }
        return false;
    }

    private static int GroupEnd(string s, int from, int end)
    {
        var depth = 1;
        for (var k = from; k < end; k++)
        {
            if (s[k] == '\\') { k++; continue; }
            if (s[k] == '{') depth++;
            else if (s[k] == '}' && --depth == 0) return k;
        }
        return end;
    }

    private static void SkipGroupArgument(string s, ref int i, int end)
    {
        SkipSpaces(s, ref i, end);
        if (i < end && s[i] == '{') i = Math.Min(GroupEnd(s, i + 1, end) + 1, end);
    }

    // TeX eats the space after a control word; "{}" is the usual way to end one.
    private static void SkipEmptyGroupOrSpace(string s, ref int i, int end)
    {
        if (i + 1 < end && s[i] == '{' && s[i + 1] == '}') i += 2;
        else if (i < end && s[i] == ' ') i++;
    }

    private static void SkipSpaces(string s, ref int i, int end)
    {
        while (i < end && s[i] == ' ') i++;
    }

    private static string Collapse(StringBuilder sb)
    {
        if (!NeedsCollapse(sb)) return sb.ToString();
        var result = new StringBuilder(sb.Length);
        var space = false;
        for (var k = 0; k < sb.Length; k++)
        {
            var c = sb[k];
            if (char.IsWhiteSpace(c) && c != '\u00A0') { space = result.Length > 0; continue; }
            if (space) result.Append(' ');
            space = false;
            result.Append(c);
        }
        return result.ToString();
    }
}
