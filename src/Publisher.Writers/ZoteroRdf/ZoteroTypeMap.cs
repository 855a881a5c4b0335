using Publisher.Model;

namespace Publisher.Writers.ZoteroRdf;

/// <summary>
/// The Zotero 7 item type of each entry, with the RDF class and creator property Zotero's "Zotero RDF" export uses for it:
/// <c>preprint</c> for papers known only as preprints, <c>conferencePaper</c>/<c>journalArticle</c> once published,
/// <c>computerProgram</c> for repositories and model weights, <c>dataset</c>, <c>blogPost</c> for articles about a work,
/// <c>webpage</c> for other pages.
/// </summary>
public static class ZoteroTypeMap
{
    private static readonly (string, string) Authors = ("bib", "authors");

    /// <summary>Preprint: Zotero writes it as a plain <c>rdf:Description</c>.</summary>
    public static ZoteroItemType Preprint { get; } = new("preprint", null, null, Authors);

    /// <summary>Journal article: a <c>bib:Article</c> inside a <c>bib:Journal</c>.</summary>
    public static ZoteroItemType JournalArticle { get; } = new("journalArticle", ("bib", "Article"), ("bib", "Journal"), Authors);

    /// <summary>Conference paper: no class of its own, inside a <c>bib:Journal</c> that holds the proceedings title.</summary>
    public static ZoteroItemType ConferencePaper { get; } = new("conferencePaper", null, ("bib", "Journal"), Authors);

    /// <summary>
    /// Computer program: a <c>bib:Data</c>. Its programmers go in <c>so:author</c>, the second place Zotero's import looks:
    /// Zotero's own <c>z:programmers</c> also lands in Extra as a stray field (an open Zotero bug), and older imports
    /// (the 2019 translators our CI runs) do not read <c>z:programmers</c> at all.
    /// </summary>
    public static ZoteroItemType ComputerProgram { get; } = new("computerProgram", ("bib", "Data"), null, ("so", "author"));

    /// <summary>Dataset (Zotero 7): a plain <c>rdf:Description</c>.</summary>
    public static ZoteroItemType Dataset { get; } = new("dataset", null, null, Authors);

    /// <summary>Blog post: a <c>bib:Document</c>.</summary>
    public static ZoteroItemType BlogPost { get; } = new("blogPost", ("bib", "Document"), null, Authors);

    /// <summary>Web page: a <c>bib:Document</c>.</summary>
    public static ZoteroItemType WebPage { get; } = new("webpage", ("bib", "Document"), null, Authors);

    /// <summary>The item type for an entry.</summary>
    public static ZoteroItemType Choose(Entry entry) => entry.Kind switch
    {
        EntryKind.Repository or EntryKind.Model => ComputerProgram,
        EntryKind.Dataset => Dataset,
        EntryKind.Article => BlogPost,
        EntryKind.WebPage => WebPage,
        _ => CitationChoices.PublishedVenue(entry) is { } venue
            ? CitationChoices.IsConferenceVenue(venue) ? ConferencePaper : JournalArticle
            : entry.Doi is { IsArxivDataCite: false } ? JournalArticle : Preprint,
    };
}
