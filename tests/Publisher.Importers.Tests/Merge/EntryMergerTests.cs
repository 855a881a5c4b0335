using Publisher.Importers.Merge;
using Publisher.Model;

namespace Publisher.Importers.Tests.Merge;

// All records here are synthetic: invented titles and ids.
public class EntryMergerTests
{
    private static Entry E(string title, string? arxiv = null, string? doi = null, string file = "a.md", int line = 1, EntryKind kind = EntryKind.Paper, params Link[] links) => new()
    {
        Title = title, Kind = kind,
        ArxivId = arxiv is null ? null : ArxivId.Parse(arxiv),
        Doi = doi is null ? null : Doi.Parse(doi),
        Links = links, Sources = [new SourceRef(file, line, "test")],
    };

    [Fact]
    public void Merge_SameArxivIdDifferentVersions_OneEntryWithAllSources()
    {
        var merged = EntryMerger.Merge([E("Invented Title One", "2401.00001v1", line: 3), E("Another Spelling", "2401.00001v2", file: "b.md", line: 9)]);
        var e = Assert.Single(merged);
        Assert.Equal("arxiv:2401.00001", e.Id);
        Assert.Equal(2, e.ArxivId!.Version);
        Assert.Equal(2, e.Sources.Count);
    }

    [Fact]
    public void Merge_ShortNamesSharingOnePdfLink_OneEntry()
    {
        // Short names are too ambiguous to merge by title; the PDF both rows link to says they are one work.
        var pdf = new Link(LinkKind.Pdf, "https://papers.example.org/2012/file/0123abcd-Paper.pdf");
        var samePdf = new Link(LinkKind.Pdf, "http://www.Papers.example.org/2012/file/0123abcd-Paper.pdf");
        var merged = EntryMerger.Merge([E("ToyNet", links: pdf), E("ToyNet", file: "b.md", links: samePdf), E("ToyNet", file: "c.md")]);
        Assert.Equal(2, merged.Count);
        Assert.Contains(merged, e => e.Sources.Count == 2);
    }

    [Fact]
    public void Merge_DifferentPdfLinksOrArxivPdf_NotMergedByLink()
    {
        var a = new Link(LinkKind.Pdf, "https://papers.example.org/one.pdf");
        var b = new Link(LinkKind.Pdf, "https://papers.example.org/two.pdf");
        var arxivPdf = new Link(LinkKind.Pdf, "https://arxiv.org/pdf/2401.00031.pdf");
        var merged = EntryMerger.Merge([E("ToyNet", links: a), E("ToyNet", file: "b.md", links: b), E("FooNet", file: "c.md", links: arxivPdf), E("BarNet", file: "d.md", links: arxivPdf)]);
        Assert.Equal(4, merged.Count);
    }

    [Fact]
    public void Merge_TitlesDifferingInCaseWidthAndPunctuation_Merge()
    {
        var merged = EntryMerger.Merge([E("Synthetic Widgets Are All You Need"), E("ｓｙｎｔｈｅｔｉｃ widgets are all you need.", file: "b.md")]);
        Assert.Single(merged);
    }

    [Fact]
    public void Merge_ModelPrefixedTitle_MergesWithPlainTitle()
    {
        var merged = EntryMerger.Merge([E("FooNet: Invented Networks Learn Imaginary Tasks"), E("Invented networks learn imaginary tasks", file: "b.md")]);
        Assert.Single(merged);
    }

    [Fact]
    public void Merge_VerySimilarTitles_Merge()
    {
        var merged = EntryMerger.Merge([E("Training invented models to follow synthetic instructions"), E("Training invented model to follow synthetic instructions", file: "b.md")]);
        Assert.Single(merged);
    }

