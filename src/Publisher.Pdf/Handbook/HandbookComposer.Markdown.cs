using System.Globalization;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

internal sealed partial class HandbookComposer
{
    /// <summary>
    /// Renders the Markdown chapters before anything else is composed: front matter (unnumbered, before
    /// the catalog chapters) and the numbered Markdown chapters, so that every citation has met its
    /// bibliography entry before the bibliography is composed.
    /// </summary>
    private void RenderMarkdownChapters()
    {
        var renderer = new MarkdownChapterRenderer(_s, T, _markdown, Math.Max(0, _options.ContentsDepth));
        var k = 0;
        foreach (var chapter in _options.FrontMatter)
        {
            var destination = "fm-" + (++k).ToString(CultureInfo.InvariantCulture);
            _frontMatter.Add((destination, renderer.Render(chapter, destination, null)));
        }
        foreach (var chapter in _plan.Chapters.Where(c => c.Markdown is not null))
            _markdownChapters[chapter.Number] = renderer.Render(chapter.Markdown!, ChapterDestination(chapter), chapter.Number);
    }

    private void AddContentsLines(IEnumerable<ContentsLine> lines, Func<string, TextStyle, string, float, float, LeaderLine> line)
    {
        foreach (var l in lines)
            Add(line(l.Text, _s.ContentsSection, l.Destination, 16 * l.Depth, l.Depth == 1 ? 1.5f : 1f));
    }
}
