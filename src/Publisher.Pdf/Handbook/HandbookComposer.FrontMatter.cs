using System.Globalization;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

internal sealed partial class HandbookComposer
{
    /// <summary>Renders the Markdown chapters (placed after the contents, which lists them first).</summary>
    private List<ILayoutBlock> ComposeFrontMatter()
    {
        var renderer = new MarkdownChapterRenderer(_s, T);
        var blocks = new List<ILayoutBlock>();
        var k = 0;
        foreach (var chapter in _options.FrontMatter)
        {
            var destination = "fm-" + (++k).ToString(CultureInfo.InvariantCulture);
            var (title, chapterBlocks, sections) = renderer.Render(chapter, destination);
            _frontMatter.Add((title, destination, sections));
            blocks.AddRange(chapterBlocks);
        }
        return blocks;
    }
}
