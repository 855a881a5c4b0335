namespace Publisher.Writers.ZoteroRdf;

/// <summary>The RDF vocabularies of Zotero's own "Zotero RDF" export, with the prefixes it writes.</summary>
public static class ZoteroRdfNamespaces
{
    /// <summary>RDF syntax (<c>rdf:</c>).</summary>
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /// <summary>Zotero's own terms (<c>z:itemType</c>, <c>z:Collection</c>, <c>z:Attachment</c>).</summary>
    public const string Z = "http://www.zotero.org/namespaces/export#";
    /// <summary>Dublin Core elements (<c>dc:title</c>, <c>dc:subject</c>, <c>dc:identifier</c>).</summary>
    public const string Dc = "http://purl.org/dc/elements/1.1/";
    /// <summary>Dublin Core terms (<c>dcterms:hasPart</c>, <c>dcterms:abstract</c>, <c>dcterms:isReferencedBy</c>).</summary>
    public const string DcTerms = "http://purl.org/dc/terms/";
    /// <summary>The biblio vocabulary (<c>bib:authors</c>, <c>bib:Memo</c>, <c>bib:Journal</c>).</summary>
    public const string Bib = "http://purl.org/net/biblio#";
    /// <summary>FOAF (<c>foaf:Person</c>, <c>foaf:surname</c>).</summary>
    public const string Foaf = "http://xmlns.com/foaf/0.1/";
    /// <summary>RSS link module (<c>link:link</c> from an item to its attachments).</summary>
    public const string Link = "http://purl.org/rss/1.0/modules/link/";
    /// <summary>PRISM 1.2 (<c>prism:number</c>, the archive ID of a preprint).</summary>
    public const string Prism = "http://prismstandard.org/namespaces/1.2/basic/";

    /// <summary>
    /// schema.org (<c>so:author</c>): where Zotero's RDF import reads a computer program's programmers without the bug
    /// that copies <c>z:programmers</c> into Extra, and the only place its older releases look for them.
    /// </summary>
    public const string Schema = "http://schema.org/";

    /// <summary>Prefix and namespace pairs in the order they are declared on <c>rdf:RDF</c>.</summary>
    public static IReadOnlyList<(string Prefix, string Uri)> All { get; } =
    [
        ("rdf", Rdf), ("z", Z), ("dc", Dc), ("dcterms", DcTerms), ("bib", Bib), ("foaf", Foaf), ("link", Link), ("prism", Prism), ("so", Schema),
    ];
}
