using Publisher.Importers;
using Publisher.Importers.Ris;
using Publisher.Writers.Ris;
using Publisher.Writers.Tests.BibTeX;

namespace Publisher.Writers.Tests.Ris;

public class RisRoundTripTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("abstract")]
    public void ImportOfWrittenFile_FixtureCatalogs_PreservesTitlesPersonsDatesIdsLinks(string variant)
    {
        foreach (var name in new[] { "tricky", "names" })
            AssertRoundTrip(CitationFixtures.Load(name), variant);
    }

    private static void AssertRoundTrip(Publisher.Model.Catalog catalog, string variant)
    {
        var ris = CitationFixtures.Write(new RisWriter(), catalog, CitationFixtures.OptionsFor(variant));
        var result = new RisImporter().Import(new SourceDocument("tricky.ris", ris));
        Assert.Empty(result.Diagnostics);
        // RIS has no "et al." marker: the listed authors must survive, the marker cannot.
        RoundTrip.AssertSame(catalog.Entries, result.Entries, keepsOthers: false, particleAmbiguous: true);
        if (variant == "abstract" && catalog.Entries[0].Summaries.Count > 0) Assert.StartsWith("We invent a study", result.Entries[0].Summaries.Single().Text);
    }

    [Fact]
    public void ImportOfWrittenFile_SeedsAndSyntheticCatalog_PreservesTitlesPersonsDatesIdsLinks()
    {
        var catalog = CitationFixtures.SeedsAndSynthetic();
        var ris = CitationFixtures.Write(new RisWriter(), catalog, CitationWriterOptions.Default);
        var result = new RisImporter().Import(new SourceDocument("library.ris", ris));
        Assert.Empty(result.Diagnostics);
        RoundTrip.AssertSame(catalog.Entries, result.Entries, keepsOthers: false, particleAmbiguous: true);
    }

    [Fact]
    public void ImportOfWrittenFile_RandomTitlesAndNames_ComeBackExactly()
    {
        var catalog = CitationFixtures.RandomCatalog();
        var ris = CitationFixtures.Write(new RisWriter(), catalog, CitationWriterOptions.Default);
        var back = new RisImporter().Import(new SourceDocument("r.ris", ris));
        Assert.Empty(back.Diagnostics);
        RoundTrip.AssertSame(catalog.Entries, back.Entries, keepsOthers: false, particleAmbiguous: true);
    }
}
