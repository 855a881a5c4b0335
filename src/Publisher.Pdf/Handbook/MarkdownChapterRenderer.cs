using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Publisher.Pdf.Layout;
using MdTable = Markdig.Extensions.Tables.Table;

namespace Publisher.Pdf.Handbook;

/// <summary>
/// Renders a Markdown chapter from Markdig's syntax tree: headings numbered to any depth (<c>2.3.1.4</c>)
/// with a bookmark each, paragraphs with emphasis, links (http/https only), pandoc citations and
/// <c>[Title](#)</c> as numbered links to the bibliography, TeX math typeset by MathJax, figures with
/// numbered captions, lists, tables and code. One method per node type, as Markdig's own renderers are
/// organised; inline nodes and figures are in the partial files beside this one.
/// </summary>
internal sealed partial class MarkdownChapterRenderer(HandbookStyles styles, Func<string?, string> clean, MarkdownContext context, int contentsDepth)
{
    private FrontMatterChapter _chapter = null!;
    private string _destination = "";
    private int? _number;
    private readonly int[] _counters = new int[8];
    private int _figures;
    private readonly List<(int Level, OutlineItem Item, List<OutlineItem> Children)> _stack = [];
    private List<OutlineItem> _outline = [];
    private List<ContentsLine> _contents = [];
    private int _headings;

