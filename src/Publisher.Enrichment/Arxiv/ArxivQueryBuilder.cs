using Publisher.Model;

namespace Publisher.Enrichment.Arxiv;

/// <summary>Builds <c>id_list</c> batches and OR-ed <c>ti:"…"</c> title queries that stay within a URL budget.</summary>
public static class ArxivQueryBuilder
{
    /// <summary>The <c>ti:"…"</c> phrases for one title: the normalised title, and without a short label (<c>GPT2:</c>) when that differs.</summary>
    public static IReadOnlyList<string> PhrasesFor(string title)
    {
        var full = TitleNormalizer.Normalize(title);
        var stripped = TitleNormalizer.NormalizeWithoutPrefix(title);
        var list = new List<string>(2);
        if (full.Length > 0) list.Add(full);
        if (stripped.Length > 0 && stripped != full) list.Add(stripped);
        return list;
    }

    /// <summary>The search query for several titles: <c>ti:"a b" OR ti:"c d"</c>.</summary>
    public static string TitleQuery(IEnumerable<string> titles) =>
        string.Join(" OR ", titles.SelectMany(PhrasesFor).Distinct(StringComparer.Ordinal).Select(p => $"ti:\"{p}\""));

    /// <summary>
    /// Groups titles into queries of at most <paramref name="maxTitles"/> titles and
    /// <paramref name="maxQueryLength"/> characters (before URL encoding, which roughly adds a third).
    /// A single title longer than the budget still gets its own query.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> BatchTitles(IEnumerable<string> titles, int maxTitles, int maxQueryLength)
    {
        var batches = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        var length = 0;
        foreach (var title in titles)
        {
            var phraseLength = PhrasesFor(title).Sum(p => p.Length + 10);
            if (current.Count > 0 && (current.Count >= maxTitles || length + phraseLength > maxQueryLength))
            {
                batches.Add(current);
                current = [];
                length = 0;
            }
            current.Add(title);
            length += phraseLength;
        }
        if (current.Count > 0) batches.Add(current);
        return batches;
    }

    /// <summary>Splits base ids (no versions: one lookup per paper) into batches for <c>id_list</c>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> BatchIds(IEnumerable<string> baseIds, int maxIds) =>
        baseIds.Distinct(StringComparer.Ordinal).Chunk(Math.Max(1, maxIds)).Select(c => (IReadOnlyList<string>)c).ToList();
}
