using Publisher.Pdf.Handbook;
using Publisher.Pdf.Layout;

namespace Publisher.Cli.Configuration;

/// <summary>The <c>handbook</c> section of <c>publisher.json</c> (see docs/handbook.md).</summary>
public sealed record HandbookConfig
{
    /// <summary>Whether <c>publisher build</c> runs this stage.</summary>
    public bool Enabled { get; init; } = true;
    /// <summary>Output file, relative to the output folder (default <c>handbook.pdf</c>).</summary>
    public string File { get; init; } = "handbook.pdf";
    /// <summary>Book title.</summary>
    public string Title { get; init; } = "Research Handbook";
    /// <summary>Subtitle on the cover.</summary>
    public string? Subtitle { get; init; }
    /// <summary>Edition line on the cover (default: the build date).</summary>
    public string? Edition { get; init; }
    /// <summary>Author/editor for the PDF metadata.</summary>
    public string? Author { get; init; }
    /// <summary>Page size: <c>A4</c> (default), <c>A5</c> or <c>Letter</c>.</summary>
    public string PageSize { get; init; } = "A4";
    /// <summary>Margins in millimetres (top, right, bottom, left); null keeps the page size's defaults.</summary>
    public MarginsConfig? Margins { get; init; }
    /// <summary>Body text size in points (default 9.5; 7–14).</summary>
    public float FontSize { get; init; } = 9.5f;
    /// <summary>Chapters in order: Markdown files or globs (strings) and topic chapters (objects gathering topics: merges, renames); empty: one chapter per topic.</summary>
    public IReadOnlyList<ChapterConfig> Chapters { get; init; } = [];
    /// <summary>Whether topics not listed in <see cref="Chapters"/> still get chapters (default true).</summary>
    public bool IncludeOtherTopics { get; init; } = true;
    /// <summary>Title of the chapter for entries without topic (default "Other").</summary>
    public string OtherChapterTitle { get; init; } = "Other";
    /// <summary>Markdown files rendered as chapters before the catalog chapters.</summary>
    public IReadOnlyList<string> FrontMatter { get; init; } = [];
    /// <summary>Whether to print the bibliography (default true).</summary>
    public bool Bibliography { get; init; } = true;
    /// <summary>Whether to print the author index (default true).</summary>
    public bool AuthorIndex { get; init; } = true;
    /// <summary>Heading levels below a chapter listed in the contents (default 2; 0 lists chapters only).</summary>
    public int ContentsDepth { get; init; } = 2;
    /// <summary>Whether to print the statistics chapter (default true).</summary>
    public bool Statistics { get; init; } = true;
    /// <summary>Bibliography numbering: <c>firstCitation</c> (default) or <c>author</c>.</summary>
    public string BibliographyOrder { get; init; } = "firstCitation";

    /// <summary>Page margins in millimetres.</summary>
    public sealed record MarginsConfig(float Top, float Right, float Bottom, float Left);

    /// <summary>One chapter: title and the topics (full paths or first segments) it gathers; or a Markdown file/glob.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(ChapterConfigJsonConverter))]
    public sealed record ChapterConfig(string Title, IReadOnlyList<string> Topics)
    {
        /// <summary>A Markdown file or glob (relative to the config file) whose files become numbered chapters here; null for a topic chapter.</summary>
        public string? Markdown { get; init; }
    }

    /// <summary>The Markdown chapter files the configuration names (globs expanded), resolved with <paramref name="resolve"/>.</summary>
    public IReadOnlyList<string> MarkdownChapterFiles(Func<string, string> resolve) =>
        Chapters.Where(c => c.Markdown is not null).SelectMany(c => MarkdownFiles.Expand(resolve(c.Markdown!))).ToList();

    /// <summary>Builds the renderer's options; relative front-matter paths are resolved with <paramref name="resolve"/>. Throws <see cref="ConfigException"/>.</summary>
    public HandbookOptions ToOptions(Func<string, string> resolve, DateTimeOffset now)
    {
        var page = PageSetup.Named(PageSize) ?? throw new ConfigException($"handbook.pageSize: '{PageSize}' is not A4, A5 or Letter");
        if (Margins is { } m)
        {
            const float mm = 72f / 25.4f;
            if (new[] { m.Top, m.Right, m.Bottom, m.Left }.Any(v => v is < 5 or > 60)) throw new ConfigException("handbook.margins: each margin must be 5–60 mm");
            page = page with { MarginTop = m.Top * mm, MarginRight = m.Right * mm, MarginBottom = m.Bottom * mm, MarginLeft = m.Left * mm };
        }
        if (FontSize is < 7 or > 14) throw new ConfigException($"handbook.fontSize: {FontSize} is outside 7–14 pt");
        if (ContentsDepth is < 0 or > 8) throw new ConfigException($"handbook.contentsDepth: {ContentsDepth} is outside 0–8");
        var order = BibliographyOrder.ToLowerInvariant() switch
        {
            "firstcitation" => Pdf.Handbook.BibliographyOrder.FirstCitation,
            "author" => Pdf.Handbook.BibliographyOrder.Author,
            _ => throw new ConfigException($"handbook.bibliographyOrder: '{BibliographyOrder}' is not firstCitation or author"),
        };
        var front = new List<FrontMatterChapter>();
        foreach (var file in FrontMatter)
        {
            var path = resolve(file);
            if (!System.IO.File.Exists(path)) throw new ConfigException($"handbook.frontMatter: {path} not found");
            front.Add(ReadChapter(file, path));
        }
        var chapters = new List<ChapterSpec>();
        foreach (var chapter in Chapters)
        {
            if (chapter.Markdown is null) { chapters.Add(new ChapterSpec(chapter.Title, chapter.Topics)); continue; }
            var files = MarkdownFiles.Expand(resolve(chapter.Markdown));
            if (files.Count == 0) throw new ConfigException($"handbook.chapters: '{chapter.Markdown}' matches no file");
            chapters.AddRange(files.Select(f => ChapterSpec.FromMarkdown(ReadChapter(Path.GetRelativePath(resolve("."), f).Replace('\\', '/'), f))));
        }
        return new HandbookOptions
        {
            Title = Title,
            Subtitle = Subtitle,
            Edition = Edition,
            Author = Author,
            Created = now,
            Page = page,
            BodySize = FontSize,
            Chapters = chapters,
            IncludeUnmappedTopics = IncludeOtherTopics,
            OtherChapterTitle = OtherChapterTitle,
            FrontMatter = front,
            Bibliography = Bibliography,
            AuthorIndex = AuthorIndex,
            ContentsDepth = ContentsDepth,
            Statistics = Statistics,
            BibliographyOrder = order,
        };
    }

    // The name as the user wrote it appears in diagnostics (file:line); images are relative to the file's folder.
    private static FrontMatterChapter ReadChapter(string name, string path) =>
        new(name, System.IO.File.ReadAllText(path)) { BaseDirectory = Path.GetDirectoryName(path) };
}
