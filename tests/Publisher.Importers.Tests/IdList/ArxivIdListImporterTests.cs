using Publisher.Importers.IdList;
using Publisher.Model;
using Publisher.Testing;

namespace Publisher.Importers.Tests.IdList;

public class ArxivIdListImporterTests
{
    public static TheoryData<string> Inputs => ImportFixture.Inputs("IdList", ".txt");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Import_FixtureFile_MatchesExpectedEntriesAndDiagnostics(string file) =>
        ImportFixture.Matches("IdList", file, new ArxivIdListImporter().Import(ImportFixture.Document("IdList", file)));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Detect_FixtureFile_RegistryChoosesIdList(string file) =>
        Assert.Equal("idlist", ImporterRegistry.CreateDefault().Choose(ImportFixture.Document("IdList", file))?.Name);

    [Fact]
    public void Import_MixedForms_EveryLineBecomesAnEntryWithItsLine()
    {
        var result = new ArxivIdListImporter().Import(ImportFixture.Document("IdList", "mixed.txt"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["2401.00021", "2401.00022v2", "2401.00023", "2401.00024v3", "2401.00025", "2401.00026", null, null, "2401.00027", "2401.00028", "2401.00029"],
            result.Entries.Select(e => e.ArxivId?.ToString()));
        Assert.Equal("A Synthetic Title After the Id", result.Entries[1].Title);
        Assert.Equal(LinkKind.Pdf, result.Entries[4].Links.Single().Kind);
        Assert.Equal(Doi.Parse("10.5555/synthetic.0022"), result.Entries[7].Doi);
        Assert.Equal("A Synthetic Numbered Entry", result.Entries[^1].Title);
        Assert.Equal([2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 14], result.Entries.Select(e => e.Sources.Single().Line));
        Assert.All(result.Entries, e => Assert.Equal("idlist", e.Sources.Single().Importer));
    }

    [Fact]
    public void Import_InvalidLines_ErrorNamesLineAndExpectedForms()
    {
        var result = new ArxivIdListImporter().Import(ImportFixture.Document("IdList", "invalid.txt"));
        Assert.Equal(4, result.Entries.Count);
        Assert.Equal([3, 5, 7, 9], result.Diagnostics.Select(d => d.Line));
        Assert.All(result.Diagnostics, d => Assert.Contains("expected an arXiv id", d.Message));
        Assert.Contains("arXiv URL without a valid arXiv id", result.Diagnostics[1].Message);
    }

    [Theory]
    [InlineData("# Title\n\nSome prose about 2401.00001 in a sentence.\nMore prose.\n")]
    [InlineData("id,kind,title\narxiv:2401.00001,preprint,A Synthetic Title\n")]
    [InlineData("")]
    public void Detect_NotAnIdList_ReturnsZero(string text) =>
        Assert.Equal(0, new ArxivIdListImporter().Detect(new SourceDocument("x.txt", text)));

    [Fact]
    public void Import_SampleIdsFile_HasOnlyValidRealIds()
    {
        var path = Path.Combine(RepoPaths.Samples, "ids.txt");
        var catalog = new CatalogImporter(ImporterRegistry.CreateDefault()).Import([path]);
        Assert.Equal("idlist", catalog.Inputs.Single().Importer);
        Assert.False(catalog.HasErrors, string.Join("\n", catalog.Diagnostics));
        Assert.True(catalog.Entries.Count >= 5);
        Assert.All(catalog.Entries, e => Assert.NotNull(e.ArxivId));
    }

    [Fact]
    public void Import_SeedArxivIds_AreAllAcceptedAsAnIdList()
    {
        // The arXiv ids cited in seed 001, written one per line, must all be read.
        var ids = File.ReadAllLines(RepoPaths.Seed("001"))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})"))
            .Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(ids);
        var result = new ArxivIdListImporter().Import(new SourceDocument("seed-ids.txt", string.Join("\n", ids)));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(ids, result.Entries.Select(e => e.ArxivId!.Base));
    }
}
