using Publisher.Enrichment.Arxiv;

namespace Publisher.Enrichment;

/// <summary>How the enricher batches lookups and decides title matches.</summary>
public sealed record ArxivEnricherOptions
{
    /// <summary>Ids per <c>id_list</c> request (default 100; <c>max_results</c> is set to match).</summary>
    public int MaxIdsPerRequest { get; init; } = 100;
    /// <summary>Titles OR-ed into one search request (default 8).</summary>
    public int MaxTitlesPerRequest { get; init; } = 8;
    /// <summary>Longest search query before URL encoding (default 1,200 characters, well under URL limits).</summary>
    public int MaxQueryLength { get; init; } = 1200;
    /// <summary>Results asked per title in a search (default 10).</summary>
    public int ResultsPerTitle { get; init; } = 10;
    /// <summary>Shortest normalised title worth a search (default 12 characters: "GPT-4" is a name, not a title).</summary>
    public int MinTitleLength { get; init; } = 12;
    /// <summary>Use the cache only, never the network.</summary>
    public bool Offline { get; init; }
    /// <summary>Receives the run's progress (requests, matches, waits); null for none. Called on the enricher's thread.</summary>
    public IProgress<EnrichmentProgress>? Progress { get; init; }
    /// <summary>The title matcher and its thresholds.</summary>
    public TitleMatcher Matcher { get; init; } = new();
}
