namespace Publisher.Importers.Csv;

/// <summary>
/// The column names the CSV importer understands: ours (as <c>publisher export --format csv</c> writes them)
/// and the common spellings of other tools, Zotero's CSV export in particular, mapped onto ours.
/// </summary>
public static class CsvColumns
{
    /// <summary>Our column names, in the order the CSV writer writes them.</summary>
    public static readonly IReadOnlyList<string> Ours =
    [
        "id", "kind", "title", "title_zh", "title_alt", "authors", "year", "date", "venue", "arxiv_id", "doi",
        "links", "topics", "tags", "summary_zh", "summary_en", "sources",
    ];

    /// <summary>Other names (normalised: lower case, <c>_</c> for spaces and hyphens) and the column they mean.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["item_type"] = "kind", ["type"] = "kind",
        ["author"] = "authors", ["creators"] = "authors",
        ["publication_year"] = "year",
        ["publication_title"] = "venue", ["conference_name"] = "venue", ["journal"] = "venue", ["booktitle"] = "venue", ["container_title"] = "venue",
        ["arxiv"] = "arxiv_id", ["arxivid"] = "arxiv_id", ["eprint"] = "arxiv_id",
        ["url"] = "url", ["link"] = "url",
        ["topic"] = "topics", ["section"] = "topics",
        ["keywords"] = "tags", ["manual_tags"] = "tags", ["tag"] = "tags",
        ["abstract"] = "summary_en", ["abstract_note"] = "summary_en", ["summary"] = "summary_en",
        ["source"] = "sources",
    };

    /// <summary>The canonical column a header cell names, or null when it is not one we read.</summary>
    public static string? Canonical(string header)
    {
        var n = Normalize(header);
        if (Ours.Contains(n)) return n;
        return Aliases.TryGetValue(n, out var c) ? c : null;
    }

    /// <summary>Lower case, trimmed, spaces and hyphens as underscores; a BOM or quotes around it removed.</summary>
    public static string Normalize(string header) =>
        header.Trim().Trim('\uFEFF', '"', '\'').Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}
