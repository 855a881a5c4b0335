namespace Publisher.Model;

/// <summary>What arXiv returned for an entry (the API's fields, cleaned), kept apart so provenance is clear.</summary>
public sealed record ArxivRecord
{
    /// <summary>The id with the version arXiv returned.</summary>
    public required ArxivId Id { get; init; }
    /// <summary>Title as arXiv spells it, whitespace collapsed.</summary>
    public required string Title { get; init; }
    /// <summary>Date of version 1.</summary>
    public DateOnly? Published { get; init; }
    /// <summary>Date of the returned version.</summary>
    public DateOnly? Updated { get; init; }
    /// <summary>Primary category (<c>cs.CL</c>).</summary>
    public string? PrimaryCategory { get; init; }
    /// <summary>All categories, primary first.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>The author comment (<c>15 pages, 5 figures</c>).</summary>
    public string? Comment { get; init; }
    /// <summary>Journal reference of the published version.</summary>
    public string? JournalRef { get; init; }
    /// <summary>When the record was fetched (UTC).</summary>
    public DateTimeOffset? FetchedAt { get; init; }
    /// <summary>How it was found: <c>id</c> or <c>title</c>.</summary>
    public string? MatchedBy { get; init; }
}
