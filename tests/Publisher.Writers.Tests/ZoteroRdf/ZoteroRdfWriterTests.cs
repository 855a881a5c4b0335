using System.Xml;
using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Writers.Tests.BibTeX;
using Publisher.Writers.ZoteroRdf;
using static Publisher.Writers.Tests.ZoteroRdf.RdfDocument;

namespace Publisher.Writers.Tests.ZoteroRdf;

public class ZoteroRdfWriterTests
{
    public static TheoryData<string> ExpectedFiles => CitationFixtures.ExpectedFiles("ZoteroRdf", "*.expected.rdf");

    private static Catalog Library() => CatalogJson.Load(Path.Combine(CitationFixtures.Directory, "ZoteroRdf", "library.catalog.json"));

    private static RdfDocument Write(Catalog catalog, CitationWriterOptions? options = null) =>
        new(CitationFixtures.Write(new ZoteroRdfWriter(), catalog, options ?? CitationWriterOptions.Default));

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Write_FixtureCatalog_MatchesExpectedFile(string expectedFile)
    {
        var name = expectedFile[..expectedFile.IndexOf('.')];
        var catalog = CatalogJson.Load(Path.Combine(CitationFixtures.Directory, "ZoteroRdf", name + ".catalog.json"));
        CitationFixtures.AssertMatchesFile(CitationFixtures.Write(new ZoteroRdfWriter(), catalog, CitationWriterOptions.Default), Path.Combine("ZoteroRdf", expectedFile));
    }

    [Fact]
    public void Write_FixtureCatalog_EveryEntryIsOneItemOfItsZoteroType()
    {
        var catalog = Library();
        var rdf = Write(catalog);
        Assert.Equal(catalog.Entries.Count, rdf.Items.Count);
        var expected = new Dictionary<string, (string Type, string Element)>
        {
            ["Invented Adapters: A Synthetic Study of LoRA-Style Tuning"] = ("preprint", "Description"),
            ["Synthetic Benchmarks for Imaginary Reasoning"] = ("conferencePaper", "Description"),
            ["An Invented Journal Article on Pretend Scaling"] = ("journalArticle", "Article"),
            ["invented-org/toolkit"] = ("computerProgram", "Data"),
            ["Invented-Model-7B"] = ("computerProgram", "Data"),
            ["InventedQA"] = ("dataset", "Description"),
            ["解读：一篇虚构的论文"] = ("blogPost", "Document"),
            ["Invented Leaderboard"] = ("webpage", "Document"),
        };
        foreach (var (title, (type, element)) in expected)
        {
            var item = rdf.Item(title);
            Assert.Equal(type, item.Element(Z + "itemType")!.Value);
            Assert.Equal(element, item.Name.LocalName);
        }
    }

    [Fact]
    public void Write_Preprint_HasRepositoryArchiveIdDataCiteDoiUrlDateAndAbstract()
    {
        var item = Write(Library()).Item("Invented Adapters: A Synthetic Study of LoRA-Style Tuning");
        Assert.Equal("arXiv", item.Element(Dc + "publisher")!.Element(Foaf + "Organization")!.Element(Foaf + "name")!.Value);
        Assert.Equal("arXiv:2401.90001", item.Element(Prism + "number")!.Value);
        Assert.Contains("DOI 10.48550/arXiv.2401.90001", item.Elements(Dc + "identifier").Select(i => i.Value));
        Assert.Equal("https://arxiv.org/abs/2401.90001", item.Elements(Dc + "identifier").Select(i => i.Element(DcTerms + "URI")?.Element(Rdf + "value")?.Value).Single(v => v is not null));
        Assert.Equal("2024-01-15", item.Element(Dc + "date")!.Value);
        Assert.StartsWith("We invent adapters", item.Element(DcTerms + "abstract")!.Value);
        Assert.Null(item.Element(Dc + "description")); // the archive ID says it all: no "arXiv:" line in Extra
    }

    [Fact]
    public void Write_PublishedPapers_VenueAndDoiOnContainerArxivIdInExtra()
    {
        var rdf = Write(Library());
        var conference = rdf.Item("Synthetic Benchmarks for Imaginary Reasoning");
        var proceedings = conference.Element(DcTerms + "isPartOf")!.Element(Bib + "Journal")!;
        Assert.Equal("ICLR 2025", proceedings.Element(Dc + "title")!.Value);
        Assert.Equal("DOI 10.48550/arXiv.2402.90002", proceedings.Element(Dc + "identifier")!.Value);
        Assert.Equal("arXiv: 2402.90002", conference.Element(Dc + "description")!.Value);
        Assert.Null(conference.Element(Prism + "number"));
        var article = rdf.Item("An Invented Journal Article on Pretend Scaling");
        Assert.Equal("DOI 10.5555/synthetic.0003", article.Element(DcTerms + "isPartOf")!.Element(Bib + "Journal")!.Element(Dc + "identifier")!.Value);
    }

