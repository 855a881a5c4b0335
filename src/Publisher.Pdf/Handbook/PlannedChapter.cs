using Publisher.Model;

namespace Publisher.Pdf.Handbook;

/// <summary>A numbered chapter: its sections (the first may be untitled) and the source tables placed at its end; or a Markdown chapter.</summary>
public sealed record PlannedChapter(int Number, string Title, IReadOnlyList<PlannedSection> Sections, IReadOnlyList<SourceTable> Tables)
{
    /// <summary>Every entry of the chapter in print order.</summary>
    public IEnumerable<Entry> Entries => Sections.SelectMany(s => s.Entries);
    /// <summary>The chapter's Markdown when it is a written chapter; null for a topic chapter.</summary>
    public FrontMatterChapter? Markdown { get; init; }
}
