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
    public void ImportOfWrittenFile_TrickyCatalog_PreservesTitlesPersonsDatesIdsLinks(string variant)
    {
        var catalog = CitationFixtures.Load("tricky");
        var ris = CitationFixtures.Write(new RisWriter(), catalog, CitationFixtures.OptionsFor(variant));
        var result = new RisImporter().Import(new SourceDocument("tricky.ris", ris));
        Assert.Empty(result.Diagnostics);
        // RIS has no "et al." marker: the listed authors must survive, the marker cannot.
        RoundTrip.AssertSame(catalog.Entries, result.Entries, keepsOthers: false);
        if (variant == "abstract") Assert.StartsWith("We invent a study", result.Entries[0].Summaries.Single().Text);
    }
}
