using Publisher.Importers.Csv;
using Publisher.Model;

namespace Publisher.Importers.Tests.Csv;

public class CsvImporterTests
{
    public static TheoryData<string> Inputs => ImportFixture.Inputs("Csv", ".csv");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Import_FixtureFile_MatchesExpectedEntriesAndDiagnostics(string file) =>
        ImportFixture.Matches("Csv", file, new CsvImporter().Import(ImportFixture.Document("Csv", file)));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Detect_FixtureFile_RegistryChoosesCsv(string file) =>
        Assert.Equal("csv", ImporterRegistry.CreateDefault().Choose(ImportFixture.Document("Csv", file))?.Name);

    [Fact]
    public void Import_OurColumns_ReadsListsNamesAndIdentifiers()
    {
        var result = new CsvImporter().Import(ImportFixture.Document("Csv", "ours.csv"));
        var first = result.Entries[0];
        Assert.Equal(ArxivId.Parse("2401.00011v1"), first.ArxivId);
        Assert.Equal([Person.Of("Ann", "Example"), new Person { Given = "Bram", Family = "Dijk", Particle = "van" }, Person.OfLiteral("李四"), Person.Others], first.Authors);
        Assert.Equal(new PartialDate(2024, 3, 5), first.Date);
        Assert.Equal([new AltTitle("一项合成综述", "zh"), new AltTitle("Eine synthetische Übersicht", "de")], first.TitleAlt);
        Assert.Equal(["大模型 / 综述", "Surveys"], first.Topics);
        Assert.Equal("合成摘要; 第二句。", first.Summaries.Single(s => s.Language == "zh").Text);
        Assert.Contains(new SourceRef("samples/list.txt", 9), first.Sources);
        Assert.Contains(new SourceRef("ours.csv", 2, "csv"), first.Sources);
        Assert.Equal("Synthetic Results, Quoted \"Here\"", result.Entries[1].Title);
        Assert.Equal(new Person { Family = "Doe", Given = "John", Suffix = "Jr." }, result.Entries[1].Authors.Single());
        Assert.Equal(Person.OfLiteral("Synthetic AI Lab"), result.Entries[2].Authors.Single());
        Assert.Equal(EntryKind.Repository, result.Entries[2].Kind);
    }

    [Fact]
    public void Import_ZoteroExport_MapsItemTypesAndArxivDataCiteDoi()
    {
        var result = new CsvImporter().Import(ImportFixture.Document("Csv", "zotero.csv"));
        Assert.Equal([EntryKind.Preprint, EntryKind.Paper, EntryKind.Repository], result.Entries.Select(e => e.Kind));
        Assert.Equal(ArxivId.Parse("2402.00012"), result.Entries[0].ArxivId);
        Assert.Null(result.Entries[0].Doi);
        Assert.Equal(new PartialDate(2024, 2, 10), result.Entries[0].Date);
        Assert.Equal(Doi.Parse("10.5555/synthetic.0012"), result.Entries[1].Doi);
        Assert.Equal(LinkKind.Code, result.Entries[2].Links.Single().Kind);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != Severity.Info);
    }

    [Fact]
    public void Import_BadRows_ReportsEachWithLineAndKeepsTheRest()
    {
        var result = new CsvImporter().Import(ImportFixture.Document("Csv", "bad-rows.csv"));
        Assert.Equal(4, result.Entries.Count);
        Assert.Contains(result.Diagnostics, d => d.Line == 2 && d.Message.Contains("YYYY-MM-DD"));
        Assert.Contains(result.Diagnostics, d => d.Line == 3 && d.Message.Contains("kind 'gadget'"));
        Assert.Contains(result.Diagnostics, d => d.Line == 3 && d.Message.Contains("arxiv_id"));
        Assert.Contains(result.Diagnostics, d => d.Line == 3 && d.Message.Contains("not a DOI"));
        Assert.Contains(result.Diagnostics, d => d.Line == 4 && d.Severity == Severity.Error);
        Assert.Contains(result.Diagnostics, d => d.Line == 5 && d.Message.Contains("disagrees"));
        Assert.All(result.Diagnostics, d => Assert.Equal("bad-rows.csv", d.File));
    }

    [Theory]
    [InlineData("# Reading list\n\n- [A paper](https://arxiv.org/abs/2401.00001)\n")]
    [InlineData("2401.00001\n2401.00002\n")]
    [InlineData("name,age\nann,3\n")]
    [InlineData("")]
    public void Detect_NotOurCsv_ReturnsZero(string text) =>
        Assert.Equal(0, new CsvImporter().Detect(new SourceDocument("x.txt", text)));

    [Fact]
    public void Import_SemicolonSeparatedSpreadsheet_IsRead()
    {
        var doc = new SourceDocument("excel.csv", "title;authors;year;arxiv_id\nA Synthetic Title;\"Example, Ann\";2024;2401.00001\n");
        Assert.True(new CsvImporter().Detect(doc) > 50);
        var entry = new CsvImporter().Import(doc).Entries.Single();
        Assert.Equal("A Synthetic Title", entry.Title);
        Assert.Equal(Person.Of("Ann", "Example"), entry.Authors.Single());
    }

    [Fact]
    public void Import_HeaderWithoutIdentifyingColumn_IsOneErrorNoEntries()
    {
        var result = new CsvImporter().Import(new SourceDocument("x.csv", "authors,year,venue\n\"Example, Ann\",2024,ICLR\n"));
        Assert.Empty(result.Entries);
        Assert.Equal(Severity.Error, Assert.Single(result.Diagnostics).Severity);
    }
}
