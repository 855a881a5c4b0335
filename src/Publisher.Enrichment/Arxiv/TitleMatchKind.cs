namespace Publisher.Enrichment.Arxiv;

/// <summary>The outcome of matching a title against arXiv candidates.</summary>
public enum TitleMatchKind
{
    /// <summary>One candidate matched closely and nothing contradicted it: apply it.</summary>
    Matched,
    /// <summary>Close but not certain, or several equally close: a person should decide (review list).</summary>
    Ambiguous,
    /// <summary>No candidate is close: the work is probably not on arXiv.</summary>
    Unmatched,
}
