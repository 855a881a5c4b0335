using System.Text.Json;
using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Writers.CslJson;

namespace Publisher.Writers.Tests.CslJson;

public class CslJsonWriterTests
{
    // CSL 1.0.2 item types and the variables this writer may use (a subset of csl-data.json).
    private static readonly HashSet<string> CslTypes =
    [
        "article", "article-journal", "article-magazine", "article-newspaper", "book", "chapter", "dataset", "document",
        "paper-conference", "post", "post-weblog", "report", "software", "thesis", "webpage",
    ];
    private static readonly HashSet<string> CslVariables =
    [
        "id", "type", "title", "author", "issued", "container-title", "publisher", "number", "DOI", "URL", "abstract",
        "keyword", "language", "note",
    ];

    public static TheoryData<string> Catalogs => FixtureAssert.Catalogs("CslJson");

    internal static byte[] Render(Catalog catalog, CslJsonOptions? options = null)
    {
        using var ms = new MemoryStream();
        new CslJsonWriter(options).Write(catalog, ms);
        return ms.ToArray();
    }

    internal static Catalog Load(string name) => CatalogJson.Load(Path.Combine(FixtureAssert.Dir("CslJson"), name + ".catalog.json"));

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Write_FixtureCatalog_MatchesExpectedFile(string name) =>
        FixtureAssert.Matches("CslJson", name + ".expected.json", Render(Load(name)));

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Write_FixtureCatalog_UsesOnlyCslTypesAndVariables(string name)
    {
        var catalog = Load(name);
        using var doc = JsonDocument.Parse(Render(catalog));
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        Assert.Equal(catalog.Entries.Count, doc.RootElement.GetArrayLength());
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            Assert.Contains(item.GetProperty("type").GetString(), CslTypes);
            foreach (var p in item.EnumerateObject()) Assert.Contains(p.Name, CslVariables);
            if (item.TryGetProperty("issued", out var issued))
                Assert.All(issued.GetProperty("date-parts")[0].EnumerateArray(), n => Assert.Equal(JsonValueKind.Number, n.ValueKind));
            if (item.TryGetProperty("author", out var authors))
                Assert.All(authors.EnumerateArray(), a => Assert.True(a.TryGetProperty("family", out _) || a.TryGetProperty("literal", out _)));
        }
        Assert.Equal(catalog.Entries.Select(e => e.Id), doc.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public void Write_Preprint_IsArticleWithArxivNumberPublisherAndDataCiteDoi()
    {
        var item = Single(new Entry { Id = "arxiv:2401.00001", Kind = EntryKind.Preprint, Title = "A Synthetic Preprint", ArxivId = ArxivId.Parse("2401.00001v3") });
        Assert.Equal("article", item.GetProperty("type").GetString());
        Assert.Equal("arXiv:2401.00001", item.GetProperty("number").GetString());
        Assert.Equal("arXiv", item.GetProperty("publisher").GetString());
        Assert.Equal("10.48550/arXiv.2401.00001", item.GetProperty("DOI").GetString());
        Assert.Equal("https://arxiv.org/abs/2401.00001v3", item.GetProperty("URL").GetString());
    }

    [Fact]
    public void Write_PublishedConferencePaper_KeepsArxivIdInNoteAndDataCiteDoiNotNumber()
    {
        var item = Single(new Entry
        {
            Id = "arxiv:2401.00001", Title = "A Synthetic Paper", Venue = "ICLR 2025", ArxivId = ArxivId.Parse("2401.00001"),
        });
        Assert.Equal("paper-conference", item.GetProperty("type").GetString());
        Assert.Equal("ICLR 2025", item.GetProperty("container-title").GetString());
        Assert.False(item.TryGetProperty("number", out _));
        // No DOI of its own: arXiv's, as every format writes it.
        Assert.Equal("10.48550/arXiv.2401.00001", item.GetProperty("DOI").GetString());
        Assert.Equal("arXiv: 2401.00001", item.GetProperty("note").GetString());
    }

    [Fact]
    public void Write_EtAlMarkerAndUnsafeLink_AreLeftOut()
    {
        var item = Single(new Entry
        {
            Id = "title:x", Kind = EntryKind.WebPage, Title = "A Synthetic Page",
            Authors = [Person.Of("Ann", "Example"), Person.Others],
            Links = [new Link(LinkKind.Web, "file:///C:/tmp/page.html"), new Link(LinkKind.Web, "javascript:alert(1)")],
        });
        Assert.Equal(1, item.GetProperty("author").GetArrayLength());
        Assert.False(item.TryGetProperty("URL", out _));
    }

    [Fact]
    public void Write_CitationKeyOption_ReplacesIdAndDisambiguatesDuplicates()
    {
        var catalog = new Catalog { Entries = [new Entry { Id = "a", Title = "One" }, new Entry { Id = "b", Title = "Two" }] };
        using var doc = JsonDocument.Parse(Render(catalog, new CslJsonOptions { CitationKey = _ => "doe2024synthetic" }));
        Assert.Equal(["doe2024synthetic", "doe2024synthetic-2"], doc.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
    }

    [Fact]
    public void Write_ChineseNotesOption_PutsHeadlineAndSummaryInNote()
    {
        var entry = new Entry
        {
            Id = "arxiv:2401.00001", Kind = EntryKind.Preprint, Title = "A Synthetic Preprint", ArxivId = ArxivId.Parse("2401.00001"),
            TitleAlt = [new AltTitle("合成标题", "zh")], Summaries = [new Summary("合成摘要。", "zh", "digest.md")],
        };
        Assert.False(Single(entry).TryGetProperty("note", out _));
        Assert.Equal("合成标题\n合成摘要。", Single(entry, new CslJsonOptions { IncludeChineseNotes = true }).GetProperty("note").GetString());
    }

    [Theory]
    [InlineData("Attention Is All You Need", "Attention Is All You Need")]
    [InlineData("LoRA: Low-Rank Adaptation", "<span class=\"nocase\">LoRA</span>: Low-Rank Adaptation")]
    [InlineData("GPT-4V and Qwen2.5-VL at 7B", "<span class=\"nocase\">GPT-4V</span> and <span class=\"nocase\">Qwen2.5-VL</span> at <span class=\"nocase\">7B</span>")]
    [InlineData("BERT for iPhone", "BERT for <span class=\"nocase\">iPhone</span>")]
    [InlineData("大模型 GPT 综述", "大模型 GPT 综述")]
    public void ProtectCase_Title_WrapsOnlyWordsCaseChangesWouldDamage(string title, string expected) =>
        Assert.Equal(expected, CslFieldMap.ProtectCase(title));

    [Fact]
    public void Write_EmptyCatalog_IsEmptyArray() =>
        Assert.Equal("[]\n", System.Text.Encoding.UTF8.GetString(Render(new Catalog())));

    private static JsonElement Single(Entry entry, CslJsonOptions? options = null)
    {
        using var doc = JsonDocument.Parse(Render(new Catalog { Entries = [entry] }, options));
        return doc.RootElement[0].Clone();
    }
}