    [Fact]
    public void Write_Creators_InOrderWithRolesWithoutOthers()
    {
        var rdf = Write(Library());
        var (property, names) = Creators(rdf.Item("Invented Adapters: A Synthetic Study of LoRA-Style Tuning"));
        Assert.Equal("bib:authors", property);
        Assert.Equal(["Quill|Ana", "van der Berg|Bert", "张三|"], names);
        Assert.Equal(["Doe|Cleo, Jr.", "Roe|Dan"], Creators(rdf.Item("Synthetic Benchmarks for Imaginary Reasoning")).Names);
        var (programProperty, programmers) = Creators(rdf.Item("invented-org/toolkit"));
        Assert.Equal("so:author", programProperty);
        Assert.Equal(["Invented Org|"], programmers);
        Assert.Equal("", Creators(rdf.Item("Invented-Model-7B")).Property);
    }

    [Fact]
    public void Write_Tags_TopicsAndFreeTagsManualArxivCategoriesAutomatic()
    {
        var item = Write(Library()).Item("Invented Adapters: A Synthetic Study of LoRA-Style Tuning");
        var subjects = item.Elements(Dc + "subject").ToList();
        Assert.Equal(["微调 / 参数高效", "Evaluation", "LoRA"], subjects.Where(s => !s.HasElements).Select(s => s.Value));
        Assert.Equal(["cs.CL", "cs.LG"], subjects.Select(s => s.Element(Z + "AutomaticTag")?.Element(Rdf + "value")?.Value).OfType<string>());
    }

    [Fact]
    public void Write_TopicTree_NestedCollectionsWithEachEntryInEveryTopic()
    {
        var catalog = Library();
        var rdf = Write(catalog);
        Assert.Equal(["Evaluation", "Evaluation / Data", "Tools", "Tools / Models", "微调", "微调 / 参数高效", "预训练", "预训练 / 架构"],
            rdf.CollectionPaths().Values.Order(StringComparer.Ordinal));
        // Zotero's import treats a collection nobody points at as top level.
        var pointedAt = rdf.Collections.SelectMany(c => Resources(c, DcTerms + "hasPart")).ToHashSet();
        Assert.Equal(["Evaluation", "Tools", "微调", "预训练"], rdf.Collections.Where(c => !pointedAt.Contains(About(c))).Select(c => c.Element(Dc + "title")!.Value).Order(StringComparer.Ordinal));
        var byItem = rdf.CollectionsOfItems();
        foreach (var (entry, item) in catalog.Entries.Zip(rdf.Items))
        {
            var expected = entry.Topics.Order(StringComparer.Ordinal).ToList();
            var actual = byItem.GetValueOrDefault(About(item), []).Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{entry.Id}: in [{string.Join("; ", actual)}], expected [{string.Join("; ", expected)}]");
        }
    }

    [Fact]
    public void Write_EveryItem_HasOneChildNoteWithChineseTitleSummariesAndSources()
    {
        var catalog = Library();
        var rdf = Write(catalog);
        foreach (var item in rdf.Items)
        {
            var notes = Resources(item, DcTerms + "isReferencedBy").ToList();
            Assert.Single(notes);
            Assert.Equal(Bib + "Memo", rdf.Nodes[notes[0]].Name);
        }
        var adapters = rdf.Item("Invented Adapters: A Synthetic Study of LoRA-Style Tuning");
        var html = rdf.Nodes[Resources(adapters, DcTerms + "isReferencedBy").Single()].Element(Rdf + "value")!.Value;
        Assert.StartsWith("<h1>虚构的适配器：低秩微调的合成研究</h1>", html);
        // The editors' summary is HTML-escaped inside the note; arXiv's abstract is the item's abstract, not repeated here.
        Assert.Contains("一个虚构的摘要，用于测试 &lt;b&gt;转义&lt;/b&gt; &amp; 引号 &quot;。", html);
        Assert.DoesNotContain("We invent adapters", html);
        Assert.Contains("<li>samples/digest.md, line 12 (digest)</li><li>samples/reposted.txt, line 40 (reposted)</li>", html);
        Assert.Contains(ZoteroNote.EtAl, html);
    }

    [Fact]
    public void Write_OtherLinks_AreLinkedUrlAttachmentsAndUnsafeLinksAreDropped()
    {
        var rdf = Write(Library());
        var adapters = rdf.Item("Invented Adapters: A Synthetic Study of LoRA-Style Tuning");
        var attachments = Resources(adapters, RdfDocument.Link + "link").Select(id => rdf.Nodes[id]).ToList();
        Assert.All(attachments, a =>
        {
            Assert.Equal(Z + "Attachment", a.Name);
            Assert.Equal("attachment", a.Element(Z + "itemType")!.Value);
            Assert.Equal("3", a.Element(Z + "linkMode")!.Value);
        });
        Assert.Equal([("Code", "https://github.com/invented-org/adapters"), ("Model weights", "https://huggingface.co/invented-org/adapter-7b")],
            attachments.Select(a => (a.Element(Dc + "title")!.Value, a.Element(Dc + "identifier")!.Element(DcTerms + "URI")!.Element(Rdf + "value")!.Value)));
        Assert.DoesNotContain("file:///", rdf.Root.ToString());
        var toolkit = rdf.Item("invented-org/toolkit");
        Assert.Equal("https://github.com/invented-org/toolkit", toolkit.Element(Dc + "identifier")!.Element(DcTerms + "URI")!.Element(Rdf + "value")!.Value);
        Assert.Equal("Project page", rdf.Nodes[Resources(toolkit, RdfDocument.Link + "link").Single()].Element(Dc + "title")!.Value);
    }

