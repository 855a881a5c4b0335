namespace Publisher.Enrichment.Arxiv;

/// <summary>A candidate with its score and whether the list's year and authors agree (null: the list did not say).</summary>
public sealed record TitleCandidate(ArxivFeedEntry Entry, double Score, bool? YearAgrees, bool? AuthorsAgree);
