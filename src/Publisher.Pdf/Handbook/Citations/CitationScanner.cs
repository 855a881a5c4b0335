using Markdig.Syntax.Inlines;
using Publisher.Model;

namespace Publisher.Pdf.Handbook.Citations;

/// <summary>
/// Lists the works Markdown chapters cite, in order of first citation (for numbering the bibliography before
/// layout). It walks the chapters as the renderer does, so exactly the citations drawn as links get numbers.
/// </summary>
internal sealed class CitationScanner : ChapterWalker<bool>
{
    private readonly Lazy<CitationResolver> _resolver;
    private readonly List<string> _order = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    private CitationScanner(Lazy<CitationResolver> resolver) => _resolver = resolver;

    /// <summary>Ids of the cited entries in order of first citation; unresolved keys are skipped (the renderer reports them).</summary>
    public static List<string> FirstCitations(IEnumerable<FrontMatterChapter> chapters, Lazy<CitationResolver> resolver)
    {
        var scanner = new CitationScanner(resolver);
        foreach (var chapter in chapters) scanner.WalkChapter(ParsedChapter.Of(chapter), false);
        return scanner._order;
    }

    /// <inheritdoc />
    protected override void Citation(CitationInline citation, bool state)
    {
        foreach (var (_, entry) in _resolver.Value.Resolve(citation)) Add(entry);
    }

    /// <inheritdoc />
    protected override void TitleCitation(LinkInline link, bool state)
    {
        foreach (var entry in _resolver.Value.ResolveTitle(link).Entries) Add(entry);
    }

    private void Add(Entry? entry)
    {
        if (entry is not null && _seen.Add(entry.Id)) _order.Add(entry.Id);
    }
}
