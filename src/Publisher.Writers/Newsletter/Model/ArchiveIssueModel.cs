namespace Publisher.Writers.Newsletter.Model;

/// <summary>One issue in the archive (<c>item.*</c> in <c>for item in archive.issues</c>).</summary>
public sealed record ArchiveIssueModel
{
    /// <summary>Issue number.</summary>
    public required int Number { get; init; }
    /// <summary>Issue number padded to three digits, as in the file name.</summary>
    public required string NumberPadded { get; init; }
    /// <summary>The issue date, ISO <c>yyyy-MM-dd</c>.</summary>
    public required string Date { get; init; }
    /// <summary>Template style the issue was written with.</summary>
    public required string Style { get; init; }
    /// <summary>File name of the issue's page (<c>issue-007.html</c>).</summary>
    public required string Url { get; init; }
    /// <summary>Number of entries recorded for the issue in the ledger.</summary>
    public required int EntryCount { get; init; }
    /// <summary>The issue's topic headings in order, HTML-escaped; an empty string stands for entries with no topic.</summary>
    public required IReadOnlyList<string> Topics { get; init; }
}