    /// <summary>
    /// Renders one chapter. With a <paramref name="number"/> it is a numbered chapter ("Chapter N", headings
    /// N.1, N.1.1 …); without, front matter (unnumbered headings). The first level-1 heading is the title.
    /// </summary>
    public RenderedChapter Render(FrontMatterChapter chapter, string destination, int? number)
    {
        _chapter = chapter;
        _destination = destination;
        _number = number;
        Array.Clear(_counters);
        _figures = 0;
        _headings = 0;
        _stack.Clear();
        _outline = [];
        _contents = [];
        var document = Markdown.Parse(chapter.Markdown, HandbookMarkdown.Pipeline);
        var blocks = new List<ILayoutBlock>();
        var title = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1) is { } h1
            ? clean(HandbookMarkdown.PlainText(h1.Inline)) : Path.GetFileNameWithoutExtension(chapter.Name);
        title = WithoutNumber(title);
        if (number is { } n)
        {
            var label = n.ToString(CultureInfo.InvariantCulture);
            blocks.Add(new PageBreak($"{label}  {title}"));
            blocks.Add(new Paragraph([new Span($"Chapter {label}", styles.ChapterLabel)], new ParagraphStyle { SpaceAfter = 2 }, destination));
            blocks.Add(Paragraph.Of(title, styles.ChapterTitle, new ParagraphStyle { SpaceAfter = 10, LineHeight = 1.25f }));
            blocks.Add(new HorizontalRule(0xFF1A3D6D, 0.8f, 2));
        }
        else
        {
            blocks.Add(new PageBreak(title));
            blocks.Add(new Paragraph([new Span(title, styles.ChapterTitle)], new ParagraphStyle { SpaceAfter = 12 }, destination));
        }
        var skippedTitle = false;
        foreach (var block in document)
        {
            if (!skippedTitle && block is HeadingBlock { Level: 1 }) { skippedTitle = true; continue; }
            RenderBlock(block, blocks, 0);
        }
        return new RenderedChapter(title, blocks, _outline, _contents);
    }

    private string File => _chapter.Name;

    private void RenderBlock(Block block, List<ILayoutBlock> output, float indent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                RenderHeading(heading, output, indent);
                break;
            case MathBlock math:
                RenderDisplayMath(math.Lines.ToString(), math.Line + 1, output, indent);
                break;
            case FencedCodeBlock or CodeBlock:
                RenderCode(((LeafBlock)block).Lines.ToString(), output, indent);
                break;
            case ParagraphBlock paragraph:
                RenderParagraph(paragraph.Inline, styles.Body, new ParagraphStyle { Indent = indent, SpaceAfter = 5 }, output, indent);
                break;
            case ListBlock list:
                var n = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{(n++).ToString(CultureInfo.InvariantCulture)}. " : "• ";
                    var first = true;
                    foreach (var child in item)
                    {
                        if (first && child is ParagraphBlock p)
                            RenderParagraph(p.Inline, styles.Body, new ParagraphStyle { Indent = indent + 14, FirstLineIndent = -12, SpaceAfter = 2 }, output, indent + 14, marker);
                        else RenderBlock(child, output, indent + 14);
                        first = false;
                    }
                }
                output.Add(new Spacer(3));
                break;
            case MdTable table:
                RenderTable(table, output);
                break;
            case QuoteBlock quote:
                foreach (var child in quote) RenderBlock(child, output, indent + 14);
                break;
            case ThematicBreakBlock:
                output.Add(new HorizontalRule());
                break;
            case ContainerBlock container:
                foreach (var child in container) RenderBlock(child, output, indent);
                break;
        }
    }

    /// <summary>
    /// Level 1 after the title and level 2 are sections (N.1), level 3 subsections (N.1.1), and so on
    /// to any depth. Numbers written in the source ("2.2.2.5.1 PPO") are replaced by the book's own.
    /// </summary>
    private void RenderHeading(HeadingBlock heading, List<ILayoutBlock> output, float indent)
    {
        var depth = Math.Clamp(heading.Level - 1, 1, _counters.Length);
        _counters[depth - 1]++;
        for (var i = depth; i < _counters.Length; i++) _counters[i] = 0;
        var text = WithoutNumber(clean(HandbookMarkdown.PlainText(heading.Inline)));
        var label = _number is { } n
            ? string.Join('.', new[] { n }.Concat(_counters.Take(depth)).Select(c => c.ToString(CultureInfo.InvariantCulture))) + "  " + text
            : text;
        var dest = $"{_destination}-{(++_headings).ToString(CultureInfo.InvariantCulture)}";
        var style = depth == 1 ? styles.SectionTitle : depth == 2 ? styles.SubTitle : styles.SubTitle with { Size = styles.Body.Size + 0.5f };
        output.Add(new Paragraph([new Span(label, style)], new ParagraphStyle { SpaceBefore = depth == 1 ? 12 : 8, SpaceAfter = 4, KeepWithNext = 30, Indent = indent }, dest));

        // Bookmarks nest by depth; the contents list headings down to the configured depth.
        var children = new List<OutlineItem>();
        var item = new OutlineItem(label, dest, children);
        while (_stack.Count > 0 && _stack[^1].Level >= depth) _stack.RemoveAt(_stack.Count - 1);
        (_stack.Count == 0 ? _outline : _stack[^1].Children).Add(item);
        _stack.Add((depth, item, children));
        if (depth <= contentsDepth) _contents.Add(new ContentsLine(label, dest, depth));
    }

    private void RenderCode(string code, List<ILayoutBlock> output, float indent)
    {
        // One paragraph per source line keeps the code's own line breaks and indentation.
        var lines = code.Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
            output.Add(new Paragraph([new Span(lines[i].Length == 0 ? " " : lines[i], styles.Mono)],
                new ParagraphStyle { Indent = indent + 10, SpaceBefore = i == 0 ? 2 : 0, SpaceAfter = i == lines.Length - 1 ? 6 : 0, LineHeight = 1.3f }));
    }

    private void RenderTable(MdTable table, List<ILayoutBlock> output)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader) ?? rows.FirstOrDefault();
        if (header is null) return;
        var cited = new List<string>();
        List<string> Cells(TableRow row) => row.OfType<TableCell>()
            .Select(c => clean(string.Join(" ", c.OfType<ParagraphBlock>().Select(p => CellText(p.Inline, cited))))).ToList();
        output.Add(new Layout.Table(Cells(header), rows.Where(r => r != header).Select(r => (IReadOnlyList<string>)Cells(r)).ToList(), styles.TableHeader, styles.TableCell));
        // The bibliography's "cited on" counts the page where the table ends for the works its cells cite.
        if (cited.Count > 0) output.Add(new PageMark(cited.Distinct().Select(MarkdownContext.CitationAnchor).ToList()));
    }

    // Source headings often carry their own numbers ("2.2.2.5.1 PPO", "三、"): the book numbers them itself.
    private static string WithoutNumber(string heading)
    {
        var m = SourceNumber().Match(heading);
        return m.Success && m.Length < heading.Length ? heading[m.Length..] : heading;
    }

    [GeneratedRegex(@"^\d+(?:\.\d+)*\.?\s+(?=\S)")]
    private static partial Regex SourceNumber();
}
