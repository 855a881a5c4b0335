namespace Publisher.Importers.Tests.Detection;

/// <summary>
/// Detection stops at the first importer that scores <see cref="ImporterRegistry.CertainScore"/>: each fixture must
/// still reach the importer named in its <c>.expected.txt</c>, the same one that asking every importer would pick.
/// </summary>
public class ImporterDetectionTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(ImportFixture.Dir("Detection")).Order(StringComparer.Ordinal))
            if (!f.EndsWith(".expected.txt", StringComparison.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Choose_FixtureFile_PicksExpectedImporter(string file)
    {
        var expected = File.ReadAllText(Path.Combine(ImportFixture.Dir("Detection"), Path.GetFileNameWithoutExtension(file) + ".expected.txt")).Trim();
        Assert.Equal(expected, ImporterRegistry.CreateDefault().Choose(ImportFixture.Document("Detection", file))?.Name);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Choose_FixtureFile_SameAsAskingEveryImporter(string file)
    {
        var registry = ImporterRegistry.CreateDefault();
        var document = ImportFixture.Document("Detection", file);
        Assert.Equal(AskEveryImporter(registry, document)?.Name, registry.Choose(document)?.Name);
    }

    [Fact]
    public void Choose_CertainScore_LaterImportersNotAsked()
    {
        var later = new ScoringImporter("later", 100);
        var registry = new ImporterRegistry([new ScoringImporter("unsure", 60), new ScoringImporter("certain", ImporterRegistry.CertainScore), later]);
        Assert.Equal("certain", registry.Choose(new SourceDocument("x.txt", "anything"))?.Name);
        Assert.Equal(0, later.Asked);
    }

    [Fact]
    public void Choose_BelowCertainScore_AsksEveryImporter()
    {
        var later = new ScoringImporter("later", 70);
        var registry = new ImporterRegistry([new ScoringImporter("unsure", ImporterRegistry.CertainScore - 1), later]);
        Assert.Equal("unsure", registry.Choose(new SourceDocument("x.txt", "anything"))?.Name);
        Assert.Equal(1, later.Asked);
    }

    // Detection as it was before the early stop: the highest score over all importers, ties to the earlier one,
    // reading lists with Markdown fences never read by a structured importer.
    private static IImporter? AskEveryImporter(ImporterRegistry registry, SourceDocument document)
    {
        var fenced = document.Text.Contains("```", StringComparison.Ordinal) && document.Lines.Any(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^#{1,6} \S"));
        IImporter? best = null;
        var bestScore = 0;
        foreach (var importer in registry.Importers)
        {
            if (fenced && importer.IsStructured) continue;
            var score = importer.Detect(document);
            if (score > bestScore) { best = importer; bestScore = score; }
        }
        return best ?? registry.Fallback;
    }

    private sealed class ScoringImporter(string name, int score) : IImporter
    {
        public int Asked { get; private set; }
        public string Name => name;
        public int Detect(SourceDocument document) { Asked++; return score; }
        public ImportResult Import(SourceDocument document) => new([], [], []);
    }
}
