namespace Publisher.Writers.Newsletter.Model;

/// <summary>One entry as templates see it (<c>entry.*</c>). Text fields are Markdown-escaped; <c>*_raw</c> twins are not.</summary>
public sealed record EntryModel
{
    /// <summary>Catalog id (<c>arxiv:2401.00001</c>).</summary>
    public required string Id { get; init; }
    /// <summary>Position within its topic, from 1 (seed 000 restarts numbering per topic).</summary>
    public required int Number { get; init; }
    /// <summary>Position within the whole issue, from 1.</summary>
    public required int Index { get; init; }
    /// <summary>The work's own (English) title, escaped.</summary>
    public required string Title { get; init; }
    /// <summary>The title unescaped (for use outside Markdown, e.g. an HTML attribute you escape yourself).</summary>
    public required string TitleRaw { get; init; }
    /// <summary>The Chinese headline (first <c>zh</c> alternative title), escaped; falls back to <see cref="Title"/>.</summary>
    public required string Headline { get; init; }
    /// <summary>The headline unescaped.</summary>
    public required string HeadlineRaw { get; init; }
    /// <summary>True when the entry has a headline distinct from its title.</summary>
    public required bool HasHeadline { get; init; }
    /// <summary>The summary (Chinese list summary first, else any, else the arXiv abstract), escaped; empty when none.</summary>
    public required string Summary { get; init; }
    /// <summary>The summary unescaped.</summary>
    public required string SummaryRaw { get; init; }
    /// <summary>The first English summary or abstract (list summary before the arXiv abstract), escaped; empty when none.</summary>
    public required string SummaryEn { get; init; }
    /// <summary>Author display names, escaped.</summary>
    public required IReadOnlyList<string> Authors { get; init; }
    /// <summary>Authors joined with ", " (with "et al." when the list said so), escaped.</summary>
    public required string AuthorsText { get; init; }
    /// <summary>The date used for ordering, ISO (<c>2024-01-15</c>, <c>2024-01</c>, <c>2024</c>); empty when undated.</summary>
    public required string Date { get; init; }
    /// <summary>Year, or 0 when unknown.</summary>
    public required int Year { get; init; }
    /// <summary>Venue, escaped; empty when unknown.</summary>
    public required string Venue { get; init; }
    /// <summary>arXiv id without version (<c>2401.00001</c>); empty when none.</summary>
    public required string ArxivId { get; init; }
    /// <summary>The topic heading this entry is listed under, escaped.</summary>
    public required string Topic { get; init; }
    /// <summary>URL for <c>[paper]</c>: PDF link, else paper page, else arXiv PDF built from the id; empty when none.</summary>
    public required string PaperUrl { get; init; }
    /// <summary>First code link; empty when none.</summary>
    public required string CodeUrl { get; init; }
    /// <summary>First article link (the news post the headline links to); empty when none.</summary>
    public required string ArticleUrl { get; init; }
    /// <summary>First project page link; empty when none.</summary>
    public required string ProjectUrl { get; init; }
    /// <summary>URL the headline links to: article, else paper page, else <see cref="PaperUrl"/>; empty when none.</summary>
    public required string HeadlineUrl { get; init; }
    /// <summary>Every safe link in catalog order.</summary>
    public required IReadOnlyList<LinkModel> Links { get; init; }
    /// <summary>Free tags, escaped.</summary>
    public required IReadOnlyList<string> Tags { get; init; }
}
