using Publisher.Model;
using Publisher.Pdf.Handbook;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Tests;

/// <summary>Line breaking and glyph coverage of the layout engine.</summary>
public sealed class LayoutTests
{
    private static List<string> Break(string text, float width)
    {
        using var fonts = new FontLibrary();
        using var shaper = new TextShaper(fonts);
        var shaped = shaper.Shape([new Span(text, new TextStyle())]);
        return shaped.BreakLines(width).Select(l => string.Concat(l.Runs.Select(r => System.Text.Encoding.UTF8.GetString(r.Utf8)))).ToList();
    }

    [Theory]
    [InlineData(40f)]
    [InlineData(53f)]
    [InlineData(77f)]
    public void BreakLines_ChineseWithPunctuation_NoLineStartsWithClosingPunctuation(float width)
    {
        var lines = Break("模型在第十二个任务上表现出色（提升很多），并且“标点”不会出现在行首。这是测试、测试；再测试！", width);
        Assert.True(lines.Count > 2);
        Assert.All(lines.Skip(1), l => Assert.DoesNotContain(l[0], "，。、；：？！）」』】》”"));
        Assert.All(lines, l => Assert.DoesNotContain(l[^1], "（「『【《“"));
        Assert.Equal("模型在第十二个任务上表现出色（提升很多），并且“标点”不会出现在行首。这是测试、测试；再测试！", string.Concat(lines));
    }

    [Fact]
    public void BreakLines_LatinText_BreaksBetweenWords()
    {
        var lines = Break("A synthetic sentence that wraps between words only", 80);
        Assert.True(lines.Count > 1);
        Assert.Equal("A synthetic sentence that wraps between words only", string.Join(" ", lines));
    }

    [Fact]
    public void Write_CharacterWithoutGlyph_FailsNamingTheCharacter()
    {
        // U+0F00 (Tibetan) is in none of the shipped fonts.
        var catalog = new Catalog { Entries = [new Entry { Id = "title:x", Title = "A Synthetic Study of \u0F00 Symbols", Topics = ["T"] }] };
        using var stream = new MemoryStream();
        var result = HandbookWriter.Write(catalog, new HandbookOptions(), stream);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("U+0F00"));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Write_EmojiInTopic_DroppedWithNote()
    {
        var catalog = new Catalog { Entries = [new Entry { Id = "title:x", Title = "A Synthetic Study", Topics = ["🚀 Agents"] }] };
        using var stream = new MemoryStream();
        var result = HandbookWriter.Write(catalog, new HandbookOptions(), stream);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("U+1F680"));
        using var doc = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.Contains(bookmarks.Roots, b => b.Title == "1  Agents");
    }

    [Fact]
    public void Write_SameCatalogTwice_ByteIdenticalWithFixedDate()
    {
        var catalog = SyntheticCatalog.Create(12, withTable: false);
        var options = new HandbookOptions { Created = HandbookFixture.Created };
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        HandbookWriter.Write(catalog, options, a);
        HandbookWriter.Write(catalog, options, b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void Write_LongUrlWideTableAndA5_WrapsWithinPage()
    {
        // Invented content: one unbreakable 300-character token and a 9-column table on A5 pages.
        var token = "https://example.org/" + new string('x', 280);
        var catalog = new Catalog
        {
            Entries = [new Entry { Id = "title:x", Title = "A Synthetic Study " + token, Topics = ["T"], Summaries = [new Summary("摘要\t" + token + "\n第二行", "zh", "s.md")] }],
            Tables = [new SourceTable("s.md", 1, "T", [.. Enumerable.Range(1, 9).Select(i => $"Column header {i}")],
                [.. Enumerable.Range(1, 5).Select(r => (IReadOnlyList<string>)[.. Enumerable.Range(1, 9).Select(c => $"cell {r}-{c} 中文内容")])])],
        };
        var options = new HandbookOptions { Page = PageSetup.Named("A5")!, Created = HandbookFixture.Created };
        using var stream = new MemoryStream();
        var result = HandbookWriter.Write(catalog, options, stream);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var doc = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        Assert.All(doc.GetPages(), p => Assert.Equal(419.53, p.Width, 0));
        foreach (var page in doc.GetPages())
            Assert.All(page.Letters, l => Assert.InRange(l.GlyphRectangle.Right, 0, page.Width - 30));
        var path = Path.Combine(Path.GetTempPath(), $"publisher-a5-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, stream.ToArray());
        try { ExternalTools.AssertQpdfCheck(path); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Write_CharacterWithoutGlyphInLargeCatalog_FailsNamingTheCharacter()
    {
        // Large enough for the parallel shaping pass; entry 57 carries U+0F00, which no shipped font has.
        var catalog = SyntheticCatalog.Create(100, withTable: false);
        catalog = catalog with { Entries = [.. catalog.Entries.Select((e, i) => i == 57 ? e with { Title = e.Title + " \u0F00" } : e)] };
        using var stream = new MemoryStream();
        var result = HandbookWriter.Write(catalog, new HandbookOptions(), stream);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("U+0F00"));
    }
}
