using Publisher.Importers.CslJson;
using Publisher.Importers.Tests.BibTeX;
using Publisher.Model;

namespace Publisher.Importers.Tests.CslJson;

public class CslJsonImporterTests
{
    // The expected files are JSON too: only the inputs are cases.
    public static TheoryData<string> Inputs() => new(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "CslJson"), "*.json")
        .Select(Path.GetFileName).OfType<string>().Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Import_Fixture_MatchesExpectedEntriesAndDiagnostics(string file)
    {
        var result = ImporterFixture.Import(new CslJsonImporter(), "CslJson", file);
        ImporterFixture.AssertMatchesExpected(result, "CslJson", file);
    }

    [Fact]
    public void Import_ZoteroExport_ReadsTypesNamesDatesAndIds()
    {
        var result = ImporterFixture.Import(new CslJsonImporter(), "CslJson", "zotero.json");
        Assert.Empty(result.Diagnostics);
        var e = result.Entries;
        Assert.Equal([EntryKind.Paper, EntryKind.Preprint, EntryKind.Repository, EntryKind.WebPage], e.Select(x => x.Kind));
        Assert.Equal("A Synthetic Study of Invented Results", e[0].Title);
        Assert.Equal(new Person { Given = "Jan", Particle = "van der", Family = "Berg" }, e[0].Authors[1]);
        Assert.Equal(Person.OfLiteral("Synthetic Lab"), e[0].Authors[2]);
        Assert.Equal(new PartialDate(2023, 3), e[0].Date);
        Assert.Equal("2301.00001", e[0].ArxivId!.ToString());
        Assert.Equal("2401.00005", e[1].ArxivId!.ToString());
        Assert.True(e[1].Authors[1].IsOthers);
        Assert.Equal(new PartialDate(2024, 1, 15), e[1].Date);
        Assert.Equal([2, 19, 28, 34], e.Select(x => x.Sources.Single().Line));
        Assert.Equal("zh", e[3].Summaries.Single().Language);
    }

    [Fact]
    public void Import_BrokenFile_EachProblemHasItsLineAndEarlierItemsAreKept()
    {
        var result = ImporterFixture.Import(new CslJsonImporter(), "CslJson", "broken.json");
        Assert.Equal(["An Invented Book", "An Invented Chapter", "An Invented Talk"], result.Entries.Select(e => e.Title));
        Assert.Contains(result.Diagnostics, d => d.Line == 2 && d.Message.Contains("date"));
        Assert.Contains(result.Diagnostics, d => d.Line == 3 && d.Severity == Severity.Error);
        Assert.Contains(result.Diagnostics, d => d.Line == 4 && d.Severity == Severity.Error);
        Assert.Contains(result.Diagnostics, d => d.Line == 5 && d.Message.Contains("DOI"));
        Assert.Contains(result.Diagnostics, d => d.Line == 7 && d.Message.Contains("invalid JSON"));
    }
}
