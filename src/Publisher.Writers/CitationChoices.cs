using Publisher.Model;

namespace Publisher.Writers;

/// <summary>Choices every citation format makes the same way: which summary is the abstract, which link is the entry's URL.</summary>
internal static class CitationChoices
{
    /// <summary>English abstract first, then any summary (a Chinese one only when nothing else exists).</summary>
    public static Summary? PreferredSummary(Entry e) =>
        e.Summaries.FirstOrDefault(s => s.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) ?? e.Summaries.FirstOrDefault();

    /// <summary>Link kinds, best first, for an entry's main URL; <paramref name="pdfAsUrl"/> lets a PDF stand in for a paper page.</summary>
    public static LinkKind[] PreferredLinkKinds(EntryKind kind, bool pdfAsUrl) => kind switch
    {
        EntryKind.Repository => [LinkKind.Code, LinkKind.Project, LinkKind.Web],
        EntryKind.Model => [LinkKind.Weights, LinkKind.Code, LinkKind.Project],
        EntryKind.Dataset => [LinkKind.Dataset, LinkKind.Project, LinkKind.Code],
        EntryKind.Article => [LinkKind.Article, LinkKind.Web],
        EntryKind.WebPage => [LinkKind.Web, LinkKind.Article, LinkKind.Project],
        _ => pdfAsUrl ? [LinkKind.Paper, LinkKind.Pdf] : [LinkKind.Paper],
    };
}
