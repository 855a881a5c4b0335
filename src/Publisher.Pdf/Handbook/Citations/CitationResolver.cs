using Publisher.Model;

namespace Publisher.Pdf.Handbook.Citations;

/// <summary>
/// Finds the catalog entry a citation key names: a catalog id (<c>arxiv:2106.09685</c>), a bare arXiv
/// id, a DOI (with or without <c>doi:</c>), or the BibTeX key our BibTeX writer exports (same rule,
/// <see cref="CitationKeyGenerator"/>); and the entry a seed-004 style <c>[Title](#)</c> names, by the
/// merge's title normalisation (equal, else bigram Dice ≥ 0.93 as merge does).
/// </summary>
public sealed class CitationResolver
{
    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Entry> _byTitle = new(StringComparer.Ordinal);
    private (int[] Bigrams, Entry Entry)[]? _bigrams;

    /// <summary>The merge's threshold for "very similar" titles (bigram Dice).</summary>
    public const double SimilarTitle = 0.93;

    /// <summary>Indexes the catalog's entries.</summary>
    public CitationResolver(IReadOnlyList<Entry> entries)
    {
        var keys = CitationKeyGenerator.Assign(entries);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            _byKey.TryAdd(e.Id, e);
            _byKey.TryAdd(keys[i], e);
            if (e.ArxivId is { } arxiv)
            {
                _byKey.TryAdd(arxiv.WithoutVersion().ToString(), e);
                _byKey.TryAdd(arxiv.ToString(), e);
            }
            if (e.Doi is { } doi) { _byKey.TryAdd(doi.Value, e); _byKey.TryAdd("doi:" + doi.Value, e); }
            foreach (var title in new[] { e.Title }.Concat(e.TitleAlt.Select(t => t.Text)))
            {
                var n = TitleNormalizer.Normalize(title);
                if (n.Length > 0) _byTitle.TryAdd(n, e);
                var bare = TitleNormalizer.NormalizeWithoutPrefix(title);
                if (bare.Length > 0) _byTitle.TryAdd(bare, e);
            }
        }
    }

    /// <summary>The entry a citation key names, or null.</summary>
    public Entry? ByKey(string key)
    {
        if (_byKey.TryGetValue(key, out var e)) return e;
        if (key.StartsWith("arxiv:", StringComparison.OrdinalIgnoreCase) && ArxivId.TryParse(key[6..], out var id)
            && _byKey.TryGetValue(id.WithoutVersion().ToString(), out e)) return e;
        var doiText = key.StartsWith("doi:", StringComparison.OrdinalIgnoreCase) ? key[4..] : key;
        if (Doi.TryParse(doiText, out var doi) && _byKey.TryGetValue(doi.Value, out e)) return e;
        return null;
    }

    /// <summary>The entry whose title (or alternative title) equals <paramref name="title"/> after normalisation, or null.</summary>
    public Entry? ByTitle(string title)
    {
        var n = TitleNormalizer.Normalize(title);
        if (n.Length == 0) return null;
        if (_byTitle.TryGetValue(n, out var e)) return e;
        var bare = TitleNormalizer.NormalizeWithoutPrefix(title);
        if (_byTitle.TryGetValue(bare, out e)) return e;
        // As merge does: a title differing by a plural or a hyphen ("language model" / "models") is the same work.
        if (n.Length < 16) return null;
        _bigrams ??= _byTitle.Select(t => (TitleNormalizer.Bigrams(t.Key), t.Value)).ToArray();
        var wanted = TitleNormalizer.Bigrams(n);
        var best = (Score: 0.0, Entry: (Entry?)null);
        foreach (var (bigrams, entry) in _bigrams)
        {
            var score = TitleNormalizer.Dice(wanted, bigrams);
            if (score > best.Score) best = (score, entry);
        }
        return best.Score >= SimilarTitle ? best.Entry : null;
    }

    /// <summary>The entry each item of a pandoc citation names (null when none).</summary>
    public IReadOnlyList<(CitationItem Item, Entry? Entry)> Resolve(CitationInline citation) =>
        citation.Items.Select(i => (i, ByKey(i.Key))).ToList();

    /// <summary>The title a seed-004 <c>[Title](#)</c> link gives, and the entries it names (see <see cref="ByTitles"/>).</summary>
    public (string Title, IReadOnlyList<Entry> Entries) ResolveTitle(Markdig.Syntax.Inlines.LinkInline link)
    {
        var title = HandbookMarkdown.PlainText(link);
        return (title, ByTitles(title));
    }

    /// <summary>
    /// The entries a <c>[Title](#)</c> link names: the whole text as one title, else its parts split at
    /// <c>,</c> <c>、</c> <c>;</c> when every part is a known title (seed 004 lists several titles in one link).
    /// </summary>
    public IReadOnlyList<Entry> ByTitles(string text)
    {
        if (ByTitle(text) is { } one) return [one];
        var parts = text.Split([',', '、', ';', '；', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return [];
        var found = parts.Select(ByTitle).ToList();
        return found.All(f => f is not null) ? found.Select(f => f!).ToList() : [];
    }
}
