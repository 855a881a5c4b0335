namespace Publisher.Enrichment.Arxiv;

/// <summary>The matcher's decision, the candidate applied (if any), the candidates worth showing and why.</summary>
public sealed record TitleMatch(TitleMatchKind Kind, ArxivFeedEntry? Match, IReadOnlyList<TitleCandidate> Candidates, string Reason);
