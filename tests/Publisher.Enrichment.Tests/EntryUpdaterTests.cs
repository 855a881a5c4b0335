using Publisher.Enrichment.Arxiv;
using Publisher.Model;

namespace Publisher.Enrichment.Tests;

public class EntryUpdaterTests
{
    private static ArxivFeedEntry Record(string baseId) =>
        ArxivFeedParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", "synthetic-records.atom"))).Entries.Single(e => e.Id.Base == baseId);

    [Fact]
    public void Apply_ListWithChineseSummaryAndLinks_KeepsThemAndAddsArxivFacts()
    {
        // A synthetic list entry: Chinese headline, Chinese summary, a code link, a topic, a different spelling and year.
        var entry = new Entry
        {
            Id = "arxiv:2401.00001", Title = "Synthetic study of sparse attention routing methods", ArxivId = ArxivId.Parse("2401.00001"),
            TitleAlt = [new AltTitle("稀疏注意力路由的合成研究", "zh")], Date = new PartialDate(2025), Authors = [Person.Of("A.", "Quillon")],
            Summaries = [new Summary("一段中文摘要。", "zh", "list.md")], Topics = ["Attention"],
            Links = [new Link(LinkKind.Code, "https://github.com/example/synthetic")],
        };
        var diags = new List<Diagnostic>();
        var fetched = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var e = EntryUpdater.Apply(entry, Record("2401.00001"), "id", fetched, diags);

        Assert.Equal("A Synthetic Study of Sparse Attention Routing", e.Title);
        Assert.Contains(e.TitleAlt, a => a.Language == "zh");
        Assert.Contains(e.TitleAlt, a => a is { Language: "en", Text: "Synthetic study of sparse attention routing methods" });
        Assert.Equal(["Quillon", "Tanaka-Veld"], e.Authors.Select(a => a.Family));
        Assert.Equal("2024-01-02", e.Date!.ToString());
        Assert.Equal("10.5555/synthetic.0001", e.Doi!.Value);
        Assert.Equal("2401.00001v2", e.ArxivId!.ToString());
        Assert.Contains(e.Links, l => l.Kind == LinkKind.Code);
        Assert.Contains(e.Links, l => l is { Kind: LinkKind.Pdf, Url: "https://arxiv.org/pdf/2401.00001v2" });
        Assert.Contains(e.Links, l => l is { Kind: LinkKind.Paper, Url: "https://arxiv.org/abs/2401.00001v2" });
        Assert.Contains(e.Summaries, s => s.Source == "list.md");
        Assert.Contains(e.Summaries, s => s is { Source: "arxiv", Language: "en" });
        Assert.Equal(["Attention"], e.Topics);
        Assert.Equal("cs.CL", e.Arxiv!.PrimaryCategory);
        Assert.Equal("Journal of Synthetic Results 1 (2024) 1-10", e.Arxiv.JournalRef);
        Assert.Equal(fetched, e.Arxiv.FetchedAt);
        Assert.Equal("id", e.Arxiv.MatchedBy);
        Assert.Equal([EnrichmentCodes.TitleDiffers, EnrichmentCodes.DateDiffers], diags.Select(d => d.Code));
        Assert.All(diags, d => Assert.Equal("arxiv:2401.00001", d.EntryId));
    }

    [Fact]
    public void Apply_ListCitesVersion_KeepsItsVersion()
    {
        var entry = new Entry { Id = "arxiv:2405.00009", Title = "Sham Retrieval Augmentation for Notional Question Answering", ArxivId = ArxivId.Parse("2405.00009v1") };
        var e = EntryUpdater.Apply(entry, Record("2405.00009"), "id", DateTimeOffset.UnixEpoch, new List<Diagnostic>());
        Assert.Equal("2405.00009v1", e.ArxivId!.ToString());
        Assert.Equal("2405.00009v3", e.Arxiv!.Id.ToString());
    }

    [Fact]
    public void Apply_DifferentDoiAndAuthors_AreReported()
    {
        var entry = new Entry
        {
            Id = "arxiv:2401.00001", Title = "A Synthetic Study of Sparse Attention Routing", Doi = Doi.Parse("10.5555/other.9999"),
            Authors = [Person.Of("Zed", "Nobodyson")],
        };
        var diags = new List<Diagnostic>();
        var e = EntryUpdater.Apply(entry, Record("2401.00001"), "id", DateTimeOffset.UnixEpoch, diags);
        Assert.Equal("10.5555/synthetic.0001", e.Doi!.Value);
        Assert.Contains(diags, d => d is { Code: EnrichmentCodes.DoiDiffers, Severity: Severity.Warning });
        Assert.Contains(diags, d => d.Code == EnrichmentCodes.AuthorsDiffer && d.Message.Contains("nobodyson"));
        Assert.Empty(e.TitleAlt);
    }
}
