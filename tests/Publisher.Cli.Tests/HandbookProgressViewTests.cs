using Publisher.Cli.Progress;
using Publisher.Pdf.Layout;

namespace Publisher.Cli.Tests;

/// <summary>The handbook's page reports as a person reads them: throttled plain lines, or every page on a live line.</summary>
public class HandbookProgressViewTests
{
    private static List<string> Feed(int pages, bool everyPage)
    {
        var lines = new List<string>();
        var view = new HandbookProgressView(lines.Add, everyPage);
        for (var p = 1; p <= pages; p++) view.Report(new RenderProgress(RenderPhase.LayingOut, p, 0));
        for (var p = 1; p <= pages; p++) view.Report(new RenderProgress(RenderPhase.Writing, p, pages));
        return lines;
    }

    [Fact]
    public void Report_PlainLines_EveryLineEveryPagesThenLayoutEndAndLastPage()
    {
        var lines = Feed(600, everyPage: false);
        Assert.Equal(
        [
            "laying out: 250 pages", "laying out: 500 pages", "laid out 600 pages",
            "writing 250/600 pages", "writing 500/600 pages", "wrote 600/600 pages",
        ], lines);
    }

    [Fact]
    public void Report_SmallBookPlain_OnlyLayoutEndAndLastPage()
    {
        Assert.Equal(["laid out 37 pages", "wrote 37/37 pages"], Feed(37, everyPage: false));
    }

    [Fact]
    public void Report_Live_EveryPage()
    {
        var lines = Feed(10, everyPage: true);
        Assert.Equal(21, lines.Count); // 10 laid out, the layout total, 10 written
        Assert.Equal("wrote 10/10 pages", lines[^1]);
    }
}
