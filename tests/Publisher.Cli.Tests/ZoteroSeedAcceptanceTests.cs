using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publisher.Enrichment.Tests.Support;
using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Testing;
using Publisher.Writers;
using Publisher.Writers.Tests.BibTeX;
using Publisher.Writers.Tests.ZoteroRdf;
using Xunit.Abstractions;

namespace Publisher.Cli.Tests;

/// <summary>
/// Issue 13's acceptance run, through the real CLI: the five seeds imported, enriched against a loopback fake arXiv that
/// answers every seed id with a SYNTHETIC record (invented authors and abstract, never the paper's), exported as RIS,
/// BibTeX, CSL-JSON and Zotero RDF, and each file imported by Zotero's own translators (tests/tools/zotero). The 2019
/// translator bundle ignores collections and predates the preprint type, so item types and the collection tree are
/// read from the RDF itself.
/// </summary>
public partial class ZoteroSeedAcceptanceTests(ITestOutputHelper output)
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Z = "http://www.zotero.org/namespaces/export#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace ArxivNs = "http://arxiv.org/schemas/atom";
    private static readonly string[] SyntheticAuthors = ["Ada Fictitia", "Bram Placeholder", "Cyra Inventa"];

    [Fact]
    public async Task SeedsEnrichedAgainstFakeArxiv_ImportedByZotero_EveryEntryWithFieldsTagsNoteAndCollections()
    {
        if (!RepoPaths.HasSeeds) { output.WriteLine("SKIPPED: ../shared/seeds is absent"); return; }
        if (ZoteroTranslators.Locate(output) is not { } zotero) return;

        var dir = CliRunner.TempDir("zotero-seeds");
        var catalog = await EnrichedSeedsAsync(dir);

        foreach (var format in new[] { "ris", "bibtex", "csljson", "zotero-rdf" })
        {
            var file = Path.Combine(dir, "library." + format);
            var (code, stdout, stderr) = CliRunner.Run(dir, "export", "enriched.json", "--format", format, "--out", file);
            Assert.True(code == 0, $"export {format}: {stdout}{stderr}");
            var items = Import(zotero, file, format);
            var regular = items.Where(i => Str(i, "itemType") is not ("note" or "attachment")).ToList();
            Assert.True(catalog.Entries.Count == regular.Count, $"{format}: {regular.Count} items imported, {catalog.Entries.Count} entries");
            var notes = items.Where(i => Str(i, "itemType") == "note").ToList();
            output.WriteLine($"{format}: {regular.Count} items, {notes.Count} notes imported");
            foreach (var (e, item) in catalog.Entries.Zip(regular)) AssertItem(format, e, item, notes);
        }

        AssertCslJsonDois(catalog, Path.Combine(dir, "library.csljson"));
        var rdf = XDocument.Load(Path.Combine(dir, "library.zotero-rdf"));
        var preprints = AssertRdfItemTypes(catalog, rdf);
        var collections = AssertRdfCollections(catalog, rdf);
        output.WriteLine($"zotero-rdf: {preprints} preprints, {collections} collections matching the topic tree");
    }

    // import → fake arXiv answering each seed id → enrich; returns the enriched catalog the exports are written from.
    private async Task<Catalog> EnrichedSeedsAsync(string dir)
    {
        var seeds = Directory.GetFiles(RepoPaths.SeedsDirectory, "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(5, seeds.Length);
        var (code, stdout, stderr) = CliRunner.Run(dir, ["import", .. seeds, "--out", "catalog.json"]);
        Assert.True(code == 0, stdout + stderr);
        var imported = CatalogJson.Load(Path.Combine(dir, "catalog.json"));

        await using var arxiv = await FakeArxivServer.StartAsync(TimeProvider.System);
        var ids = imported.Entries.Where(e => e.ArxivId is not null).Select(e => e.ArxivId!).DistinctBy(i => i.Base).ToList();
        Assert.NotEmpty(ids);
        foreach (var e in imported.Entries.Where(e => e.ArxivId is not null).DistinctBy(e => e.ArxivId!.Base))
            arxiv.Extra[e.ArxivId!.Base] = SyntheticRecord(e);

        (code, stdout, stderr) = CliRunner.Run(dir, "enrich", "catalog.json", "--out", "enriched.json",
            "--arxiv-url", arxiv.BaseAddress.ToString(), "--min-interval", "0", "--cache", "cache");
        Assert.True(code == 0, stdout + stderr);
        var catalog = CatalogJson.Load(Path.Combine(dir, "enriched.json"));
        Assert.Equal(imported.Entries.Count, catalog.Entries.Count);
        var enriched = catalog.Entries.Where(e => e.Arxiv is not null).ToList();
        output.WriteLine($"{catalog.Entries.Count} entries, {ids.Count} arXiv ids, {enriched.Count} enriched");
        Assert.Equal(catalog.Entries.Count(e => e.ArxivId is not null), enriched.Count);
        Assert.All(enriched, e => Assert.Contains("SYNTHETIC", CitationChoices.EnglishAbstract(e) ?? ""));
        return catalog;
    }

    // Invented for the test: the seed's own title (so the matcher accepts it), made-up authors, abstract and category.
    private static XElement SyntheticRecord(Entry e)
    {
        var id = e.ArxivId!.Base;
        var m = NewStyleId().Match(id);
        var published = m.Success ? $"20{m.Groups[1].Value}-{m.Groups[2].Value}-15T00:00:00Z" : "2005-01-15T00:00:00Z";
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", $"http://arxiv.org/abs/{id}v1"),
            new XElement(Atom + "published", published),
            new XElement(Atom + "updated", published),
            new XElement(Atom + "title", e.Title),
            new XElement(Atom + "summary", $"SYNTHETIC test abstract for {id}; invented, not the paper's abstract."),
            SyntheticAuthors.Select(a => new XElement(Atom + "author", new XElement(Atom + "name", a))),
            new XElement(ArxivNs + "primary_category", new XAttribute("term", "cs.SY")),
            new XElement(Atom + "category", new XAttribute("term", "cs.SY")));
    }

    private static void AssertItem(string format, Entry e, JsonElement item, List<JsonElement> notes)
    {
        var what = $"{format}: {e.Id}";
        // Zotero's BibTeX import keeps LaTeX escapes for \ { } ~ ^ (docs/citations-zotero.md).
        if (!(format == "bibtex" && e.Title.IndexOfAny(['\\', '{', '}', '~', '^']) >= 0))
            Assert.True(Squeeze(e.Title) == Squeeze(NocaseSpan().Replace(Str(item, "title") ?? "", "")), $"{what}: title '{Str(item, "title")}'");

        // Creators in order: each imported family name (or single-field name) is the catalog's, in catalog order.
        var persons = e.Authors.Where(a => !a.IsOthers && !string.IsNullOrWhiteSpace(a.Family ?? a.Literal)).ToList();
        var creators = item.GetProperty("creators").EnumerateArray().Select(c => Str(c, "lastName") ?? Str(c, "name") ?? "").ToList();
        if (format == "bibtex" && persons.Count > 0 && e.Authors.Any(a => a.IsOthers)) creators = creators.Where(c => c != "others").ToList();
        Assert.True(persons.Count == creators.Count, $"{what}: creators [{string.Join("; ", creators)}], expected {persons.Count}");
        foreach (var (p, c) in persons.Zip(creators))
            Assert.True(Squeeze(p.Literal ?? p.FamilyWithParticle).EndsWith(Squeeze(c), StringComparison.Ordinal) || Squeeze(c).EndsWith(Squeeze(p.Family ?? p.Literal!), StringComparison.Ordinal),
                $"{what}: creator '{c}' where '{p.DisplayName}' was expected");

        if (CitationChoices.EffectiveDate(e) is { } date && Str(item, "date") is { } got)
            Assert.True(got.Contains(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), $"{what}: date '{got}', expected {date}");

        // DOI: the entry's, else arXiv's DataCite DOI; on types without a DOI field RIS, BibTeX and RDF put it in Extra.
        // Zotero's CSL JSON import drops it there (web page, and the 2019 document), so AssertCslJsonDois reads the file.
        var doi = CitationChoices.DoiOf(e);
        if (Str(item, "DOI") is { } gotDoi) Assert.Equal(doi, gotDoi);
        else if (doi is not null && format != "csljson")
            Assert.True(Str(item, "extra")?.Contains("DOI: " + doi, StringComparison.OrdinalIgnoreCase) == true || (format == "zotero-rdf" && Str(item, "itemType") == "webpage"),
                $"{what}: DOI {doi} neither in DOI nor in Extra '{Str(item, "extra")}'");
        // The 2019 schema drops the DOI of a CSL "article" (document) and an RDF preprint (web page): those two formats'
        // arXiv DOIs are checked in the files (AssertCslJsonDois, AssertRdfItemTypes); docs/citations-zotero.md.
        if (e.ArxivId is not null && format is "ris" or "bibtex")
            Assert.True(Str(item, "DOI") == $"10.48550/arXiv.{e.ArxivId.Base}" || e.Doi is { IsArxivDataCite: false } || Str(item, "extra")?.Contains("10.48550/arXiv." + e.ArxivId.Base, StringComparison.OrdinalIgnoreCase) == true,
                $"{what}: arXiv DOI missing");

        // Abstracts are on by default in RIS, CSL-JSON and RDF (BibTeX keeps them opt-in). RIS has one abstract field and
        // keeps the list's English summary first; CSL-JSON and RDF take arXiv's abstract and keep summaries in a note.
        var abstractText = format == "ris" ? CitationChoices.PreferredSummary(e)?.Text : CitationChoices.EnglishAbstract(e);
        if (abstractText is not null && format != "bibtex")
            Assert.True(Squeeze(abstractText) == Squeeze(Str(item, "abstractNote") ?? ""), $"{what}: abstract '{Str(item, "abstractNote")}'");
        if (format is "csljson" or "zotero-rdf" && e.Arxiv is not null)
            Assert.True((Str(item, "abstractNote") ?? "").Contains("SYNTHETIC", StringComparison.Ordinal), $"{what}: arXiv abstract missing");

        // Zotero's CSL JSON import drops "keyword"; every other format brings the topics (and categories) as tags.
        if (format != "csljson")
        {
            var tags = item.GetProperty("tags").EnumerateArray().Select(t => Str(t, "tag")!.Trim()).ToHashSet();
            foreach (var k in CitationChoices.Keywords(e).SelectMany(k => format == "bibtex" ? k.Split([',', ';'], StringSplitOptions.TrimEntries) : [k]))
                Assert.True(tags.Contains(k), $"{what}: tag '{k}' missing");
            Assert.True(e.Topics.Count == 0 || tags.Count > 0, $"{what}: no tags");
        }

        if (format == "zotero-rdf")
            Assert.True(notes.Count(n => Str(n, "parentItem") == Str(item, "key")) == 1, $"{what}: expected one child note");
    }

    // Every entry with a DOI (its own, or arXiv's DataCite DOI) carries it in the CSL-JSON, in catalog order.
    private static void AssertCslJsonDois(Catalog catalog, string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8));
        var items = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(catalog.Entries.Count, items.Count);
        foreach (var (e, item) in catalog.Entries.Zip(items))
            Assert.True(CitationChoices.DoiOf(e) == Str(item, "DOI"), $"csljson: {e.Id}: DOI '{Str(item, "DOI")}', expected '{CitationChoices.DoiOf(e)}'");
    }

    // Enriched arXiv-only papers are preprints; the 2019 bundle cannot say so (it predates the type), the RDF does.
    private static int AssertRdfItemTypes(Catalog catalog, XDocument rdf)
    {
        var items = RegularItems(rdf).ToList();
        Assert.Equal(catalog.Entries.Count, items.Count);
        var preprints = 0;
        foreach (var (e, item) in catalog.Entries.Zip(items))
        {
            var type = item.Element(Z + "itemType")!.Value;
            var arxivOnly = e.Kind is EntryKind.Paper or EntryKind.Preprint && e.ArxivId is not null
                            && CitationChoices.PublishedVenue(e) is null && e.Doi is null or { IsArxivDataCite: true };
            if (arxivOnly)
            {
                Assert.True(type == "preprint", $"{e.Id}: item type {type}, expected preprint");
                Assert.Contains("DOI " + CitationChoices.DoiOf(e), item.Elements(Dc + "identifier").Select(x => x.Value));
                preprints++;
            }
            else if (e.Kind is EntryKind.Repository or EntryKind.Model) Assert.Equal("computerProgram", type);
            else Assert.Contains(type, new[] { "journalArticle", "conferencePaper", "preprint", "dataset", "blogPost", "webpage", "computerProgram" });
        }
        Assert.True(preprints > 0, "no arXiv-only preprint among the seeds");
        return preprints;
    }

    // The RDF's z:Collection tree, read back as topic paths per item, equals each entry's topics (and nothing else exists).
    private static int AssertRdfCollections(Catalog catalog, XDocument rdf)
    {
        var collections = rdf.Root!.Elements(Z + "Collection").ToDictionary(c => c.Attribute(Rdf + "about")!.Value);
        var parts = collections.ToDictionary(c => c.Key, c => c.Value.Elements(DcTerms + "hasPart").Select(h => h.Attribute(Rdf + "resource")!.Value).ToList());
        var childIds = parts.Values.SelectMany(p => p).Where(collections.ContainsKey).ToHashSet();
        var itemPaths = new Dictionary<string, HashSet<string>>();
        var allPaths = new HashSet<string>(StringComparer.Ordinal);
        void Walk(string id, string? parentPath)
        {
            var name = collections[id].Element(Dc + "title")!.Value;
            var path = parentPath is null ? name : parentPath + " / " + name;
            Assert.True(allPaths.Add(path), $"collection '{path}' twice");
            foreach (var part in parts[id])
            {
                if (collections.ContainsKey(part)) Walk(part, path);
                else (itemPaths.TryGetValue(part, out var set) ? set : itemPaths[part] = []).Add(path);
            }
        }
        foreach (var root in collections.Keys.Where(k => !childIds.Contains(k))) Walk(root, null);

        var expectedAll = new HashSet<string>(StringComparer.Ordinal);
        var items = RegularItems(rdf).Select(i => i.Attribute(Rdf + "about")!.Value).ToList();
        foreach (var (e, itemId) in catalog.Entries.Zip(items))
        {
            var expected = e.Topics.Select(TopicPath).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
            foreach (var p in expected)
            {
                var segments = p.Split(" / ");
                for (var k = 1; k <= segments.Length; k++) expectedAll.Add(string.Join(" / ", segments.Take(k)));
            }
            var got = itemPaths.GetValueOrDefault(itemId) ?? [];
            Assert.True(expected.SetEquals(got), $"{e.Id}: collections [{string.Join(" | ", got)}], topics [{string.Join(" | ", expected)}]");
        }
        Assert.True(expectedAll.SetEquals(allPaths), $"collection tree differs from the topic tree: extra [{string.Join(" | ", allPaths.Except(expectedAll))}], missing [{string.Join(" | ", expectedAll.Except(allPaths))}]");
        return allPaths.Count;
    }

    private static string TopicPath(string topic) =>
        string.Join(" / ", topic.Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static IEnumerable<XElement> RegularItems(XDocument rdf) =>
        rdf.Root!.Elements().Where(x => x.Element(Z + "itemType")?.Value is { } t && t is not ("note" or "attachment"));

    private static List<JsonElement> Import((string Node, string Tool) zotero, string file, string format)
    {
        var items = ZoteroTranslators.TryImport(zotero, file, out var log);
        Assert.True(items is not null, $"Zotero's import of {format} failed:\n{log}");
        return items;
    }

    private static string? Str(JsonElement e, string name) => ZoteroTranslators.Str(e, name);

    private static string Squeeze(string s) =>
        string.Join(' ', new string(s.Where(c => !char.IsControl(c) || char.IsWhiteSpace(c)).ToArray()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(\d\d)(\d\d)\.")]
    private static partial Regex NewStyleId();

    [GeneratedRegex("</?span( class=\"nocase\")?>")]
    private static partial Regex NocaseSpan();
}
