using Publisher.Model;

namespace Publisher.Pdf.Handbook;

/// <summary>The book's structure before layout: chapters, sections, entries in print order and their bibliography numbers.</summary>
public sealed record HandbookPlan(IReadOnlyList<PlannedChapter> Chapters, IReadOnlyDictionary<string, int> ReferenceNumbers)
{
    /// <summary>Every entry in print order.</summary>
    public IEnumerable<Entry> Entries => Chapters.SelectMany(c => c.Entries);
    /// <summary>The bibliography in number order: printed entries and works cited by the Markdown chapters.</summary>
    public IReadOnlyList<Entry> Bibliography { get; init; } = [];
    /// <summary>Ids of the works the Markdown chapters cite, in order of first citation.</summary>
    public IReadOnlyList<string> Cited { get; init; } = [];
    /// <summary>
    /// The catalog's citation keys and titles, built once when a Markdown chapter first needs them: the planner's
    /// scan and the renderer share it, and a book without Markdown chapters never builds it.
    /// </summary>
    internal Lazy<Citations.CitationResolver>? Resolver { get; init; }
}