    [Fact]
    public void Write_HostileText_StaysTextAndTheFileIsWellFormed()
    {
        var text = CitationFixtures.Write(new ZoteroRdfWriter(), Library(), CitationWriterOptions.Default);
        var rdf = new RdfDocument(text); // throws when not well-formed
        var item = rdf.Item("Invented Adapters: A Synthetic Study of LoRA-Style Tuning");
        Assert.Equal("We invent adapters & measure nothing real; <script>alert(1)</script> stays text.", item.Element(DcTerms + "abstract")!.Value);
        Assert.Equal("https://leaderboard.invented.example.org/?a=1&b=<2>",
            rdf.Item("Invented Leaderboard").Element(Dc + "identifier")!.Element(DcTerms + "URI")!.Element(Rdf + "value")!.Value);
        Assert.DoesNotContain("<script>", text);
    }

    [Fact]
    public void Write_RandomHardCharacters_NeverThrowsAndParses()
    {
        var catalog = CitationFixtures.RandomCatalog();
        var withControls = catalog with
        {
            Entries = [.. catalog.Entries, new Entry { Id = "x:ctl", Title = "Bell\u0007 and lone \uD800 surrogate\u0001", Topics = ["A\u0002 / B"] }],
        };
        var rdf = Write(withControls);
        Assert.Equal(withControls.Entries.Count, rdf.Items.Count);
        Assert.Equal("Bell and lone  surrogate", rdf.Items[^1].Element(Dc + "title")!.Value);
    }

    [Fact]
    public void Write_NoAbstractOption_LeavesAbstractsOut()
    {
        var rdf = Write(Library(), new CitationWriterOptions { NoAbstract = true, WithAbstract = true });
        Assert.All(rdf.Items, i => Assert.Null(i.Element(DcTerms + "abstract")));
    }

    [Fact]
    public void Write_SeedsAndSyntheticCatalog_EveryEntryOnceInEveryTopicCollection()
    {
        var catalog = CitationFixtures.SeedsAndSynthetic();
        var rdf = Write(catalog);
        Assert.Equal(catalog.Entries.Count, rdf.Items.Count);
        var byItem = rdf.CollectionsOfItems();
        var filed = 0;
        foreach (var (entry, item) in catalog.Entries.Zip(rdf.Items))
        {
            Assert.Equal(entry.Title.Trim(), item.Element(Dc + "title")?.Value ?? "");
            var expected = entry.Topics.Select(t => string.Join(" / ", ZoteroCollectionTree.Segments(t))).Where(t => t.Length > 0).Distinct().Order(StringComparer.Ordinal);
            var actual = byItem.GetValueOrDefault(About(item), []).Order(StringComparer.Ordinal);
            Assert.Equal(expected, actual);
            filed += expected.Count();
        }
        Assert.True(filed > 0 || catalog.Entries.All(e => e.Topics.Count == 0), "the seeds have topics, so some entries must be filed in collections");
    }

    [Fact]
    public void Write_SameCatalogTwice_ByteIdentical()
    {
        var a = CitationFixtures.Write(new ZoteroRdfWriter(), Library(), CitationWriterOptions.Default);
        var b = CitationFixtures.Write(new ZoteroRdfWriter(), Library(), CitationWriterOptions.Default);
        Assert.Equal(a, b);
    }

    [Fact]
    public void WriteFile_ExistingFile_ReplacedWholeAndNoTemporaryLeft()
    {
        var dir = ExternalTool.ScratchDirectory("rdf");
        var path = Path.Combine(dir, "library.rdf");
        File.WriteAllText(path, "old");
        new ZoteroRdfWriter().WriteFile(Library(), path, CitationWriterOptions.Default);
        Assert.Equal(Library().Entries.Count, new RdfDocument(File.ReadAllText(path)).Items.Count);
        Assert.Equal(["library.rdf"], Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("大模型 / 微调", new[] { "大模型", "微调" })]
    [InlineData("Networks / TCP/IP", new[] { "Networks", "TCP/IP" })]
    [InlineData(" A  /  / B ", new[] { "A", "B" })]
    public void Segments_TopicPath_SplitOnlyOnTheCatalogSeparator(string topic, string[] expected) =>
        Assert.Equal(expected, ZoteroCollectionTree.Segments(topic));

    [Fact]
    public void Registry_FindZoteroRdf_IsTheRdfWriter()
    {
        var writer = CitationWriterRegistry.Find("zotero-rdf");
        Assert.IsType<ZoteroRdfWriter>(writer);
        Assert.Equal(".rdf", writer.FileExtension);
    }
}
