using Publisher.Importers.Ris;
using Publisher.Importers.Tests.BibTeX;
using Publisher.Model;

namespace Publisher.Importers.Tests.Ris;

public class RisImporterTests
{
    public static TheoryData<string> Inputs() => ImporterFixture.Inputs("Ris", ".ris");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Import_Fixture_MatchesExpectedEntriesAndDiagnostics(string file)
    {
        var result = ImporterFixture.Import(new RisImporter(), "Ris", file);
        ImporterFixture.AssertMatchesExpected(result, "Ris", file);
    }

    [Fact]
    public void Import_ZoteroExport_ReadsTypesPersonsDatesIds()
    {
        var result = ImporterFixture.Import(new RisImporter(), "Ris", "zotero-export.ris");
        Assert.Empty(result.Diagnostics);
        var e = result.Entries;
        Assert.Equal([EntryKind.Paper, EntryKind.Preprint, EntryKind.Repository, EntryKind.WebPage], e.Select(x => x.Kind));
        Assert.Equal([Person.Of("Ana", "Müller"), Person.Of("Sam", "Doe"), Person.OfLiteral("Synthetic Lab")], e[0].Authors);
        Assert.Equal(new PartialDate(2023, 3), e[0].Date);
        Assert.Equal("Journal of Invented Results", e[0].Venue);
        Assert.DoesNotContain(e[0].Links, l => l.Url.StartsWith("file:")); // a local Zotero attachment is not a link to share
        Assert.Equal("2401.00005", e[1].ArxivId!.ToString());
        Assert.Null(e[1].Doi);
        Assert.Equal(new Person { Given = "Jan", Particle = "van der", Family = "Berg" }, e[1].Authors[1]);
        Assert.Equal(new PartialDate(2024, 1, 15), e[1].Date);
        Assert.Equal("一个虚构的网页", e[3].Title);
    }

    [Fact]
    public void Import_BrokenRecords_ReportedWithLinesAndReadingGoesOn()
    {
        var result = ImporterFixture.Import(new RisImporter(), "Ris", "broken.ris");
        Assert.Equal(["A Synthetic Title Broken across two lines", "A Record Without Its ER Line", "A Good Synthetic Record After Bad Ones", "The Last Synthetic Record Is Not Closed"],
            result.Entries.Select(x => x.Title));
        var d = result.Diagnostics;
        Assert.Contains(d, x => x.Line == 3 && x.Severity == Severity.Warning && x.Message.Contains("not a RIS tag line"));
        Assert.Contains(d, x => x.Line == 8 && x.Message.Contains("no title"));
        Assert.Contains(d, x => x.Line == 17 && x.Message.Contains("no 'ER  - ' line"));
        Assert.Contains(d, x => x.Line == 20 && x.Message.Contains("not a DOI"));
        Assert.Contains(d, x => x.Line == 19 && x.Message.Contains("date 'last year'"));
        Assert.Contains(d, x => x.Line == 23 && x.Message.Contains("text outside a record"));
        Assert.Contains(d, x => x.Line == 24 && x.Message.Contains("not closed"));
    }

    [Theory]
    [InlineData("TY  - JOUR\r\nTI  - t\r\nER  - \r\n", 95)]
    [InlineData("@article{k,\n title = {T},\n}\n", 0)]
    [InlineData("# A list\n- TY is not a tag here\n", 0)]
    public void Detect_Content_ScoresRisOnly(string text, int expected) =>
        Assert.Equal(expected, new RisImporter().Detect(new SourceDocument("x", text)));
}
