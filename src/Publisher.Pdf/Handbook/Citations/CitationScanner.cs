using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Model;

namespace Publisher.Pdf.Handbook.Citations;

/// <summary>Lists the works Markdown chapters cite, in order of first citation (for numbering the bibliography before layout).</summary>
internal static class CitationScanner
{
    /// <summary>Ids of the cited entries in order of first citation; unresolved keys are skipped (the renderer reports them).</summary>
    public static List<string> FirstCitations(IEnumerable<FrontMatterChapter> chapters, CitationResolver resolver)
    {
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(Entry? e) { if (e is not null && seen.Add(e.Id)) order.Add(e.Id); }
        foreach (var chapter in chapters)
            foreach (var node in Markdown.Parse(chapter.Markdown, HandbookMarkdown.Pipeline).Descendants())
                switch (node)
                {
                    case CitationInline citation:
                        foreach (var item in citation.Items) Add(resolver.ByKey(item.Key));
                        break;
                    case LinkInline { IsImage: false } link when HandbookMarkdown.IsTitleCitation(link):
                        foreach (var e in resolver.ByTitles(HandbookMarkdown.PlainText(link))) Add(e);
                        break;
                }
        return order;
    }
}
