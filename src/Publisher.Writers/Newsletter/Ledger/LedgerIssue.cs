namespace Publisher.Writers.Newsletter.Ledger;

/// <summary>One published issue in the ledger: what went in and with which parameters, so it can be regenerated.</summary>
public sealed record LedgerIssue
{
    /// <summary>Issue number (1, 2, …).</summary>
    public required int Number { get; init; }
    /// <summary>Issue date, ISO <c>yyyy-MM-dd</c>.</summary>
    public required string Date { get; init; }
    /// <summary>Template style the issue was rendered with.</summary>
    public required string Style { get; init; }
    /// <summary>Lower bound of the date window given, if any.</summary>
    public string? Since { get; init; }
    /// <summary>Upper bound of the date window given, if any.</summary>
    public string? Until { get; init; }
    /// <summary>Topic filter given, if any.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Maximum entry count given, if any.</summary>
    public int? Max { get; init; }
    /// <summary>Entry ids in the order they appear in the issue.</summary>
    public IReadOnlyList<string> Entries { get; init; } = [];
    /// <summary>SHA-256 (hex) of the Markdown written, to tell whether a regeneration reproduced it.</summary>
    public string? MarkdownSha256 { get; init; }
}
