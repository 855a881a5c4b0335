using System.Text.RegularExpressions;
using Publisher.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;

namespace Publisher.Pdf.Tests;

/// <summary>The handbook as a survey: Markdown chapters with citations, math, figures and tables, and the statistics chapter, read back with PdfPig.</summary>
public sealed partial class SurveyHandbookTests(SurveyHandbookFixture fixture) : IClassFixture<SurveyHandbookFixture>
{
    private static readonly string[] SurveyCitationOrder =
    [
        "arxiv:1706.03762", "arxiv:2106.09685", "arxiv:2305.14314", "arxiv:2401.00104", "arxiv:2401.00102", "arxiv:2401.00101",
        "arxiv:2201.11903", "arxiv:2302.04761", "arxiv:1810.04805",
    ];

    [Fact]
    public void Write_SurveyChapters_Succeeds()
    {
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));
        using var doc = PdfDocument.Open(fixture.Bytes);
        Assert.Equal(fixture.Result.Pages, doc.NumberOfPages);
    }

    [Fact]
    public void Plan_SurveyChapters_NumbersFollowFirstCitation()
    {
        // Both syntaxes count: ids, the BibTeX key example2024synthetic, and [Title](#); the table's
        // citations come after the prose's; the second chapter adds arxiv:2401.00103.
        var expected = SurveyCitationOrder.Append("arxiv:2401.00103").ToList();
        Assert.Equal(expected, fixture.Plan.Cited);
        for (var i = 0; i < expected.Count; i++) Assert.Equal(i + 1, fixture.Plan.ReferenceNumbers[expected[i]]);
        Assert.Equal(expected, fixture.Plan.Bibliography.Take(expected.Count).Select(e => e.Id));
    }

    [Fact]
    public void Write_SurveyChapters_EveryCitationIsALinkLandingOnItsBibliographyEntry()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        var bibliographyStart = PageWithHeading(doc, "Bibliography");
        var links = PdfReading.CitationLinks(doc, bibliographyStart).Count;
        // Every printed number is a link: 8 in the survey's prose ([5, 6] is two) and 4 in its table's cells,
        // 2 in the test chapter.
        Assert.Equal(14, links);
    }

    [Fact]
    public void Write_SurveyChapters_BibliographyListsCitingPages()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        var surveyStart = PdfReading.ChapterStartPage(doc, 1);
        var bibliography = string.Join(" ", doc.GetPages().Where(p => p.Number >= PageWithHeading(doc, "Bibliography")).Select(p => PdfReading.ContentText(p)));
        Assert.Matches(new Regex($@"\[2\].*?LoRA.*?cited on page[ .]*{surveyStart}(, \d+)*"), bibliography);
        // BERT is cited only in the survey table's first row: the page of that row, not where the table ends.
        var row = doc.GetPages().First(p => PdfReading.ContentText(p).Contains("full fine-tuning", StringComparison.Ordinal)).Number;
        Assert.Matches(new Regex($@"\[9\].*?BERT.*?cited on page[ .]*{row}(?!\d)"), bibliography);
    }

    [Fact]
    public void Write_SurveyChapters_UnresolvedKeyWarnsWithFileAndLineAndPrintsQuestionMark()
    {
        var warning = Assert.Single(fixture.Result.Diagnostics, d => d.Code == "handbook-cite" && d.Message.Contains("nosuchkey2099"));
        Assert.Equal("extra.md", warning.File);
        Assert.Equal(19, warning.Line);
        Assert.Equal(Severity.Warning, warning.Severity);
        using var doc = PdfDocument.Open(fixture.Bytes);
        Assert.Contains("[?nosuchkey2099]", string.Join(" ", doc.GetPages().Select(p => p.Text)));
    }

    [Fact]
    public void Write_SurveyChapters_FormulasLeaveNoTexSourceAndDrawPaths()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        var start = PdfReading.ChapterStartPage(doc, 1);
        var end = PdfReading.ChapterStartPage(doc, 2);
        var survey = doc.GetPages().Where(p => p.Number >= start && p.Number < end).ToList();
        var text = string.Join(" ", survey.Select(p => p.Text));
        Assert.DoesNotContain("$", text);
        Assert.DoesNotContain("\\frac", text);
        Assert.DoesNotContain("^{", text);
        Assert.DoesNotContain("\\mathbb", text);
        // MathJax's glyphs are filled paths; the survey has six formulas, each many glyphs.
        Assert.True(survey.Sum(p => p.Paths.Count(path => path.IsFilled)) > 60, "formula glyphs were not drawn as paths");
        Assert.Equal(0, fixture.Result.Diagnostics.Count(d => d.File == "samples/handbook/survey-chapter.md"));
    }

    [Fact]
    public void Write_RejectedFormula_PrintedAsSourceWithWarning()
    {
        var warning = Assert.Single(fixture.Result.Diagnostics, d => d.Code == "handbook-math");
        Assert.Equal("extra.md", warning.File);
        Assert.Equal(19, warning.Line);
        using var doc = PdfDocument.Open(fixture.Bytes);
        Assert.Contains("\\frac{a", string.Join(" ", doc.GetPages().Select(p => p.Text)));
    }

    [Fact]
    public void Write_SurveyChapters_ImagesEmbeddedWithNumberedCaptionsAndPlaceholder()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        var images = doc.GetPages().Sum(p => p.GetImages().Count());
        Assert.True(images >= 2, $"{images} raster images embedded (PNG and JPEG expected)");
        var text = string.Join(" ", doc.GetPages().Select(p => PdfReading.ContentText(p)));
        Assert.Contains("Figure 1.1 How the handbook is made", text);
        Assert.Contains("Figure 2.1 Bars drawn by the test", text);
        Assert.Contains("Figure 2.2 A generated photo", text);
        Assert.Contains("Figure 2.3 Nothing here (image not available: missing/figure.png)", text);
        var warning = Assert.Single(fixture.Result.Diagnostics, d => d.Code == "handbook-image");
        Assert.Equal(("extra.md", 17), (warning.File, warning.Line));
    }

    [Fact]
    public void Write_SurveyChapters_HeadingsNumberedToAnyDepthWithBookmarks()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        var test = bookmarks.Roots.Single(b => b.Title == "2  Test chapter");
        var titles = PdfReading.Flatten(test).Select(b => b.Title).ToList();
        Assert.Equal(["2  Test chapter", "2.1  First section", "2.1.1  A subsection", "2.1.1.1  A deep heading with its own source number", "2.1.1.1.1  Deeper still"], titles);
        var survey = bookmarks.Roots.Single(b => b.Title.StartsWith("1  Adapting", StringComparison.Ordinal));
        Assert.Contains("1.1.2  Learning from preferences", PdfReading.Flatten(survey).Select(b => b.Title));
        // Contents list two levels by default: 2.1.1 yes, 2.1.1.1 no.
        var contents = string.Join(" ", doc.GetPages().Take(4).Select(p => PdfReading.ContentText(p)));
        Assert.Contains("2.1.1 A subsection", contents);
        Assert.DoesNotContain("2.1.1.1 A deep", contents);
    }

    [Fact]
    public void Write_SurveyChapters_TableKeepsWordsWhole()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        var words = doc.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet();
        foreach (var word in new[] { "fine-tuning", "parameters", "labelled", "adapters", "prompting" })
            Assert.Contains(word, words);
    }

    [Fact]
    public void Write_SurveyChapters_StatisticsChapterHoldsChartsWithNumbers()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        var start = PageWithHeading(doc, "Statistics");
        Assert.True(start > 0);
        var page = doc.GetPage(start);
        var text = page.Text;
        Assert.Contains("Works per year", text);
        Assert.Contains("Works per topic", text);
        Assert.Contains("Works per venue", text);
        // Bars are filled rectangles: at least one per catalog chapter in the topic chart.
        var chapters = fixture.Plan.Chapters.Count(c => c.Markdown is null);
        Assert.True(page.Paths.Count(p => p.IsFilled) > chapters, "no bars drawn");
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.Contains(bookmarks.Roots, b => b.Title == "Statistics");
    }

    [Fact]
    public void Write_SurveyChapters_PassesQpdfCheck() => ExternalTools.AssertQpdfCheck(fixture.Path);

    private static int PageWithHeading(PdfDocument doc, string heading) =>
        doc.GetPages().FirstOrDefault(p => p.GetWords().Skip(0).Take(12).Any(w => w.Text == heading) && p.Number > 3)?.Number ?? 0;
}
