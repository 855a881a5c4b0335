using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

/// <summary>What the handbook contains and how it looks. Every property has a usable default.</summary>
public sealed record HandbookOptions
{
    /// <summary>Book title (cover, running header, PDF metadata). Default "Research Handbook".</summary>
    public string Title { get; init; } = "Research Handbook";
    /// <summary>Subtitle on the cover.</summary>
    public string? Subtitle { get; init; }
    /// <summary>Edition line on the cover (e.g. "2026-11 edition"); default: the date of <see cref="Created"/>.</summary>
    public string? Edition { get; init; }
    /// <summary>Author or editor for the PDF metadata.</summary>
    public string? Author { get; init; }
    /// <summary>Creation date (cover and metadata); fixed for reproducible output. Default: now.</summary>
    public DateTimeOffset? Created { get; init; }
    /// <summary>Page size and margins (A4 by default).</summary>
    public PageSetup Page { get; init; } = new();
    /// <summary>Body text size in points (default 9.5).</summary>
    public float BodySize { get; init; } = 9.5f;
    /// <summary>Configured chapters in order (topic chapters and Markdown chapters); empty means one chapter per top-level topic, in source order.</summary>
    public IReadOnlyList<ChapterSpec> Chapters { get; init; } = [];
    /// <summary>Whether topics not named in <see cref="Chapters"/> still become chapters (after the configured ones). Default true.</summary>
    public bool IncludeUnmappedTopics { get; init; } = true;
    /// <summary>Title of the chapter for entries without any topic. Default "Other".</summary>
    public string OtherChapterTitle { get; init; } = "Other";
    /// <summary>Markdown chapters placed before the catalog chapters.</summary>
    public IReadOnlyList<FrontMatterChapter> FrontMatter { get; init; } = [];
    /// <summary>Whether to print the numbered bibliography. Default true.</summary>
    public bool Bibliography { get; init; } = true;
    /// <summary>Whether to print the author index. Default true.</summary>
    public bool AuthorIndex { get; init; } = true;
    /// <summary>Heading levels below a chapter listed in the contents (1: sections, 2: subsections …). Default 2; bookmarks always hold every numbered heading.</summary>
    public int ContentsDepth { get; init; } = 2;
    /// <summary>Whether to print the statistics chapter (works per year, topic, venue, arXiv category). Default true.</summary>
    public bool Statistics { get; init; } = true;
    /// <summary>Bibliography numbering. Default: order of first citation.</summary>
    public BibliographyOrder BibliographyOrder { get; init; } = BibliographyOrder.FirstCitation;
    /// <summary>The TeX typesetter; null uses the process-wide one (MathJax loads once per process).</summary>
    public Publisher.Pdf.Formulas.MathTypesetter? Math { get; init; }
    /// <summary>Hears of every page laid out, then every page written (on the rendering thread); null reports nothing.</summary>
    public IProgress<RenderProgress>? Progress { get; init; }
}
