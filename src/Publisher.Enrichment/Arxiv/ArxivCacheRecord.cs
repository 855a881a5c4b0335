namespace Publisher.Enrichment.Arxiv;

/// <summary>
/// One cache file: the answer to one lookup (an id, or a normalised title query) and when it was
/// fetched. Only complete answers are stored; an id arXiv does not have is stored with no entries.
/// </summary>
public sealed record ArxivCacheRecord
{
    /// <summary>Format marker, <c>publisher-arxiv-cache/1</c>.</summary>
    public string Schema { get; init; } = ArxivCache.Schema;
    /// <summary>The lookup key: a base id (<c>2401.00001</c>) or a normalised title.</summary>
    public required string Key { get; init; }
    /// <summary>When arXiv answered (UTC).</summary>
    public required DateTimeOffset FetchedAt { get; init; }
    /// <summary>The record for an id (zero or one entries), or the candidates for a title.</summary>
    public IReadOnlyList<ArxivFeedEntry> Entries { get; init; } = [];
}
