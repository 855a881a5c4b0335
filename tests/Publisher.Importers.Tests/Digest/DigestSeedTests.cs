using Publisher.Importers.Tests.Common;
using Publisher.Model;

namespace Publisher.Importers.Tests.Digest;

/// <summary>Seed 000 (newsletter digest) as the issue states it: 4 papers, code links, the file:/// link flagged.</summary>
public sealed class DigestSeedTests
{
    private static readonly (ImportResult Result, string Importer, Publisher.Importers.SourceDocument Document) Seed = SeedImport.Run("000");

    [Fact]
    public void Import_Seed000_IsReadByDigestImporter() => Assert.Equal("digest", Seed.Importer);

    [Fact]
    public void Import_Seed000_YieldsFourPapersWithEnglishTitlesAtTheirHeadlineLines()
    {
        var entries = Seed.Result.Entries;
        Assert.Equal(
            [
                (9, "AlpacaFarm: A Simulation Framework for Methods that Learn from Human Feedback"),
                (17, "LIMA: Less Is More for Alignment"),
                (27, "QLORA: Efficient Finetuning of Quantized LLMs"),
                (33, "Sophia: A Scalable Stochastic Second-order Optimizer for Language Model Pre-training"),
            ],
            entries.Select(e => (e.Sources[0].Line, e.Title)).ToArray());
        Assert.All(entries, e => Assert.False(CjkText.ContainsIdeograph(e.Title)));
        Assert.All(entries, e => Assert.True(CjkText.ContainsIdeograph(e.AltTitleIn("zh") ?? ""), "the Chinese headline is kept as the zh alternative title"));
        Assert.All(entries, e => Assert.Equal(LinkKind.Article, e.Links[0].Kind));
        Assert.All(entries, e => Assert.Contains(e.Links, l => l.Kind is LinkKind.Pdf or LinkKind.Paper));
    }

    [Fact]
    public void Import_Seed000_KeepsCodeLinksWhereGiven()
    {
        var withCode = Seed.Result.Entries.Where(e => e.FirstLink(LinkKind.Code) is not null).ToDictionary(e => e.Title, e => e.FirstLink(LinkKind.Code)!.Url);
        Assert.Equal("https://github.com/tatsu-lab/alpaca_farm", withCode["AlpacaFarm: A Simulation Framework for Methods that Learn from Human Feedback"]);
        Assert.Equal("https://github.com/artidoro/qlora", withCode["QLORA: Efficient Finetuning of Quantized LLMs"]);
        Assert.Equal(2, withCode.Count);
    }

    [Fact]
    public void Import_Seed000_KeepsFileLinkAsWrittenAndFlagsIt()
    {
        var sophia = Seed.Result.Entries.Single(e => e.Title.StartsWith("Sophia", StringComparison.Ordinal));
        var link = Assert.Single(sophia.Links, l => l.Url.StartsWith("file:", StringComparison.Ordinal));
        Assert.Equal("file:///C:/Users/Lenovo/Desktop/0526.pdf", link.Url);
        Assert.False(link.IsSafeToOpen);
        var warning = Assert.Single(Seed.Result.Diagnostics, d => d.Code == "PUB211");
        Assert.Equal((37, Severity.Warning), (warning.Line, warning.Severity));
    }

    [Fact]
    public void Import_Seed000_ArxivIdsAndTopicsFromTheList()
    {
        var byTitle = Seed.Result.Entries.ToDictionary(e => e.Title);
        Assert.Equal("2305.11206", byTitle["LIMA: Less Is More for Alignment"].ArxivId?.ToString());
        Assert.Equal("2305.14314", byTitle["QLORA: Efficient Finetuning of Quantized LLMs"].ArxivId?.ToString());
        Assert.Equal(["人工反馈强化学习（RLHF）"], byTitle["LIMA: Less Is More for Alignment"].Topics);
        Assert.Equal(["大语言模型调优"], byTitle["QLORA: Efficient Finetuning of Quantized LLMs"].Topics);
    }

    [Fact]
    public void Import_Seed000_HeaderFollowLinksAreNotEntries()
    {
        Assert.DoesNotContain(Seed.Result.Entries, e => e.Links.Any(l => l.Url.Contains("zhihu.com/people", StringComparison.Ordinal) || l.Url.Contains("__biz=MzUzOTgwNDMzOQ==&mid=2247487079", StringComparison.Ordinal)));
    }
}
