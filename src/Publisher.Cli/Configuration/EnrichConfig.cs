namespace Publisher.Cli.Configuration;

/// <summary>The <c>enrich</c> section of <c>publisher.json</c>.</summary>
public sealed record EnrichConfig
{
    /// <summary>Whether <c>publisher build</c> runs this stage.</summary>
    public bool Enabled { get; init; } = true;
    /// <summary>Use the cache only; never contact arXiv.</summary>
    public bool Offline { get; init; }
}
