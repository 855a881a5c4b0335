using Publisher.Importers.Decoding;
using Publisher.Importers.ReadingLists.Catalogue;
using Publisher.Importers.ReadingLists.Survey;
using Publisher.Model;
using Publisher.Testing;

namespace Publisher.Importers.Tests.Catalogue;

public class ProjectCatalogueImporterTests
{
    private readonly ProjectCatalogueImporter _importer = new();

    public static TheoryData<string> Fixtures => ImportSnapshot.Inputs("Catalogue");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Import_Fixture_MatchesExpected(string name)
    {
        var document = ImportSnapshot.Load("Catalogue", name);

        Assert.True(_importer.Detect(document) >= 60, "fixture should be recognised as a catalogue");
        ImportSnapshot.AssertMatches(_importer.Import(document), ImportSnapshot.ExpectedPath("Catalogue", name));
    }

    [Fact]
    public void Import_Seed003AfterRepair_YieldsProjectsWithChineseText()
    {
        var document = LoadSeed003();

        var result = _importer.Import(document);

        var headings = document.Lines.Count(l => l.StartsWith("### ", StringComparison.Ordinal));
        Assert.Equal(headings, result.Entries.Count);
        var pruner = Assert.Single(result.Entries, e => e.Title == "LLMPruner：大语言模型裁剪工具");
        Assert.Equal(EntryKind.Repository, pruner.Kind);
        Assert.Equal(["1 工具箱（Tools）"], pruner.Topics);
        Assert.Contains(pruner.Summaries, s => s.Language == "zh");
        var raft = result.Entries[0];
        Assert.Equal("2304.06767", raft.ArxivId?.ToString());
        Assert.Equal([LinkKind.Code, LinkKind.Paper, LinkKind.Project], raft.Links.Select(l => l.Kind));
        var firefly = Assert.Single(result.Entries, e => e.Title == "中文对话式大语言模型Firefly");
        Assert.Equal(["2 中文开源模型（Chinese Open Source Language Models）"], firefly.Topics);
        Assert.Contains(result.Entries, e => e.Title == "Gorilla" && e.ArxivId?.ToString() == "2305.15334");
        Assert.Contains(result.Entries, e => e.Title == "MPT-7B" && e.Kind == EntryKind.Model);
        // The "related articles" list before the first section is boilerplate.
        Assert.DoesNotContain(result.Entries, e => e.Title.Contains("ColossalAI SFT", StringComparison.Ordinal));
        Assert.All(result.Entries, e => Assert.DoesNotContain("å", e.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_ByContent_PrefersCatalogueForSeed003AndNotForSurvey()
    {
        var catalogue = LoadSeed003();
        var survey = new SourceDocument("004.txt", File.ReadAllText(RepoPaths.Seed("004")));

        Assert.True(_importer.Detect(catalogue) > new SurveyHandbookImporter().Detect(catalogue));
        Assert.True(_importer.Detect(survey) < new SurveyHandbookImporter().Detect(survey));
        Assert.Equal(0, _importer.Detect(new SourceDocument("a.md", "# Title\n\nSome text.\n\n- a\n- b\n")));
    }

    [Fact]
    public void Registry_ChoosesCatalogueForTheSamples()
    {
        var registry = ImporterRegistry.CreateDefault();
        foreach (var name in new[] { "catalogue.md", "catalogue-mojibake.md" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, name));
            var decoded = TextDecoder.Decode(bytes, name);
            Assert.Equal("catalogue", registry.Choose(new SourceDocument(name, decoded.Text, decoded.Encoding))?.Name);
        }
    }

    [Theory]
    [InlineData("https://github.com/org/repo", LinkKind.Code)]
    [InlineData("github.com/org/repo", LinkKind.Code)]
    [InlineData("https://huggingface.co/org/model-7b", LinkKind.Weights)]
    [InlineData("https://huggingface.co/datasets/org/data", LinkKind.Dataset)]
    [InlineData("https://huggingface.co/spaces/org/demo", LinkKind.Project)]
    [InlineData("https://arxiv.org/abs/2401.00001", LinkKind.Paper)]
    [InlineData("https://arxiv.org/pdf/2401.00001.pdf", LinkKind.Pdf)]
    [InlineData("https://org.github.io/project/", LinkKind.Project)]
    [InlineData("https://mp.weixin.qq.com/s/abc", LinkKind.Article)]
    public void Classify_Url_GivesLinkKind(string url, LinkKind expected) =>
        Assert.Equal(expected, CatalogueLinkClassifier.Classify(url));

    private static SourceDocument LoadSeed003()
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(RepoPaths.Seed("003")), "003.txt");
        return new SourceDocument("003.txt", decoded.Text, decoded.Encoding);
    }
}
