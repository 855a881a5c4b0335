namespace Publisher.Enrichment.Arxiv;

/// <summary>What the list knows about a work looked up by title.</summary>
/// <param name="Title">The title as the list wrote it.</param>
/// <param name="Year">The year the list gave, if any.</param>
/// <param name="AuthorFamilies">Family names the list gave (empty when unknown).</param>
public sealed record TitleQuery(string Title, int? Year, IReadOnlyList<string> AuthorFamilies);
