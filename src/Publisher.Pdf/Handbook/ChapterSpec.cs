namespace Publisher.Pdf.Handbook;

/// <summary>One configured chapter: catalog topics it gathers (merges and renames), or a Markdown chapter.</summary>
/// <param name="Title">Chapter title as printed (a Markdown chapter takes its first <c>#</c> heading).</param>
/// <param name="Topics">Topics (full paths or first segments, case-insensitive) whose entries go here.</param>
public sealed record ChapterSpec(string Title, IReadOnlyList<string> Topics)
{
    /// <summary>The Markdown of a written chapter; null for a topic chapter.</summary>
    public FrontMatterChapter? Markdown { get; init; }

    /// <summary>A numbered chapter written in Markdown.</summary>
    public static ChapterSpec FromMarkdown(FrontMatterChapter chapter) => new(MarkdownTitle(chapter), []) { Markdown = chapter };

    /// <summary>
    /// The chapter's title as configured: its first top-level level-1 heading (ATX or setext) without a source
    /// number, else the file name without extension — the derivation the printed book uses. Citations in the
    /// title show as written here; the plan prints them as their numbers.
    /// </summary>
    public static string MarkdownTitle(FrontMatterChapter chapter) => ParsedChapter.Of(chapter).Title(null);
}
