namespace Publisher.Writers.Newsletter.Model;

/// <summary>
/// One issue's web page as <c>page.scriban</c> sees it (<c>page.*</c>). Everything here comes from the issue's
/// Markdown and its ledger record, so an old page can be rebuilt from the published files alone.
/// </summary>
public sealed record PageModel
{
    /// <summary>Issue number.</summary>
    public required int Number { get; init; }
    /// <summary>Issue number padded to three digits (<c>007</c>), as in the file name.</summary>
    public required string NumberPadded { get; init; }
    /// <summary>The issue date, ISO <c>yyyy-MM-dd</c> (from the ledger).</summary>
    public required string Date { get; init; }
    /// <summary>Template style the issue was written with.</summary>
    public required string Style { get; init; }
    /// <summary>Number of entries in the issue.</summary>
    public required int EntryCount { get; init; }
    /// <summary>The first heading as plain text, HTML-escaped (for <c>&lt;title&gt;</c>).</summary>
    public required string Title { get; init; }
    /// <summary>BCP 47 language of the issue: <c>zh</c> when it contains Chinese, else <c>en</c>.</summary>
    public required string Language { get; init; }
    /// <summary>The Markdown rendered to HTML (raw HTML disabled, unsafe links unclickable): insert as is.</summary>
    public required string Body { get; init; }
    /// <summary>File name of the previous issue's page (<c>issue-006.html</c>); empty for the first issue.</summary>
    public required string PreviousUrl { get; init; }
    /// <summary>Number of the previous issue, 0 when none.</summary>
    public required int PreviousNumber { get; init; }
    /// <summary>File name of the next issue's page; empty while this is the newest issue.</summary>
    public required string NextUrl { get; init; }
    /// <summary>Number of the next issue, 0 when none.</summary>
    public required int NextNumber { get; init; }
    /// <summary><c>index.html</c>, or empty when the template set has no <c>archive.scriban</c>.</summary>
    public required string ArchiveUrl { get; init; }
    /// <summary><c>feed.xml</c>.</summary>
    public required string FeedUrl { get; init; }
}
