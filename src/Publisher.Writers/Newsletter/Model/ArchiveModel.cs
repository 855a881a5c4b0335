namespace Publisher.Writers.Newsletter.Model;

/// <summary>The archive page (<c>index.html</c>) as <c>archive.scriban</c> sees it (<c>archive.*</c>).</summary>
public sealed record ArchiveModel
{
    /// <summary>Every issue in the ledger, newest first.</summary>
    public required IReadOnlyList<ArchiveIssueModel> Issues { get; init; }
    /// <summary>Number of issues.</summary>
    public required int IssueCount { get; init; }
    /// <summary><c>feed.xml</c>.</summary>
    public required string FeedUrl { get; init; }
}