    [Fact]
    public void Merge_SimilarTitlesButDifferentArxivIds_StayApart()
    {
        var merged = EntryMerger.Merge([E("Invented Scaling Laws for Toy Models", "2401.00001"), E("Invented Scaling Laws for Toy Models", "2401.00002")]);
        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void Merge_SameRepository_MergesAndKeepsEveryLink()
    {
        var merged = EntryMerger.Merge([
            E("toolkit-one", kind: EntryKind.Repository, links: new Link(LinkKind.Code, "https://github.com/Example/Toolkit")),
            E("Toolkit One", kind: EntryKind.Repository, file: "b.md", links: [new Link(LinkKind.Code, "https://github.com/example/toolkit.git"), new Link(LinkKind.Web, "https://example.org/toolkit")]),
        ]);
        var e = Assert.Single(merged);
        Assert.Equal("repo:github.com/example/toolkit", e.Id);
        Assert.Equal(3, e.Links.Count);
    }

    [Fact]
    public void Merge_ChineseHeadlineAndEnglishTitle_EnglishWinsHeadlineBecomesAlt()
    {
        var merged = EntryMerger.Merge([
            E("虚构的论文标题", "2401.00003"),
            E("An Invented Paper Title", "2401.00003", file: "b.md"),
        ]);
        var e = Assert.Single(merged);
        Assert.Equal("An Invented Paper Title", e.Title);
        Assert.Equal("虚构的论文标题", e.AltTitleIn("zh"));
    }

    [Fact]
    public void Merge_InputOrderShuffled_SameIdsAndContent()
    {
        var entries = new List<Entry>
        {
            E("Alpha Invented Study of Things", "2401.00004"), E("Beta Invented Study of Other Things", line: 2),
            E("alpha invented study of things", file: "b.md", line: 5), E("Gamma Invented Toolkit", doi: "10.9999/gamma"),
        };
        var a = EntryMerger.Merge(entries);
        var b = EntryMerger.Merge(entries.AsEnumerable().Reverse().ToList());
        Assert.Equal(a.Select(e => e.Id), b.Select(e => e.Id));
        Assert.Equal(a.Select(e => string.Join(",", e.Sources)), b.Select(e => string.Join(",", e.Sources)));
    }

    [Fact]
    public void Merge_ShortNamesThatCollide_DoNotMergeOnTitle()
    {
        var merged = EntryMerger.Merge([E("C4", links: new Link(LinkKind.Dataset, "https://example.org/a")), E("C5", file: "b.md")]);
        Assert.Equal(2, merged.Count);
        Assert.All(merged, e => Assert.StartsWith("title:", e.Id));
    }
}

public class EntryMergerDiagnosticsTests
{
    [Fact]
    public void Merge_OneArxivIdForUnrelatedTitles_WarnsNamingBothPlaces()
    {
        // Synthetic: a list that copied the wrong id under a second, unrelated title.
        var diagnostics = new List<Diagnostic>();
        EntryMerger.Merge([
            new Entry { Title = "Invented Widgets for Toy Problems", ArxivId = ArxivId.Parse("2401.00009"), Sources = [new SourceRef("a.md", 4)] },
            new Entry { Title = "A Completely Different Made Up Survey", ArxivId = ArxivId.Parse("2401.00009"), Sources = [new SourceRef("b.md", 17)] },
        ], diagnostics);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("b.md", 17, Severity.Warning), (d.File, d.Line, d.Severity));
        Assert.Contains("a.md:4", d.Message);
    }

    [Fact]
    public void Merge_OneDoiForTwoTitles_WarnsNamingBothPlaces()
    {
        // Synthetic: invented titles and DOI.
        var diagnostics = new List<Diagnostic>();
        EntryMerger.Merge([
            new Entry { Title = "Invented Widgets for Toy Problems", Doi = Doi.Parse("10.1000/made.up.1"), Sources = [new SourceRef("a.bib", 3)] },
            new Entry { Title = "Imaginary Gadgets in Practice", Doi = Doi.Parse("10.1000/MADE.UP.1"), Sources = [new SourceRef("b.bib", 9)] },
        ], diagnostics);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("b.bib", 9, "PUB051"), (d.File, d.Line, d.Code));
        Assert.Contains("a.bib:3", d.Message);
    }

    [Fact]
    public void Merge_OnePdfLinkForTwoTitles_WarnsWithPub052()
    {
        var pdf = new Link(LinkKind.Pdf, "https://papers.example.org/made-up-17.pdf");
        var diagnostics = new List<Diagnostic>();
        var merged = EntryMerger.Merge([
            new Entry { Title = "Invented Widgets for Toy Problems", Links = [pdf], Sources = [new SourceRef("a.md", 5)] },
            new Entry { Title = "Imaginary Gadgets in Practice", Links = [pdf], Sources = [new SourceRef("a.md", 40)] },
        ], diagnostics);
        Assert.Single(merged);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("a.md", 40, "PUB052"), (d.File, d.Line, d.Code));
        Assert.Contains("a.md:5", d.Message);
    }

    [Fact]
    public void Merge_SameIdSimilarTitlesOrShortName_NoWarning()
    {
        var diagnostics = new List<Diagnostic>();
        EntryMerger.Merge([
            new Entry { Title = "ToyNet: Invented Networks for Nothing", ArxivId = ArxivId.Parse("2401.00011"), Sources = [new SourceRef("a.md", 1)] },
            new Entry { Title = "ToyNet", ArxivId = ArxivId.Parse("2401.00011"), Sources = [new SourceRef("b.md", 2)] },
            new Entry { Title = "toynet: invented networks for nothing.", ArxivId = ArxivId.Parse("2401.00011"), Sources = [new SourceRef("c.md", 3)] },
            new Entry { Title = "", ArxivId = ArxivId.Parse("2401.00011"), Sources = [new SourceRef("d.md", 4)] },
        ], diagnostics);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Import_TwoBibTeXFilesSameArxivIdDifferentTitles_WarnsWithBothFileLines()
    {
        // Synthetic BibTeX: the clash warning does not depend on the input format.
        var dir = Directory.CreateTempSubdirectory("clash");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.bib"), "@article{a,\n  title = {Invented Widgets for Toy Problems},\n  eprint = {2401.00012},\n  archivePrefix = {arXiv}\n}\n");
            File.WriteAllText(Path.Combine(dir.FullName, "b.bib"), "\n@misc{b,\n  title = {A Completely Different Made Up Survey},\n  eprint = {2401.00012},\n  archivePrefix = {arXiv}\n}\n");
            var catalog = new CatalogImporter(ImporterRegistry.CreateDefault()).Import([dir.FullName], displayBase: dir.FullName);
            var d = Assert.Single(catalog.Diagnostics, x => x.Code == "PUB050");
            Assert.Equal(("b.bib", 2), (d.File, d.Line));
            Assert.Contains("a.bib:1", d.Message);
        }
        finally { dir.Delete(recursive: true); }
    }
}
