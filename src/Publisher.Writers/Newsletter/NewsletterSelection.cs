namespace Publisher.Writers.Newsletter;

/// <summary>Which entries an issue takes from the catalog; recorded in the ledger so the issue can be regenerated.</summary>
public sealed record NewsletterSelection
{
    /// <summary>Only entries dated on or after this day (undated entries are then left out).</summary>
    public DateOnly? Since { get; init; }
    /// <summary>Only entries dated on or before this day (undated entries are then left out).</summary>
    public DateOnly? Until { get; init; }
    /// <summary>Only entries filed under one of these topics (a full path or any one segment, case-insensitive); empty for all.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>At most this many entries; null for no limit.</summary>
    public int? Max { get; init; }
}
