using Publisher.Importers;
using Publisher.Importers.BibTeX;
using Publisher.Model;
using Publisher.Writers.BibTeX;

namespace Publisher.Writers.Tests.BibTeX;

public class BibTeXRoundTripTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("ascii")]
    [InlineData("biblatex")]
    public void ImportOfWrittenFile_FixtureCatalogs_PreservesTitlesPersonsDatesIdsLinks(string variant)
    {
        foreach (var name in new[] { "tricky", "names" })
            AssertRoundTrip(CitationFixtures.Load(name), variant);
    }

    private static void AssertRoundTrip(Publisher.Model.Catalog catalog, string variant)
    {
        var bib = CitationFixtures.Write(new BibTeXWriter(), catalog, CitationFixtures.OptionsFor(variant));
        var result = new BibTeXImporter().Import(new SourceDocument("tricky.bib", bib));
        Assert.Empty(result.Diagnostics);
        RoundTrip.AssertSame(catalog.Entries, result.Entries, keepsOthers: true);
    }

    [Fact]
    public void ImportOfWrittenFile_SeedsAndSyntheticCatalog_PreservesTitlesPersonsDatesIdsLinks()
    {
        var catalog = CitationFixtures.SeedsAndSynthetic();
        var bib = CitationFixtures.Write(new BibTeXWriter(), catalog, CitationWriterOptions.Default);
        var result = new BibTeXImporter().Import(new SourceDocument("library.bib", bib));
        Assert.Empty(result.Diagnostics);
        RoundTrip.AssertSame(catalog.Entries, result.Entries, keepsOthers: true);
    }

    [Fact]
    public void ImportOfWrittenFile_DefaultTypes_KindsSurvive()
    {
        // The @misc "type" field carries the kind; with biblatex types an article and a web page are both @online.
        var catalog = CitationFixtures.Load("tricky");
        var bib = CitationFixtures.Write(new BibTeXWriter(), catalog, CitationWriterOptions.Default);
        var back = new BibTeXImporter().Import(new SourceDocument("t.bib", bib)).Entries;
        Assert.Equal(catalog.Entries.Select(e => e.Kind), back.Select(e => e.Kind));
    }
}
