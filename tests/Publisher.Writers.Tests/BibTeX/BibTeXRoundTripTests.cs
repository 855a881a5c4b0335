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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ImportOfWrittenFile_RandomTitlesAndNames_ComeBackExactly(bool ascii)
    {
        var entries = CitationFixtures.RandomCatalog().Entries;
        Assert.Contains(entries, e => e.Title.Contains('{') && e.Title.Contains('\\'));
        Assert.Contains(entries, e => e.Title.Contains("--") || e.Title.Contains("``") || e.Title.Contains("''"));
        Assert.Contains(entries, e => e.Title.Contains('中') && e.Title.Contains('é'));
        var catalog = CitationFixtures.RandomCatalog();
        var bib = CitationFixtures.Write(new BibTeXWriter(), catalog, new CitationWriterOptions { Ascii = ascii });
        var back = new BibTeXImporter().Import(new SourceDocument("r.bib", bib));
        Assert.Empty(back.Diagnostics);
        for (var i = 0; i < entries.Count; i++)
        {
            Assert.Equal(entries[i].Title, back.Entries[i].Title);
            Assert.Equal(entries[i].Authors, back.Entries[i].Authors);
        }
    }
}
