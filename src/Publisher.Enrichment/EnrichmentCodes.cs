namespace Publisher.Enrichment;

/// <summary>Stable diagnostic codes of the enrichment stage (documented in docs/enrichment.md).</summary>
public static class EnrichmentCodes
{
    /// <summary>arXiv spells the title differently; arXiv's spelling was applied, the list's kept as an alternative title.</summary>
    public const string TitleDiffers = "PUB301";
    /// <summary>The list's authors differ from arXiv's; arXiv's were applied.</summary>
    public const string AuthorsDiffer = "PUB302";
    /// <summary>The list's year differs from arXiv's v1 date; arXiv's was applied.</summary>
    public const string DateDiffers = "PUB303";
    /// <summary>The list's DOI differs from arXiv's journal DOI; arXiv's was applied.</summary>
    public const string DoiDiffers = "PUB304";
    /// <summary>arXiv has no paper with this id.</summary>
    public const string IdNotFound = "PUB310";
    /// <summary>A title lookup was ambiguous or weak; see review.csv.</summary>
    public const string NeedsReview = "PUB311";
    /// <summary>A request failed after retries; the entries in it were not enriched.</summary>
    public const string FetchFailed = "PUB312";
    /// <summary>arXiv could not be reached; the rest of the run did not use the network.</summary>
    public const string Unreachable = "PUB313";
    /// <summary>arXiv answered with an error feed.</summary>
    public const string ErrorFeed = "PUB314";
    /// <summary>A title lookup found an arXiv id another entry already has (probably a duplicate).</summary>
    public const string DuplicateId = "PUB315";
    /// <summary>Offline and not in the cache: not enriched.</summary>
    public const string NotCached = "PUB316";
}
