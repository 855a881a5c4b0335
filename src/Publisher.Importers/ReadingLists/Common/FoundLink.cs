namespace Publisher.Importers.ReadingLists.Common;

/// <summary>A link found in Markdown or plain text: URL as written, its label, and its 1-based line.</summary>
public sealed record FoundLink(string Url, string Label, int Line);
