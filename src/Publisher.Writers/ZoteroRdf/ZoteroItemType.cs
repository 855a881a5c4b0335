namespace Publisher.Writers.ZoteroRdf;

/// <summary>How one entry is written as a Zotero item.</summary>
/// <param name="Name">Zotero 7 item type (<c>preprint</c>, <c>conferencePaper</c>, <c>computerProgram</c>…), written as <c>z:itemType</c>.</param>
/// <param name="NodeClass">The <c>rdf:type</c> Zotero gives the type, as <c>(prefix, local name)</c>, or null for a plain <c>rdf:Description</c>.</param>
/// <param name="Container">The class of the container node that carries the venue and DOI (<c>bib:Journal</c>), or null.</param>
/// <param name="CreatorProperty">Where the creators go: <c>bib:authors</c>, or <c>so:author</c> for a computer program's programmers.</param>
public sealed record ZoteroItemType(string Name, (string Prefix, string Local)? NodeClass, (string Prefix, string Local)? Container, (string Prefix, string Local) CreatorProperty);
