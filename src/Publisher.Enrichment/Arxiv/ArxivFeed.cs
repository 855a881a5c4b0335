namespace Publisher.Enrichment.Arxiv;

/// <summary>A parsed feed: its entries, or the message of an error feed.</summary>
/// <param name="Entries">Entries in feed order (empty for an unknown id).</param>
/// <param name="TotalResults"><c>opensearch:totalResults</c>, when present.</param>
/// <param name="Error">The summary of an error feed (one entry titled <c>Error</c>), else null.</param>
public sealed record ArxivFeed(IReadOnlyList<ArxivFeedEntry> Entries, int? TotalResults, string? Error = null)
{
    /// <summary>True for an error feed.</summary>
    public bool IsError => Error is not null;
}
