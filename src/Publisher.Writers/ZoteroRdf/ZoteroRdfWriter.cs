using System.Globalization;
using System.Text;
using System.Xml;
using Publisher.Model;
using Publisher.Model.IO;
using static Publisher.Writers.ZoteroRdf.ZoteroRdfNamespaces;

namespace Publisher.Writers.ZoteroRdf;

/// <summary>
/// Writes the catalog as Zotero RDF, the shape of Zotero's own "Zotero RDF" export, which Zotero re-imports with its
/// structure: one item per entry (Zotero 7 item type, creators in order, date, DOI, URL, abstract, extra, tags), a
/// child note (<c>bib:Memo</c>) per entry, linked-URL attachments (<c>z:Attachment</c>, link mode 3) for code, weights,
/// project and PDF links, and the topic tree as nested <c>z:Collection</c>s. Field map: <c>docs/citations-zotero.md</c>.
/// </summary>
public sealed class ZoteroRdfWriter : ICitationWriter
{
    // Zotero's "linked URL" attachment mode (Zotero.Attachments.LINK_MODE_LINKED_URL).
    private const string LinkModeLinkedUrl = "3";

    /// <inheritdoc />
    public string Name => "zotero-rdf";

    /// <inheritdoc />
    public string FileExtension => ".rdf";

    /// <inheritdoc />
    public void Write(Catalog catalog, TextWriter output, CitationWriterOptions options) =>
        StreamTextBridge.Write(output, s => Write(catalog, s, options));

    /// <summary>Writes the file atomically (temporary file, then rename).</summary>
    public void WriteFile(Catalog catalog, string path, CitationWriterOptions options) =>
        AtomicFile.Write(path, s => Write(catalog, s, options));

