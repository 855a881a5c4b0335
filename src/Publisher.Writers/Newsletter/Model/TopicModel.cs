namespace Publisher.Writers.Newsletter.Model;

/// <summary>A topic section as templates see it (<c>topic.*</c>).</summary>
public sealed record TopicModel
{
    /// <summary>Position of the section in the issue, from 1.</summary>
    public required int Number { get; init; }
    /// <summary>Heading text, escaped; empty for entries the catalog files under no topic (templates pick a fallback).</summary>
    public required string Name { get; init; }
    /// <summary>The heading unescaped.</summary>
    public required string NameRaw { get; init; }
    /// <summary>The HTML id Markdig gives a heading whose text is exactly <see cref="NameRaw"/> (GitHub style), for tables of contents.</summary>
    public required string Anchor { get; init; }
    /// <summary>Entries of this topic, numbered from 1.</summary>
    public required IReadOnlyList<EntryModel> Entries { get; init; }
}
