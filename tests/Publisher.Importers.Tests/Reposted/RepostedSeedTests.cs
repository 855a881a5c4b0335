using Publisher.Importers.Tests.Common;
using Publisher.Model;

namespace Publisher.Importers.Tests.Reposted;

/// <summary>
/// Seed 001 (reposted plain text). The file has 43 entries with a 原文 line: 40 link to arXiv; two link to
/// OpenAI-hosted PDFs (GPT, GPT-2) and one to a Hugging Face blog post, which has no English title line.
/// </summary>
public sealed class RepostedSeedTests
{
    private static readonly (ImportResult Result, string Importer, Publisher.Importers.SourceDocument Document) Seed = SeedImport.Run("001");

    [Fact]
    public void Import_Seed001_IsReadByRepostedImporter() => Assert.Equal("reposted", Seed.Importer);

    [Fact]
    public void Import_Seed001_YieldsOneEntryPerSourceLine()
    {
        var sourceLines = Seed.Document.Lines.Count(l => l.StartsWith("** 原文*:", StringComparison.Ordinal));
        Assert.Equal(43, sourceLines);
        Assert.Equal(43, Seed.Result.Entries.Count);
    }

    [Fact]
    public void Import_Seed001_FortyEntriesHaveArxivIdsAndEnglishTitles()
    {
        var arxiv = Seed.Result.Entries.Where(e => e.ArxivId is not null).ToList();
        Assert.Equal(40, arxiv.Count);
        Assert.Equal(40, arxiv.Select(e => e.ArxivId!.Base).Distinct().Count());
        Assert.All(arxiv, e => Assert.Matches("^[A-Z0-9][\\x20-\\x7E]+$", e.Title));
        Assert.All(arxiv, e => Assert.Equal(EntryKind.Preprint, e.Kind));
    }

    [Fact]
    public void Import_Seed001_NonArxivEntriesAreKeptHonestly()
    {
        var others = Seed.Result.Entries.Where(e => e.ArxivId is null).ToDictionary(e => e.Title);
        Assert.Equal(3, others.Count);
        Assert.Equal(LinkKind.Pdf, others["Improving Language Understanding by Generative Pre-Training"].Links.Single().Kind);
        Assert.Equal(LinkKind.Pdf, others["Language Models are Unsupervised Multitask Learners"].Links.Single().Kind);
        var blog = others["Mixed Expert Models 详解"];
        Assert.Equal(EntryKind.Article, blog.Kind);
        Assert.Contains(Seed.Result.Diagnostics, d => d.Code == "PUB213" && d.Line == 502);
    }

    [Fact]
    public void Import_Seed001_FirstEntryHasTitleHeadingLinkAndSummary()
    {
        var first = Seed.Result.Entries[0];
        Assert.Equal("Attention Is All You Need", first.Title);
        Assert.Equal("Transformer 开山论文", first.AltTitleIn("zh"));
        Assert.Equal("1706.03762", first.ArxivId?.ToString());
        Assert.Equal(17, first.Sources[0].Line);
        Assert.StartsWith("主流的序列转换模型", first.Summaries[0].Text, StringComparison.Ordinal);
        Assert.Equal("zh", first.Summaries[0].Language);
    }

    [Fact]
    public void Import_Seed001_CreditLinesAreNotTurnedIntoInventedAuthors()
    {
        // "OpenAI", "谷歌 DeepMind", "华盛顿大学的研究人员" are credits, not author lists: no entry gets parsed authors.
        Assert.All(Seed.Result.Entries, e => Assert.Empty(e.Authors));
        var gpt = Seed.Result.Entries.Single(e => e.Title == "Improving Language Understanding by Generative Pre-Training");
        Assert.Contains(gpt.Summaries, s => s.Text.Contains("作者：OpenAI", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_Seed001_BoilerplateIsNeitherEntryNorSummary()
    {
        Assert.DoesNotContain(Seed.Result.Entries, e => e.Links.Any(l => l.Url.Contains("eugeneyan.com", StringComparison.Ordinal)));
        var last = Seed.Result.Entries[^1];
        Assert.Equal("Self-Instruct: Aligning Language Models with Self-Generated Instructions", last.Title);
        Assert.DoesNotContain(last.Summaries, s => s.Text.Contains("关注公众号", StringComparison.Ordinal) || s.Text.Contains("点赞", StringComparison.Ordinal));
    }
}
