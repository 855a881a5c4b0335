using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Publisher.Pdf.Handbook.Citations;

/// <summary>
/// Parses pandoc's citation syntax into <see cref="CitationInline"/>: <c>[@key]</c>, <c>[@a; @b]</c>,
/// <c>[see @key, p. 3]</c>, <c>[-@key]</c> and the in-text <c>@key</c>. Keys follow pandoc: they start
/// with a letter, digit or <c>_</c> and may hold internal <c>:.#$%&amp;-+?&lt;&gt;~/</c> (so catalog ids
/// <c>arxiv:2106.09685</c> and DOIs <c>10.1000/x</c> work), or are written in braces <c>@{...}</c>.
/// Runs before the link parser so that <c>[@key]</c> is not taken for a link; <c>[@key](url)</c> stays a link.
/// </summary>
public sealed partial class CitationInlineParser : InlineParser
{
    /// <summary>Creates the parser for <c>[</c> and <c>@</c>.</summary>
    public CitationInlineParser() => OpeningCharacters = ['[', '@'];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (slice.CurrentChar == '@')
        {
            // An e-mail address or a handle glued to a word is not a citation, nor the text of a link [@x](url).
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '.' or '@' or '[' or '-')) return false;
            var m = Key().Match(text, start + 1, Math.Min(text.Length, slice.End + 1) - start - 1);
            if (!m.Success || m.Index != start + 1) return false;
            var key = TrimKey(m.Value);
            if (key.Length == 0) return false;
            var length = 1 + (m.Value.StartsWith('{') ? m.Value.Length : key.Length);
            Emit(processor, ref slice, new CitationItem[] { new(key, "", "") }, false, text.Substring(start, length), length);
            return true;
        }

        var close = -1;
        for (var i = start + 1; i <= slice.End; i++)
        {
            if (text[i] is '[' or '\n') return false;
            if (text[i] == ']') { close = i; break; }
        }
        if (close < 0) return false;
        // [@key](url) and [@key][ref] are links, not citations.
        if (close + 1 <= slice.End && text[close + 1] is '(' or '[') return false;
        var inner = text.Substring(start + 1, close - start - 1);
        var items = new List<CitationItem>();
        foreach (var part in inner.Split(';'))
        {
            var m = Item().Match(part);
            if (!m.Success) return false;
            var prefix = m.Groups["prefix"].Value;
            if (prefix.Length > 0 && !char.IsWhiteSpace(prefix[^1])) return false; // "[mail me: a@b.org]"
            var key = TrimKey(m.Groups["key"].Value);
            if (key.Length == 0) return false;
            var rest = m.Groups["key"].Value[key.Length..] + m.Groups["rest"].Value;
            if (m.Groups["key"].Value.StartsWith('{')) rest = m.Groups["rest"].Value;
            items.Add(new CitationItem(key, m.Groups["prefix"].Value.Trim(), rest.Trim().TrimStart(',').Trim()));
        }
        if (items.Count == 0) return false;
        Emit(processor, ref slice, items, true, text.Substring(start, close - start + 1), close - start + 1);
        return true;
    }

    private static void Emit(InlineProcessor processor, ref StringSlice slice, IReadOnlyList<CitationItem> items, bool bracketed, string source, int length)
    {
        var position = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new CitationInline
        {
            Items = items,
            Bracketed = bracketed,
            Source = source,
            Span = new Markdig.Syntax.SourceSpan(position, position + length - 1),
            Line = line,
            Column = column,
        };
        slice.Start += length;
    }

    // Pandoc: trailing punctuation ends the key ("@doe99." cites doe99).
    private static string TrimKey(string key) =>
        key.StartsWith('{') ? key.Trim('{', '}').Trim() : key.TrimEnd('.', ':', ',', '?', '/', '-', '+', '#', '$', '%', '&', '~', '<', '>');

    [GeneratedRegex(@"\{[^{}]+\}|[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*")]
    private static partial Regex Key();

    [GeneratedRegex(@"^(?<prefix>[^@]*?)-?@(?<key>\{[^{}]+\}|[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*)(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Item();
}
