using Publisher.Model;
using System.Text.RegularExpressions;

namespace Publisher.Importers.ReadingLists.Survey;

/// <summary>
/// Splits the text of one <c>[...](#)</c> citation into titles. Titles contain commas themselves
/// ("Calculus, differential equations, linear algebra, and more"), so a split is made only where
/// both sides look like titles: always on <c>、</c>; on <c>,</c>/<c>，</c> when the next part starts
/// with a capital letter and the previous part has at least four words (or is a long Chinese
/// title); and on <c> and </c> + capital inside a list that was already split.
/// </summary>
public static partial class CitationSplitter
{
    /// <summary>The titles in <paramref name="text"/>, trimmed, in order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var t = Unescape(text).Trim();
        // "(A, B and C)": the parentheses wrap the whole list.
        if (t.Length > 2 && t[0] is '(' or '（' && t[^1] is ')' or '）') t = t[1..^1].Trim();
        var parts = new List<string>();
        foreach (var piece in t.Split('、'))
            parts.AddRange(SplitOnCommas(piece.Trim()));
        if (parts.Count > 1)
            parts = parts.SelectMany(SplitOnAnd).ToList();
        return parts.Select(p => p.Trim().TrimEnd(',', '，')).Where(p => p.Length > 0).ToList();
    }

    private static IEnumerable<string> SplitOnCommas(string piece)
    {
        var result = new List<string>();
        var start = 0;
        foreach (Match m in CommaThenCapital().Matches(piece))
        {
            var before = piece[start..m.Index].Trim();
            var after = piece[(m.Index + m.Length - 1)..];
            var nextComma = after.IndexOfAny([',', '，']);
            if (nextComma >= 0) after = after[..nextComma];
            if (LooksLikeTitleStart(before) && LooksLikeEnglishTitle(after))
            {
                result.Add(before);
                start = m.Index + m.Length - 1; // keep the capital letter
            }
        }
        result.Add(piece[start..].Trim());
        return result;
    }

    private static IEnumerable<string> SplitOnAnd(string part)
    {
        var m = AndThenCapital().Match(part);
        if (!m.Success) return [part];
        var before = part[..m.Index].Trim();
        var after = part[(m.Index + m.Length - 1)..].Trim();
        return WordCount(before) >= 3 && WordCount(after) >= 3 ? [before, after] : [part];
    }

    private static bool LooksLikeTitleStart(string before)
    {
        if (WordCount(before) >= 4) return true;
        var cjk = before.Count(CjkText.IsIdeograph);
        return cjk >= 6; // "大规模语言模型：从理论到实践，Pre-trained ..."
    }

    // "…，CMU 华人博士后出了篇综述文章" continues a Chinese headline; only an English title starts a new citation.
    private static bool LooksLikeEnglishTitle(string after) =>
        WordCount(after) >= 2 && CjkText.IdeographShare(after) < 0.3;

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Removes Markdown backslash escapes (<c>\(</c> → <c>(</c>).</summary>
    public static string Unescape(string s) => Escape().Replace(s, "$1");

    [GeneratedRegex(@"[,，]\s*[A-Z]")]
    private static partial Regex CommaThenCapital();

    [GeneratedRegex(@"\s+and\s+[A-Z]")]
    private static partial Regex AndThenCapital();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|])")]
    private static partial Regex Escape();
}
