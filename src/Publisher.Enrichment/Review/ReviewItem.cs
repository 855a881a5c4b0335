namespace Publisher.Enrichment.Review;

/// <summary>An entry whose title lookup was not certain enough to apply, with the candidates.</summary>
/// <param name="EntryId">The catalog entry.</param>
/// <param name="Title">The title as the list wrote it.</param>
/// <param name="Year">The list's year, if any.</param>
/// <param name="Reason">Why it was not applied.</param>
/// <param name="Candidates">Candidates, best first.</param>
public sealed record ReviewItem(string EntryId, string Title, int? Year, string Reason, IReadOnlyList<ReviewCandidate> Candidates);
