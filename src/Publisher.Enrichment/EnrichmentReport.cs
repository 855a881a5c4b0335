using Publisher.Enrichment.Review;

namespace Publisher.Enrichment;

/// <summary>What an enrichment run did, for the summary line and for tests.</summary>
public sealed record EnrichmentReport
{
    /// <summary>Entries looked up by arXiv id.</summary>
    public int LookedUpById { get; init; }
    /// <summary>Entries looked up by title.</summary>
    public int LookedUpByTitle { get; init; }
    /// <summary>Entries that received arXiv data.</summary>
    public int Enriched { get; init; }
    /// <summary>Entries whose lookup completed without a match (not on arXiv, unknown id).</summary>
    public int Unmatched { get; init; }
    /// <summary>Title lookups left for a person to decide (also in review.csv).</summary>
    public IReadOnlyList<ReviewItem> Ambiguous { get; init; } = [];
    /// <summary>Entries not enriched because a request failed, arXiv was unreachable, or (offline) the cache had nothing.</summary>
    public IReadOnlyList<string> NotFetched { get; init; } = [];
    /// <summary>Lookups answered from the cache.</summary>
    public int CacheHits { get; init; }
    /// <summary>HTTP requests sent (retries included).</summary>
    public int Requests { get; init; }
    /// <summary>Retries among <see cref="Requests"/>.</summary>
    public int Retries { get; init; }
    /// <summary>True when arXiv answered, false when it could not be reached, null when it was not contacted.</summary>
    public bool? Reachable { get; init; }
    /// <summary>True when the run used the cache only.</summary>
    public bool Offline { get; init; }

    /// <summary>One line for people.</summary>
    public string Summary() =>
        $"by id {LookedUpById}, by title {LookedUpByTitle}; enriched {Enriched}, unmatched {Unmatched}, ambiguous {Ambiguous.Count}, not fetched {NotFetched.Count}; " +
        $"cache hits {CacheHits}, requests {Requests}, retries {Retries}; arXiv " +
        (Offline ? "not contacted (offline)" : Reachable switch { true => "reachable", false => "unreachable", null => "not needed" });
}
