namespace Publisher.Cli.Configuration;

/// <summary>The <c>enrich</c> section of <c>publisher.json</c> (see docs/enrichment.md).</summary>
public sealed record EnrichConfig
{
    /// <summary>Whether <c>publisher build</c> runs this stage.</summary>
    public bool Enabled { get; init; } = true;
    /// <summary>Use the cache only; never contact arXiv.</summary>
    public bool Offline { get; init; }
    /// <summary>Base address of the arXiv API (default <c>https://export.arxiv.org</c>).</summary>
    public string ArxivUrl { get; init; } = "https://export.arxiv.org";
    /// <summary>Seconds between requests (default 3, arXiv's terms; 0–600).</summary>
    public double MinInterval { get; init; } = 3;
    /// <summary>Cache folder; relative paths are resolved against the config file. Default <c>&lt;output&gt;/cache/arxiv</c>.</summary>
    public string? Cache { get; init; }
    /// <summary>Days after which a cached answer is fetched again (default 30).</summary>
    public double CacheMaxAgeDays { get; init; } = 30;
    /// <summary>Retries per request (default 4; 0–10).</summary>
    public int MaxRetries { get; init; } = 4;
    /// <summary>Seconds allowed for one attempt (default 30).</summary>
    public double AttemptTimeout { get; init; } = 30;
    /// <summary>User-Agent sent to arXiv; arXiv asks clients to identify themselves (add a contact address).</summary>
    public string UserAgent { get; init; } = "Publisher/1.0 (reading-list catalog builder)";
}
