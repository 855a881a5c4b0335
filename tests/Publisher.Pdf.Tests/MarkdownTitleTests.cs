using Publisher.Pdf.Handbook;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Publisher.Pdf.Tests;

/// <summary>A Markdown chapter's title is derived once: configuration, plan, printed title, running head, bookmarks and PDF keywords agree.</summary>
public sealed class MarkdownTitleTests
{
    [Theory]
    [InlineData("Setext Style Heading\n====================\n\nSome text.\n", "Setext Style Heading")]
    [InlineData("# 3.1 A Numbered Heading\n\nSome text.\n", "A Numbered Heading")]
    [InlineData("```\n# not a heading but code\n```\n\n# The Real Heading\n\nSome text.\n", "The Real Heading")]
    [InlineData("Only prose, no heading at all.\n", "notes")]
    [InlineData("# Revisiting [@arxiv:2401.00002]\n\nSome text.\n", "Revisiting [1]")]
    public void Write_MarkdownChapterTitle_PlanBookmarksAndKeywordsAgree(string markdown, string expected)
    {
        var chapter = new FrontMatterChapter("notes.md", markdown);
        var options = new HandbookOptions
        {
            Title = "Titles",
            Created = HandbookFixture.Created,
            Chapters = [ChapterSpec.FromMarkdown(chapter)],
            IncludeUnmappedTopics = false,
            Statistics = false,
            AuthorIndex = false,
        };
        var catalog = SyntheticCatalog.Create(3, withTable: false);
        Assert.Equal(expected, HandbookWriter.Plan(catalog, options).Chapters[0].Title);
        if (!expected.Contains('[')) Assert.Equal(expected, ChapterSpec.MarkdownTitle(chapter));

        using var stream = new MemoryStream();
        Assert.True(HandbookWriter.Write(catalog, options, stream).Succeeded);
        using var doc = PdfDocument.Open(stream.ToArray());
        Assert.Equal(expected, doc.Information.Keywords);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.Contains("1  " + expected, bookmarks.Roots.Select(b => b.Title));
        var start = PdfReading.ChapterStartPage(doc, 1);
        Assert.Contains(PdfReading.Squash(expected), PdfReading.Squash(PdfReading.ContentText(doc.GetPage(start))));
    }
}