    /// <summary>Writes every entry, in catalog order, then the collections, as UTF-8 XML (no BOM) ending in a newline.</summary>
    public void Write(Catalog catalog, Stream output, CitationWriterOptions options)
    {
        var entries = catalog.Entries;
        var plans = Plan(entries);
        var tree = ZoteroCollectionTree.Build(entries);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "    ",
            NewLineChars = "\n",
            CloseOutput = false,
        };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rdf", "RDF", Rdf);
            foreach (var (prefix, uri) in ZoteroRdfNamespaces.All) xml.WriteAttributeString("xmlns", prefix, null, uri);
            for (var i = 0; i < entries.Count; i++)
            {
                WriteItem(xml, entries[i], plans[i], options);
                WriteNote(xml, entries[i], plans[i]);
                foreach (var (link, id) in plans[i].Attachments) WriteAttachment(xml, link, id);
            }
            foreach (var c in tree.All) WriteCollection(xml, c, plans);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        output.WriteByte((byte)'\n');
    }

    /// <summary>Resource ids and links of one entry, fixed before writing so that items can point at notes written after them.</summary>
    private sealed record ItemPlan(string ItemId, string NoteId, Link? Url, IReadOnlyList<(Link Link, string Id)> Attachments);

    // Ids count up in writing order (#item_1, #item_2 …), as in Zotero's own export, so two runs give identical files.
    private static ItemPlan[] Plan(IReadOnlyList<Entry> entries)
    {
        var plans = new ItemPlan[entries.Count];
        var next = 0;
        string NextId() => "#item_" + (++next).ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < entries.Count; i++)
        {
            var (primary, others) = CitationChoices.SplitLinks(entries[i], pdfAsUrl: false);
            var itemId = NextId();
            var noteId = NextId();
            plans[i] = new ItemPlan(itemId, noteId, primary, others.Select(l => (l, NextId())).ToList());
        }
        return plans;
    }

    private static void WriteItem(XmlWriter xml, Entry e, ItemPlan plan, CitationWriterOptions options)
    {
        var type = ZoteroTypeMap.Choose(e);
        if (type.NodeClass is { } cls) xml.WriteStartElement(cls.Prefix, cls.Local, NamespaceOf(cls.Prefix));
        else xml.WriteStartElement("rdf", "Description", Rdf);
        xml.WriteAttributeString("rdf", "about", Rdf, plan.ItemId);
        Literal(xml, "z", "itemType", type.Name);

        var venue = CitationChoices.PublishedVenue(e);
        var doi = CitationChoices.DoiOf(e);
        if (type.Container is { } container)
        {
            // Zotero keeps the publication title and the DOI on the container node.
            xml.WriteStartElement("dcterms", "isPartOf", DcTerms);
            xml.WriteStartElement(container.Prefix, container.Local, NamespaceOf(container.Prefix));
            if (venue is not null) Literal(xml, "dc", "title", venue);
            if (doi is not null) Literal(xml, "dc", "identifier", "DOI " + doi);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        if (type == ZoteroTypeMap.Preprint && e.ArxivId is not null)
        {
            // A preprint's repository is Zotero's publisher field.
            xml.WriteStartElement("dc", "publisher", Dc);
            xml.WriteStartElement("foaf", "Organization", Foaf);
            Literal(xml, "foaf", "name", "arXiv");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        WriteCreators(xml, e, type);
        xml.WriteStartElement("dcterms", "isReferencedBy", DcTerms);
        xml.WriteAttributeString("rdf", "resource", Rdf, plan.NoteId);
        xml.WriteEndElement();
        foreach (var (_, id) in plan.Attachments)
        {
            xml.WriteStartElement("link", "link", ZoteroRdfNamespaces.Link);
            xml.WriteAttributeString("rdf", "resource", Rdf, id);
            xml.WriteEndElement();
        }
        foreach (var k in CitationChoices.Keywords(e)) Literal(xml, "dc", "subject", k);
        // arXiv's categories are tags Zotero's own arXiv import adds too; marked automatic, as Zotero marks them.
        foreach (var category in e.Arxiv?.Categories ?? [])
        {
            if (string.IsNullOrWhiteSpace(category)) continue;
            xml.WriteStartElement("dc", "subject", Dc);
            xml.WriteStartElement("z", "AutomaticTag", Z);
            Literal(xml, "rdf", "value", category);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        var title = e.TitleOrAlt;
        Literal(xml, "dc", "title", title);
        if (type.Container is null && doi is not null && HasDoiField(type))
            Literal(xml, "dc", "identifier", "DOI " + doi);
        if (plan.Url is { } url)
        {
            xml.WriteStartElement("dc", "identifier", Dc);
            xml.WriteStartElement("dcterms", "URI", DcTerms);
            Literal(xml, "rdf", "value", url.Url);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        if (CitationChoices.EffectiveDate(e) is { } date) Literal(xml, "dc", "date", date.ToString());
        if (type == ZoteroTypeMap.Preprint && e.ArxivId is { } archiveId) Literal(xml, "prism", "number", "arXiv:" + archiveId.Base);
        if (CitationChoices.WritesAbstract(options, onByDefault: true) && CitationChoices.EnglishAbstract(e) is { } abs)
            Literal(xml, "dcterms", "abstract", abs);
        if (Extra(e, type) is { Length: > 0 } extra) Literal(xml, "dc", "description", extra);
        if (CjkText.ContainsIdeograph(title)) Literal(xml, "z", "language", "zh");
        xml.WriteEndElement();
    }

    // Extra keeps what has no field of its own: the arXiv id of a published paper (Zotero's "arXiv: <id>" convention)
    // and the DOI of a type without a DOI field ("DOI: <doi>", which Zotero reads back as the DOI where the type has one).
    private static string Extra(Entry e, ZoteroItemType type)
    {
        var lines = new List<string>();
        if (type != ZoteroTypeMap.Preprint && e.ArxivId is { } id) lines.Add("arXiv: " + id.Base);
        if (!HasDoiField(type) && CitationChoices.DoiOf(e) is { } doi) lines.Add("DOI: " + doi);
        return string.Join("\n", lines);
    }

    // Zotero 7's web page, blog post and computer program have no DOI field.
    private static bool HasDoiField(ZoteroItemType type) =>
        type != ZoteroTypeMap.ComputerProgram && type != ZoteroTypeMap.WebPage && type != ZoteroTypeMap.BlogPost;

    private static void WriteCreators(XmlWriter xml, Entry e, ZoteroItemType type)
    {
        var persons = e.Authors.Where(a => !a.IsOthers && !string.IsNullOrWhiteSpace(a.Family ?? a.Literal ?? a.DisplayName)).ToList();
        if (persons.Count == 0) return;
        xml.WriteStartElement(type.CreatorProperty.Prefix, type.CreatorProperty.Local, NamespaceOf(type.CreatorProperty.Prefix));
        xml.WriteStartElement("rdf", "Seq", Rdf);
        foreach (var p in persons)
        {
            xml.WriteStartElement("rdf", "li", Rdf);
            xml.WriteStartElement("foaf", "Person", Foaf);
            if (string.IsNullOrWhiteSpace(p.Family))
            {
                // One-field name (organisation, CJK name kept whole): a surname without a given name, as Zotero writes it.
                Literal(xml, "foaf", "surname", p.Literal ?? p.DisplayName);
            }
            else
            {
                Literal(xml, "foaf", "surname", p.FamilyWithParticle);
                var given = p.Suffix is null ? p.Given : string.IsNullOrWhiteSpace(p.Given) ? p.Suffix : $"{p.Given}, {p.Suffix}";
                if (!string.IsNullOrWhiteSpace(given)) Literal(xml, "foaf", "givenName", given);
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteNote(XmlWriter xml, Entry e, ItemPlan plan)
    {
        xml.WriteStartElement("bib", "Memo", Bib);
        xml.WriteAttributeString("rdf", "about", Rdf, plan.NoteId);
        Literal(xml, "rdf", "value", ZoteroNote.Html(e));
        xml.WriteEndElement();
    }

    private static void WriteAttachment(XmlWriter xml, Link link, string id)
    {
        xml.WriteStartElement("z", "Attachment", Z);
        xml.WriteAttributeString("rdf", "about", Rdf, id);
        Literal(xml, "z", "itemType", "attachment");
        Literal(xml, "dc", "title", AttachmentTitle(link));
        xml.WriteStartElement("dc", "identifier", Dc);
        xml.WriteStartElement("dcterms", "URI", DcTerms);
        Literal(xml, "rdf", "value", link.Url);
        xml.WriteEndElement();
        xml.WriteEndElement();
        Literal(xml, "z", "linkMode", LinkModeLinkedUrl);
        if (link.Kind == LinkKind.Pdf) Literal(xml, "link", "type", "application/pdf");
        xml.WriteEndElement();
    }

    /// <summary>The title of a linked-URL attachment: what the link is (<c>Code</c>), with the source's label when it says more.</summary>
    public static string AttachmentTitle(Link link)
    {
        var what = link.Kind switch
        {
            LinkKind.Code => "Code",
            LinkKind.Weights => "Model weights",
            LinkKind.Dataset => "Dataset",
            LinkKind.Project => "Project page",
            LinkKind.Pdf => "PDF",
            LinkKind.Article => "Article",
            LinkKind.Paper => "Paper",
            _ => "Web page",
        };
        var label = link.Label?.Trim();
        return string.IsNullOrEmpty(label) || label.Equals(what, StringComparison.OrdinalIgnoreCase) || label.Equals(link.Kind.ToString(), StringComparison.OrdinalIgnoreCase)
            ? what
            : $"{what} ({label})";
    }

    private static void WriteCollection(XmlWriter xml, ZoteroCollection c, ItemPlan[] plans)
    {
        xml.WriteStartElement("z", "Collection", Z);
        xml.WriteAttributeString("rdf", "about", Rdf, c.ResourceId);
        Literal(xml, "dc", "title", c.Name);
        foreach (var child in c.Children) HasPart(xml, child.ResourceId);
        foreach (var i in c.Entries) HasPart(xml, plans[i].ItemId);
        xml.WriteEndElement();
    }

    private static void HasPart(XmlWriter xml, string id)
    {
        xml.WriteStartElement("dcterms", "hasPart", DcTerms);
        xml.WriteAttributeString("rdf", "resource", Rdf, id);
        xml.WriteEndElement();
    }

    private static void Literal(XmlWriter xml, string prefix, string local, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        xml.WriteElementString(prefix, local, NamespaceOf(prefix), XmlSafeText.Clean(value.Trim()));
    }

    private static string NamespaceOf(string prefix) => ZoteroRdfNamespaces.All.First(n => n.Prefix == prefix).Uri;
}
