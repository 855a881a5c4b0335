using System.Text.RegularExpressions;
using Publisher.Importers.Tests.Common;
using Publisher.Model;

namespace Publisher.Importers.Tests.Awesome;

/// <summary>Seed 002 (awesome list): papers with authors, venue and year where given; repositories as repositories.</summary>
public sealed class AwesomeSeedTests
{
    private static readonly (ImportResult Result, string Importer, Publisher.Importers.SourceDocument Document) Seed = SeedImport.Run("002");

    [Fact]
    public void Import_Seed002_IsReadByAwesomeImporter() => Assert.Equal("awesome", Seed.Importer);

    [Fact]
    public void Import_Seed002_EveryAuthorVenueYearLineGivesThem()
    {
        // Each "*Authors.* **venue, year.**" line belongs to the bullet two lines above it.
        var lines = Seed.Document.Lines;
        var checkedLines = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var m = Regex.Match(lines[i], @"^\s+\*(?<authors>[^*]+)\*\s+\*\*(?<venue>[^*]+), (?<year>\d{4})\.\*\*");
            if (!m.Success) continue;
            var entry = Assert.Single(Seed.Result.Entries, e => e.Sources[0].Line == i - 1);
            Assert.NotEmpty(entry.Authors);
            Assert.Equal(int.Parse(m.Groups["year"].Value), entry.Year);
            Assert.Equal(m.Groups["venue"].Value, entry.Venue);
            checkedLines++;
        }
        Assert.Equal(25, checkedLines); // counted in the file
    }

    [Fact]
    public void Import_Seed002_AuthorsAreParsedInOrder()
    {
        var flan = Seed.Result.Entries.Single(e => e.Title == "Finetuned Language Models Are Zero-Shot Learners");
        Assert.Equal(9, flan.Authors.Count);
        Assert.Equal(("Jason", "Wei"), (flan.Authors[0].Given, flan.Authors[0].Family));
        Assert.Equal(("Quoc V.", "Le"), (flan.Authors[^1].Given, flan.Authors[^1].Family));
        Assert.Equal(("ICLR", 2022), (flan.Venue, flan.Year));
        Assert.Equal(EntryKind.Paper, flan.Kind);
        var palm = Seed.Result.Entries.Single(e => e.Title == "PaLM 2 Technical Report");
        Assert.True(palm.Authors[^1].IsOthers, "'and many authors' is et al., not a person called 'many authors'");
        Assert.Equal(EntryKind.Preprint, palm.Kind);
    }

    [Theory]
    [InlineData("PEFT: State-of-the-art Parameter-Efficient Fine-Tuning")]
    [InlineData("FastChat")]
    [InlineData("MOSS")]
    [InlineData("Baichuan-7B")]
    [InlineData("Awesome-LLM")]
    [InlineData("VisualGLM-6B")]
    public void Import_Seed002_RepositoryBulletsAreRepositories(string title)
    {
        var entries = Seed.Result.Entries.Where(e => e.Title == title).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(EntryKind.Repository, e.Kind));
        Assert.All(entries, e => Assert.NotNull(e.FirstLink(LinkKind.Code)));
    }

    [Fact]
    public void Import_Seed002_InvalidArxivUrlIsReportedAndEntryKeptWithoutId()
    {
        var warning = Assert.Single(Seed.Result.Diagnostics, d => d.Code == "PUB210");
        Assert.Equal(54, warning.Line);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("2210.107605", warning.Message, StringComparison.Ordinal);
        Assert.Contains("YYMM.NNNNN", warning.Message, StringComparison.Ordinal);
        var entry = Seed.Result.Entries.Single(e => e.Title == "Scaling Laws for Reward Model Overoptimization");
        Assert.Null(entry.ArxivId);
        Assert.Contains(entry.Links, l => l.Url == "https://arxiv.org/abs/2210.107605");
    }

    [Fact]
    public void Import_Seed002_TopicsAreHeadingPathsWithoutEmoji()
    {
        var lora = Seed.Result.Entries.Single(e => e.Title == "LoRA: Low-Rank Adaptation of Large Language Models");
        Assert.Equal(["开源项目和相关资源 / 高效的训练/微调/推理方法（efficient tuning/inferring） / 参数高效的微调方法（parameter-efficient fine-tuning）"], lora.Topics);
        var awesome = Seed.Result.Entries.Single(e => e.Title == "Awesome-LLM");
        Assert.Equal(["paper list & repo"], awesome.Topics);
    }

    [Fact]
    public void Import_Seed002_CodeBlocksAndNotesAreNotEntries()
    {
        Assert.DoesNotContain(Seed.Result.Entries, e => e.Title.Contains("Joe Biden", StringComparison.Ordinal) || e.Title.Contains("instruction", StringComparison.Ordinal) && e.Sources[0].Line is > 320 and < 430);
        Assert.DoesNotContain(Seed.Result.Entries, e => e.Title.StartsWith("参数的精度", StringComparison.Ordinal));
        Assert.DoesNotContain(Seed.Result.Entries, e => e.Title.StartsWith("definition of emergent", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_Seed002_BilingualTitleSplitsIntoTitleAndAltTitle()
    {
        var bentsao = Seed.Result.Entries.Single(e => e.ArxivId?.Base == "2304.06975");
        Assert.Equal("BenTsao (original name: HuaTuo): Tuning LLaMA Model With Chinese Medical Instructions", bentsao.Title);
        Assert.Equal("本草: 基于中文医学知识的LLaMA微调模型", bentsao.AltTitleIn("zh"));
    }

    [Fact]
    public void Import_Seed002_ArxivLinksInProseAreKept()
    {
        var raft = Assert.Single(Seed.Result.Entries, e => e.ArxivId?.Base == "2304.06767");
        Assert.Equal("RAFT", raft.Title);
        Assert.Equal(451, raft.Sources[0].Line);
    }

    [Fact]
    public void Import_Seed002_SameIdForDifferentTitlesIsFlagged()
    {
        // The list gives BIG-bench SpeechGPT's id and the ChatGPT survey GLM-130B's id.
        Assert.Contains(Seed.Result.Diagnostics, d => d.Code == "PUB216" && d.Line == 541);
        Assert.Contains(Seed.Result.Diagnostics, d => d.Code == "PUB216" && d.Line == 138);
        Assert.DoesNotContain(Seed.Result.Diagnostics, d => d.Code == "PUB216" && d.Line == 233);
    }
}
