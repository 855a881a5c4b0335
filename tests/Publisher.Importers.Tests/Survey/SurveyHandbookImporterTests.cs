using Publisher.Importers.ReadingLists.Catalogue;
using Publisher.Importers.ReadingLists.Survey;
using Publisher.Model;
using Publisher.Testing;

namespace Publisher.Importers.Tests.Survey;

public class SurveyHandbookImporterTests
{
    private readonly SurveyHandbookImporter _importer = new();

    public static TheoryData<string> Fixtures => ImportSnapshot.Inputs("Survey");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Import_Fixture_MatchesExpected(string name)
    {
        var document = ImportSnapshot.Load("Survey", name);

        Assert.True(_importer.Detect(document) >= 55, "fixture should be recognised as a survey handbook");
        ImportSnapshot.AssertMatches(_importer.Import(document), ImportSnapshot.ExpectedPath("Survey", name));
    }

    [Fact]
    public void Import_Seed004_SplitsMultiTitleCitations()
    {
        var (document, result) = ImportSeed004();

        var dialog = LineOf(document, "DIALOGPT : Large-scale");
        Assert.Equal(
            ["DIALOGPT : Large-scale generative pre-training for conversational response generation", "End-to-end neural pipeline for goal-oriented dialogue systems using GPT-2"],
            result.Entries.Where(e => e.Sources[0].Line == dialog).Select(e => e.Title));
        var rl = LineOf(document, "[Deep reinforcement learning from human preferences, Learning");
        var rlTitles = result.Entries.Where(e => e.Sources[0].Line == rl).Select(e => e.Title).ToList();
        Assert.Contains("Deep reinforcement learning from human preferences", rlTitles);
        Assert.Contains("Learning to summarize from human feedback", rlTitles);
        // A title with commas of its own stays whole.
        Assert.Contains(result.Entries, e => e.Title == "Calculus, differential equations, linear algebra, and more");
        Assert.All(result.Entries.Where(e => e.Kind == EntryKind.Paper), e => Assert.Null(e.ArxivId));
    }

    [Fact]
    public void Import_Seed004_TocGivesNoEntriesAndTopicsAreSectionPaths()
    {
        var (document, result) = ImportSeed004();

        var firstBodyHeading = document.Lines.ToList().FindIndex(l => l == "1.1 LLM 简史") + 1;
        Assert.True(firstBodyHeading > 100);
        Assert.All(result.Entries, e => Assert.True(e.Sources[0].Line > firstBodyHeading));
        var scaling = Assert.Single(result.Entries, e => e.Title == "Scaling laws for neural language models");
        Assert.Equal(["1 概述 / 1.6 扩展法则 / 1.6.1 openai 的扩展法则"], scaling.Topics);
        Assert.True(result.Entries.Count >= 120, $"{result.Entries.Count} entries");
    }

    [Fact]
    public void Import_Seed004_KeepsModelTableAndCountsDroppedLinks()
    {
        var (_, result) = ImportSeed004();

        var table = result.Tables[0];
        Assert.Equal(["ckpt?", "模型", "发布时间", "大小", "预训练数据规模", "硬件", "训练时间"], table.Header);
        Assert.Equal(48, table.Rows.Count); // two page halves joined
        Assert.Equal(["Y", "T5", "2019.10", "11B", "1 万亿 tokens", "1024 TPU v3", "-"], table.Rows[0]);
        Assert.Equal("1 概述 / 1.2 LLM 列表（持续更新中）", table.Topic);
        var info = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Info && d.Message.Contains("not paper titles", StringComparison.Ordinal));
        Assert.Contains("'github'", info.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Entries, e => e.Title is "github" or "百万亿字节" or "3.3 亿的 BERT");
        Assert.Contains(result.Entries, e => e.Title == "C4" && e.Kind == EntryKind.Dataset);
    }

    [Fact]
    public void Import_Seed004_FindsBareTitlesGluedToChinese()
    {
        var (document, result) = ImportSeed004();

        var line = LineOf(document, "RLHF 相关工作如Training");
        Assert.Equal(
            ["Training language models to follow instructions with human feedback", "Deep reinforcement learning from human preferences"],
            result.Entries.Where(e => e.Sources[0].Line == line).Select(e => e.Title));
    }

    [Theory]
    [InlineData("A Synthetic Study of Things、Another Invented Title about Stuff", "A Synthetic Study of Things|Another Invented Title about Stuff")]
    [InlineData("Invented learning from imaginary preferences, Learning to do made-up things", "Invented learning from imaginary preferences|Learning to do made-up things")]
    [InlineData("Pre-Trained Toys: Past, Present and Future", "Pre-Trained Toys: Past, Present and Future")]
    [InlineData("Fake calculus, invented equations, and more", "Fake calculus, invented equations, and more")]
    [InlineData("Chain-of-Thought, CoT", "Chain-of-Thought, CoT")]
    [InlineData(@"\(Made-up systems at scale using fake parallelism, Efficient imaginary training on toy clusters and Reducing invented costs in fake models\)",
        "Made-up systems at scale using fake parallelism|Efficient imaginary training on toy clusters|Reducing invented costs in fake models")]
    [InlineData("虚构的中文标题：从理论到实践，A Synthetic Survey of Everything", "虚构的中文标题：从理论到实践|A Synthetic Survey of Everything")]
    [InlineData("Fine-tune 之后的虚构新范式：Prompt 越来越火，CMU 学者写了篇综述", "Fine-tune 之后的虚构新范式：Prompt 越来越火，CMU 学者写了篇综述")]
    public void Split_CitationText_GivesTitles(string text, string expected) =>
        Assert.Equal(expected.Split('|'), CitationSplitter.Split(text));

    [Theory]
    [InlineData("A Synthetic Study of Things", "1 概述", EntryKind.Paper)]
    [InlineData("C4", "1.3 LLM 数据集", EntryKind.Dataset)]
    [InlineData("C4", "1.4 LLM 开源库", null)]
    [InlineData("github", "1.3 LLM 数据集", null)]
    [InlineData("百万亿字节", "1.3 LLM 数据集", null)]
    [InlineData("3.3 亿的 BERT", "1 概述", null)]
    public void Classify_LinkText_GivesKindOrNothing(string text, string topic, EntryKind? expected) =>
        Assert.Equal(expected, SurveyHandbookImporter.Classify(text, topic));

    [Fact]
    public void Detect_ByContent_RecognisesSampleAndNotCatalogue()
    {
        var sample = new SourceDocument("survey.txt", File.ReadAllText(Path.Combine(RepoPaths.Samples, "survey.txt")));
        var catalogue = new SourceDocument("catalogue.md", File.ReadAllText(Path.Combine(RepoPaths.Samples, "catalogue.md")));

        Assert.Equal("survey", ImporterRegistry.CreateDefault().Choose(sample)?.Name);
        Assert.True(_importer.Detect(sample) >= 80);
        Assert.Equal(0, _importer.Detect(catalogue));
        Assert.True(new ProjectCatalogueImporter().Detect(sample) < _importer.Detect(sample));
    }

    private (SourceDocument Document, ImportResult Result) ImportSeed004()
    {
        var document = new SourceDocument("004.txt", File.ReadAllText(RepoPaths.Seed("004")));
        return (document, _importer.Import(document));
    }

    private static int LineOf(SourceDocument document, string text) =>
        document.Lines.ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
