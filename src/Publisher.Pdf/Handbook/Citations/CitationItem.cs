namespace Publisher.Pdf.Handbook.Citations;

/// <summary>One cited work inside a citation: <c>see @key, p. 3</c> gives prefix "see", key "key", locator "p. 3".</summary>
public sealed record CitationItem(string Key, string Prefix, string Locator);
