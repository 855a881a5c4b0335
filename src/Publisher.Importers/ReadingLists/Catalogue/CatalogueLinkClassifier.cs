using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Catalogue;

/// <summary>Types a project-catalogue link by its host and path, and derives the entry kind from the links.</summary>
public static class CatalogueLinkClassifier
{
    /// <summary>
    /// The shared <see cref="Common.LinkClassifier"/> rules; in a project catalogue a page that is
    /// nothing more specific is the project's own page.
    /// </summary>
    public static LinkKind Classify(string url)
    {
        var kind = Common.LinkClassifier.Classify(url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url);
        return kind == LinkKind.Web ? LinkKind.Project : kind;
    }

    /// <summary>Code makes a repository, else weights a model, a data set card a data set, a paper a preprint, articles an article.</summary>
    public static EntryKind KindFor(IReadOnlyCollection<Link> links)
    {
        bool Has(LinkKind k) => links.Any(l => l.Kind == k);
        if (Has(LinkKind.Code)) return EntryKind.Repository;
        if (Has(LinkKind.Weights)) return EntryKind.Model;
        if (Has(LinkKind.Dataset)) return EntryKind.Dataset;
        if (Has(LinkKind.Paper) || Has(LinkKind.Pdf)) return EntryKind.Preprint;
        if (links.Count > 0 && links.All(l => l.Kind == LinkKind.Article)) return EntryKind.Article;
        return EntryKind.WebPage;
    }
}
