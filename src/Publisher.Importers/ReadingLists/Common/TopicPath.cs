using System.Globalization;
using System.Text;

namespace Publisher.Importers.ReadingLists.Common;

/// <summary>The heading path an entry sits under, as a topic (<c>开源项目 / 指令微调</c>); emoji are dropped.</summary>
public sealed class TopicPath
{
    private readonly SortedDictionary<int, string> _levels = [];

    /// <summary>Records a heading: deeper headings under it are forgotten.</summary>
    public void Enter(int level, string text)
    {
        foreach (var deeper in _levels.Keys.Where(k => k >= level).ToList()) _levels.Remove(deeper);
        var clean = StripEmoji(text);
        if (clean.Length > 0) _levels[level] = clean;
    }

    /// <summary>The current path joined with <c> / </c>, or null before any heading.</summary>
    public string? Current => _levels.Count == 0 ? null : string.Join(" / ", _levels.Values);

    /// <summary>Removes emoji, pictographs, variation selectors and joiners, then trims.</summary>
    public static string StripEmoji(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[i + 1]);
                i++;
                if (cp is >= 0x1F000 and <= 0x1FAFF) continue;
                sb.Append(c).Append(text[i]);
                continue;
            }
            if (c is '\uFE0F' or '\uFE0E' or '\u200D' or '\u20E3') continue;
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.OtherSymbol && c is >= '\u2190' and <= '\u2BFF') continue;
            sb.Append(c);
        }
        return MarkdownSyntax.Collapse(sb.ToString());
    }
}
