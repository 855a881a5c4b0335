using Publisher.Pdf.Handbook;
using Publisher.Pdf.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;

namespace Publisher.Pdf.Tests;

/// <summary>Reads the rendered synthetic handbook back with PdfPig.</summary>
public sealed class HandbookWriterTests(HandbookFixture fixture) : IClassFixture<HandbookFixture>
{
    [Fact]
    public void Write_SyntheticCatalog_SucceedsAndPageCountMatches()
    {
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));
        using var doc = PdfDocument.Open(fixture.Bytes);
        Assert.Equal(fixture.Result.Pages, doc.NumberOfPages);
        Assert.True(doc.NumberOfPages > 10, $"only {doc.NumberOfPages} pages");
        Assert.Equal(120, fixture.Result.Entries);
        var last = doc.GetPage(doc.NumberOfPages).Text;
        Assert.Contains($"{doc.NumberOfPages} / {doc.NumberOfPages}", last);
    }

    [Fact]
    public void Write_WithProgress_EveryPageLaidOutThenWrittenEndingAtPageCount()
    {
        var pages = fixture.Result.Pages;
        var laidOut = fixture.Progress.TakeWhile(p => p.Phase == RenderPhase.LayingOut).ToList();
        var written = fixture.Progress.Skip(laidOut.Count).ToList();
        Assert.Equal(Enumerable.Range(1, pages), laidOut.Select(p => p.Pages));
        Assert.All(laidOut, p => Assert.Equal(0, p.PageCount));
        Assert.All(written, p => Assert.Equal(RenderPhase.Writing, p.Phase));
        Assert.Equal(Enumerable.Range(1, pages), written.Select(p => p.Pages));
        Assert.All(written, p => Assert.Equal(pages, p.PageCount));
    }

    [Fact]
    public void Write_SyntheticCatalog_ContentsPageNumbersEqualChapterStartPages()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        var contentsLines = doc.GetPages().Take(4)
            .SelectMany(p => PdfReading.Lines(p.GetWords()))
            .ToList();
        foreach (var chapter in fixture.Plan.Chapters)
        {
            var start = PdfReading.ChapterStartPage(doc, chapter.Number);
            Assert.True(start > 0, $"chapter {chapter.Number} not found");
            var line = contentsLines.FirstOrDefault(l => l.Count > 2 && l[0].Text == chapter.Number.ToString()
                                                         && l[1].Text == chapter.Title.Split(' ')[0]);
            Assert.NotNull(line);
            Assert.Equal(start.ToString(), line![^1].Text);
        }
    }

    [Fact]
    public void Write_SyntheticCatalog_BookmarksMirrorContents()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.Roots.Select(b => b.Title).ToList();
        var expected = new List<string> { "Contents", "Preface" };
        expected.AddRange(fixture.Plan.Chapters.Select(c => $"{c.Number}  {c.Title}"));
        expected.AddRange(["Statistics", "Bibliography", "Author index"]);
        Assert.Equal(expected, titles);
        var sections = fixture.Plan.Chapters.Sum(c => c.Sections.Count(s => s.Number.Length > 0));
        Assert.Equal(sections, bookmarks.Roots.Skip(2).Sum(b => b.Children.Count));
        foreach (var chapter in fixture.Plan.Chapters)
        {
            var node = (DocumentBookmarkNode)bookmarks.Roots.Single(b => b.Title == $"{chapter.Number}  {chapter.Title}");
            Assert.Equal(PdfReading.ChapterStartPage(doc, chapter.Number), node.PageNumber);
        }
    }

    [Fact]
    public void Write_SyntheticCatalog_EveryEntryTitleExtractableInPrintOrder()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        var text = PdfReading.Squash(string.Join(" ", doc.GetPages().Select(p => PdfReading.ContentText(p))));
        var bibliography = text.LastIndexOf("Bibliography", StringComparison.Ordinal);
        var at = text.IndexOf("Chapter1", StringComparison.Ordinal);
        Assert.True(at > 0);
        foreach (var entry in fixture.Plan.Entries)
        {
            var next = text.IndexOf(PdfReading.Squash(entry.Title), at, StringComparison.Ordinal);
            Assert.True(next > at && next < bibliography, $"title not found in order: {entry.Title}");
            at = next;
        }
    }

    [Fact]
    public void Write_SyntheticCatalog_ChineseTextExtractable()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        var text = PdfReading.Squash(string.Join(" ", doc.GetPages().Select(p => p.Text)));
        Assert.Contains("合成研究第2号：大模型的推理（测试）与“检索”，以及更多的中文内容。", text);
        Assert.Contains("视觉语言模型", text);
    }

    [Fact]
    public void Write_SyntheticCatalog_LinksPresentAndOnlyHttp()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        var annotations = doc.GetPages().SelectMany(p => p.GetAnnotations()).Where(a => a.Type == AnnotationType.Link).ToList();
        var uris = annotations.Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri).ToList();
        Assert.Contains("https://arxiv.org/abs/2401.00001", uris);
        Assert.Contains("https://github.com/example/synthetic-1", uris);
        Assert.Contains("https://example.org/project", uris);
        Assert.All(uris, u => Assert.StartsWith("http", u));
        Assert.DoesNotContain(uris, u => u.Contains("javascript", StringComparison.OrdinalIgnoreCase) || u.StartsWith("file:", StringComparison.OrdinalIgnoreCase));
        // Internal links: contents → chapters, bibliography → entries.
        Assert.True(annotations.Count(a => a.Action is not UriAction) > fixture.Plan.Chapters.Count);
    }

    [Fact]
    public void Write_SyntheticCatalog_FontsEmbeddedSubsetAndNotType3()
    {
        var raw = System.Text.Encoding.Latin1.GetString(fixture.Bytes);
        Assert.DoesNotContain("/Type3", raw);
        Assert.Contains("/FontFile2", raw);
        using var doc = PdfDocument.Open(fixture.Bytes);
        var fonts = doc.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.Contains(fonts, f => f.Contains("NotoSansSC"));
        Assert.Contains(fonts, f => f.Contains("NotoSans-") || f.Contains("NotoSans"));
        // Subsetting keeps a 10 MB CJK font from being embedded whole.
        Assert.True(fixture.Bytes.Length < 2_000_000, $"{fixture.Bytes.Length} bytes");
    }

    [Fact]
    public void Write_SyntheticCatalog_MetadataSet()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        Assert.Equal("Synthetic Handbook", doc.Information.Title);
        Assert.Contains("Reasoning", doc.Information.Keywords);
    }

    [Fact]
    public void Write_SyntheticCatalog_TableHeaderRepeatedOnEveryTablePage()
    {
        using var doc = PdfDocument.Open(fixture.Bytes);
        var tablePages = doc.GetPages().Where(p => p.GetWords().Any(w => w.Text.StartsWith("Synth-", StringComparison.Ordinal))).ToList();
        Assert.True(tablePages.Count >= 2, "the 60-row table should span pages");
        Assert.All(tablePages, p => Assert.Contains("Params", p.GetWords().Select(w => w.Text)));
    }

    [Fact]
    public void Write_SyntheticCatalog_PassesQpdfCheck() => ExternalTools.AssertQpdfCheck(fixture.Path);
}
