namespace Publisher.Writers.Newsletter.Model;

/// <summary>The whole issue as templates see it (<c>issue.*</c>).</summary>
public sealed record IssueModel
{
    /// <summary>Issue number.</summary>
    public required int Number { get; init; }
    /// <summary>Issue number padded to three digits (<c>007</c>), as in the file name.</summary>
    public required string NumberPadded { get; init; }
    /// <summary>The issue date, ISO <c>yyyy-MM-dd</c> (from the ledger when regenerating).</summary>
    public required string Date { get; init; }
    /// <summary>Template style name (<c>digest</c>, <c>weekly</c>).</summary>
    public required string Style { get; init; }
    /// <summary>Lower bound of the date window, ISO; empty when none.</summary>
    public required string Since { get; init; }
    /// <summary>Upper bound of the date window, ISO; empty when none.</summary>
    public required string Until { get; init; }
    /// <summary>Topic sections in order.</summary>
    public required IReadOnlyList<TopicModel> Topics { get; init; }
    /// <summary>Every entry of the issue, in order.</summary>
    public required IReadOnlyList<EntryModel> Entries { get; init; }
    /// <summary>Number of entries.</summary>
    public required int EntryCount { get; init; }
}
