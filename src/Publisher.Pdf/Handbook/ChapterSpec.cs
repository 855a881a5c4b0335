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

    /// <summary>The first level-1 ATX heading of the text, else the file name without extension.</summary>
    public static string MarkdownTitle(FrontMatterChapter chapter)
    {
        foreach (var line in chapter.Markdown.Split('\n'))
        {
            var t = line.TrimEnd('\r');
            if (t.StartsWith("# ", StringComparison.Ordinal)) return t[2..].Trim().TrimEnd('#').Trim();
        }
        return Path.GetFileNameWithoutExtension(chapter.Name);
    }
}
