namespace Publisher.Pdf.Handbook;

/// <summary>One configured chapter: its title and the catalog topics it gathers (merges and renames).</summary>
/// <param name="Title">Chapter title as printed.</param>
/// <param name="Topics">Topics (full paths or first segments, case-insensitive) whose entries go here.</param>
public sealed record ChapterSpec(string Title, IReadOnlyList<string> Topics);
