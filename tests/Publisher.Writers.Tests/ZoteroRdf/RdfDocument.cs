using System.Xml.Linq;
using Publisher.Writers.ZoteroRdf;

namespace Publisher.Writers.Tests.ZoteroRdf;

/// <summary>A written Zotero RDF file parsed back with System.Xml, with the look-ups the tests need.</summary>
internal sealed class RdfDocument
{
    public static readonly XNamespace Rdf = ZoteroRdfNamespaces.Rdf, Z = ZoteroRdfNamespaces.Z, Dc = ZoteroRdfNamespaces.Dc,
        DcTerms = ZoteroRdfNamespaces.DcTerms, Bib = ZoteroRdfNamespaces.Bib, Foaf = ZoteroRdfNamespaces.Foaf,
        Link = ZoteroRdfNamespaces.Link, Prism = ZoteroRdfNamespaces.Prism, Schema = ZoteroRdfNamespaces.Schema;

    public RdfDocument(string xml)
    {
        Root = XDocument.Parse(xml).Root!;
        Nodes = Root.Elements().ToDictionary(e => (string)e.Attribute(Rdf + "about")!, e => e);
    }

    public XElement Root { get; }

    /// <summary>Top-level nodes by their <c>rdf:about</c>.</summary>
    public IReadOnlyDictionary<string, XElement> Nodes { get; }

    /// <summary>Regular items (not notes, attachments or collections), in file order.</summary>
    public IReadOnlyList<XElement> Items => Root.Elements()
        .Where(e => e.Element(Z + "itemType") is { } t && t.Value != "attachment").ToList();

    /// <summary>Collections, in file order.</summary>
    public IReadOnlyList<XElement> Collections => Root.Elements(Z + "Collection").ToList();

    /// <summary>The item whose title is <paramref name="title"/>.</summary>
    public XElement Item(string title) => Items.Single(i => i.Element(Dc + "title")?.Value == title);

    public static string About(XElement e) => (string)e.Attribute(Rdf + "about")!;

    public static IEnumerable<string> Resources(XElement e, XName property) =>
        e.Elements(property).Select(p => (string)p.Attribute(Rdf + "resource")!);

    /// <summary>The collection path (<c>微调 / 参数高效</c>) of every collection.</summary>
    public IReadOnlyDictionary<string, string> CollectionPaths()
    {
        var parentOf = new Dictionary<string, string>();
        foreach (var c in Collections)
            foreach (var child in Resources(c, DcTerms + "hasPart").Where(r => r.StartsWith("#collection_", StringComparison.Ordinal)))
                parentOf[child] = About(c);
        string PathOf(string id) =>
            parentOf.TryGetValue(id, out var parent) ? PathOf(parent) + " / " + Nodes[id].Element(Dc + "title")!.Value : Nodes[id].Element(Dc + "title")!.Value;
        return Collections.ToDictionary(About, c => PathOf(About(c)));
    }

    /// <summary>For each item id, the paths of the collections that list it.</summary>
    public IReadOnlyDictionary<string, List<string>> CollectionsOfItems()
    {
        var paths = CollectionPaths();
        var result = new Dictionary<string, List<string>>();
        foreach (var c in Collections)
            foreach (var r in Resources(c, DcTerms + "hasPart").Where(r => !r.StartsWith("#collection_", StringComparison.Ordinal)))
            {
                if (!result.TryGetValue(r, out var list)) result[r] = list = [];
                list.Add(paths[About(c)]);
            }
        return result;
    }

    /// <summary>Creators as "surname|given" in order, with the property that holds them.</summary>
    public static (string Property, List<string> Names) Creators(XElement item)
    {
        var holder = item.Elements().SingleOrDefault(e => e.Element(Rdf + "Seq") is not null);
        if (holder is null) return ("", []);
        var names = holder.Element(Rdf + "Seq")!.Elements(Rdf + "li")
            .Select(li => li.Element(Foaf + "Person")!)
            .Select(p => p.Element(Foaf + "surname")?.Value + "|" + p.Element(Foaf + "givenName")?.Value).ToList();
        var prefix = holder.Name.Namespace == Bib ? "bib:" : holder.Name.Namespace == Schema ? "so:" : holder.Name.NamespaceName + "#";
        return (prefix + holder.Name.LocalName, names);
    }
}
