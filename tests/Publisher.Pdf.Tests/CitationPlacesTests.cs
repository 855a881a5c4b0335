using Publisher.Pdf.Handbook;
using UglyToad.PdfPig;

namespace Publisher.Pdf.Tests;

/// <summary>
/// Citations outside plain paragraphs — in a heading, a figure caption and table cells, in both syntaxes —
/// are numbered by first citation and print as links to their bibliography entries. The works cited are
/// invented (<see cref="SyntheticCatalog"/>); the chapter text is ours.
/// </summary>
public sealed class CitationPlacesTests : IDisposable
{
    private const string Chapter = """
        # Where citations stand

        ## A heading that cites [@arxiv:2401.00005]

        Some prose of our own before the figure.

        ![A caption that cites [@arxiv:2401.00003]](plot.png)

        | Method | Cited by |
        |---|---|
        | Keyed row | [@arxiv:2401.00007] |
        | Titled row | [A Synthetic Study of Topic 9](#) |

        Later prose cites the caption's work again [@arxiv:2401.00003] and a new one [@arxiv:2401.00011].
        """;

    private static readonly string[] FirstCited = ["arxiv:2401.00005", "arxiv:2401.00003", "arxiv:2401.00007", "arxiv:2401.00009", "arxiv:2401.00011"];

    private readonly string _work = Directory.CreateTempSubdirectory("publisher-cite-places-").FullName;
    private readonly HandbookOptions _options;

    public CitationPlacesTests()
    {
        TestImages.WritePng(Path.Combine(_work, "plot.png"), 80, 40);
        _options = new HandbookOptions
        {
            Title = "Citation Places",
            Created = HandbookFixture.Created,
            Chapters = [ChapterSpec.FromMarkdown(new FrontMatterChapter("places.md", Chapter) { BaseDirectory = _work })],
            IncludeUnmappedTopics = false,
            Statistics = false,
            AuthorIndex = false,
        };
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Plan_CitationsInHeadingCaptionAndCells_NumbersFollowFirstCitation()
    {
        var plan = HandbookWriter.Plan(SyntheticCatalog.Create(12, withTable: false), _options);
        Assert.Equal(FirstCited, plan.Cited);
        Assert.Equal(FirstCited, plan.Bibliography.Select(e => e.Id));
    }

    [Fact]
    public void Write_CitationsInHeadingCaptionAndCells_PrintNumberedLinksToTheirEntries()
    {
        using var stream = new MemoryStream();
        var result = HandbookWriter.Write(SyntheticCatalog.Create(12, withTable: false), _options, stream);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "handbook-cite" or "handbook-image");
        using var doc = PdfDocument.Open(stream.ToArray());

        var bibliography = doc.GetPages().First(p => p.GetWords().Take(12).Any(w => w.Text == "Bibliography") && p.Number > 2).Number;
        var linked = PdfReading.CitationLinks(doc, bibliography);
        // In reading order: heading [1], caption [2], cells [3] and [4], prose [2] again and [5].
        var order = linked.OrderBy(l => l.Page).ThenByDescending(l => l.Top).Select(l => l.Number).ToList();
        Assert.Equal([1, 2, 3, 4, 2, 5], order);

        var text = string.Join("\n", doc.GetPages().Where(p => p.Number < bibliography).Select(p => PdfReading.ContentText(p)));
        Assert.DoesNotContain("[@", text);
        Assert.DoesNotContain("](#)", text);
        Assert.Contains("A heading that cites [1]", text);
        Assert.Contains("A caption that cites [2]", text);
        Assert.Contains("A Synthetic Study of Topic 9 [4]", text);

        // The heading's bookmark prints the number as the heading does, not the source.
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.Roots.SelectMany(PdfReading.Flatten).Select(b => b.Title).ToList();
        Assert.Contains("1.1  A heading that cites [1]", titles);
        Assert.DoesNotContain(titles, t => t.Contains("[@", StringComparison.Ordinal));
    }

}
