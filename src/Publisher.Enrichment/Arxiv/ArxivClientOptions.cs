using Publisher.Enrichment.Resilience;

namespace Publisher.Enrichment.Arxiv;

/// <summary>Where the arXiv API is and how to talk to it.</summary>
public sealed record ArxivClientOptions
{
    /// <summary>Default endpoint.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://export.arxiv.org");

    /// <summary>Base address of the API (default <c>https://export.arxiv.org</c>); <c>/api/query</c> is appended.</summary>
    public Uri BaseAddress { get; init; } = DefaultBaseAddress;
    /// <summary>User-Agent sent with every request; arXiv asks clients to say who they are.</summary>
    public string UserAgent { get; init; } = "Publisher/1.0 (reading-list catalog builder)";
    /// <summary>Retry, spacing, timeout and breaker settings.</summary>
    public ArxivResilienceOptions Resilience { get; init; } = new();
}
