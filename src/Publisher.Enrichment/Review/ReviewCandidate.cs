namespace Publisher.Enrichment.Review;

/// <summary>One arXiv record offered for a person to check.</summary>
/// <param name="ArxivId">Id with version.</param>
/// <param name="Title">arXiv's title.</param>
/// <param name="Year">Year of v1.</param>
/// <param name="Authors">Authors joined by <c>; </c>.</param>
/// <param name="Similarity">Title similarity in [0,1].</param>
public sealed record ReviewCandidate(string ArxivId, string Title, int? Year, string Authors, double Similarity);
