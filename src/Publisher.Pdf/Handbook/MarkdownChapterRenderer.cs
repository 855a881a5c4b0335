using System.Globalization;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Model;
using Publisher.Pdf.Layout;
using MdTable = Markdig.Extensions.Tables.Table;

namespace Publisher.Pdf.Handbook;

/// <summary>
/// Renders a Markdown front-matter chapter from Markdig's syntax tree: headings, paragraphs,
/// emphasis, lists, links (http/https only), tables, code blocks; math is shown as its source in
/// the monospace face. One method per node type, the way Markdig's own renderers are organised.
/// </summary>
internal sealed class MarkdownChapterRenderer(HandbookStyles styles, Func<string?, string> clean)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseGridTables().UseMathematics().UseEmphasisExtras().UseAutoLinks().Build();

    /// <summary>The chapter title (first level-1 heading, else the file name) and its blocks; level-2 headings become bookmarks.</summary>
    public (string Title, List<ILayoutBlock> Blocks, List<OutlineItem> Sections) Render(FrontMatterChapter chapter, string destination)
    {
        var document = Markdown.Parse(chapter.Markdown, Pipeline);
        var blocks = new List<ILayoutBlock>();
        var sections = new List<OutlineItem>();
        var title = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1) is { } h1
            ? clean(InlineText(h1.Inline)) : Path.GetFileNameWithoutExtension(chapter.Name);
        blocks.Add(new PageBreak(title));
        blocks.Add(new Paragraph([new Span(title, styles.ChapterTitle)], new ParagraphStyle { SpaceAfter = 12 }, destination));
        var skippedTitle = false;
        foreach (var block in document)
        {
            if (!skippedTitle && block is HeadingBlock { Level: 1 }) { skippedTitle = true; continue; }
            RenderBlock(block, blocks, sections, destination, 0);
        }
        return (title, blocks, sections);
    }

    private void RenderBlock(Block block, List<ILayoutBlock> output, List<OutlineItem> sections, string destination, float indent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var text = clean(InlineText(heading.Inline));
                string? dest = null;
                if (heading.Level <= 2)
                {
                    dest = $"{destination}-{(sections.Count + 1).ToString(CultureInfo.InvariantCulture)}";
                    sections.Add(new OutlineItem(text, dest));
                }
                var style = heading.Level <= 2 ? styles.SectionTitle : styles.SubTitle;
                output.Add(new Paragraph([new Span(text, style)], new ParagraphStyle { SpaceBefore = 10, SpaceAfter = 4, KeepWithNext = 30, Indent = indent }, dest));
                break;
            case MathBlock or FencedCodeBlock or CodeBlock:
                // One paragraph per source line keeps the code's own line breaks and indentation.
                var lines = ((LeafBlock)block).Lines.ToString().Replace("\r", "").Split('\n');
                for (var i = 0; i < lines.Length; i++)
                    output.Add(new Paragraph([new Span(lines[i].Length == 0 ? " " : lines[i], styles.Mono)],
                        new ParagraphStyle { Indent = indent + 10, SpaceBefore = i == 0 ? 2 : 0, SpaceAfter = i == lines.Length - 1 ? 6 : 0, LineHeight = 1.3f }));
                break;
            case ParagraphBlock paragraph:
                output.Add(new Paragraph(Spans(paragraph.Inline, styles.Body), new ParagraphStyle { Indent = indent, SpaceAfter = 5 }));
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
                        {
                            output.Add(new Paragraph([new Span(marker, styles.Body), .. Spans(p.Inline, styles.Body)],
                                new ParagraphStyle { Indent = indent + 14, FirstLineIndent = -12, SpaceAfter = 2 }));
                        }
                        else RenderBlock(child, output, sections, destination, indent + 14);
                        first = false;
                    }
                }
                output.Add(new Spacer(3));
                break;
            case MdTable table:
                var rows = table.OfType<TableRow>().ToList();
                var header = rows.FirstOrDefault(r => r.IsHeader) ?? rows.FirstOrDefault();
                if (header is null) break;
                List<string> Cells(TableRow row) => row.OfType<TableCell>().Select(c => clean(string.Join(" ", c.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))))).ToList();
                output.Add(new Layout.Table(Cells(header), rows.Where(r => r != header).Select(r => (IReadOnlyList<string>)Cells(r)).ToList(), styles.TableHeader, styles.TableCell));
                break;
            case QuoteBlock quote:
                foreach (var child in quote) RenderBlock(child, output, sections, destination, indent + 14);
                break;
            case ThematicBreakBlock:
                output.Add(new HorizontalRule());
                break;
            case ContainerBlock container:
                foreach (var child in container) RenderBlock(child, output, sections, destination, indent);
                break;
        }
    }

    private List<Span> Spans(ContainerInline? inline, TextStyle style, LinkTarget? link = null)
    {
        var spans = new List<Span>();
        if (inline is null) return spans;
        foreach (var node in inline) AddInline(node, style, link, spans);
        return spans;
    }

    private void AddInline(Inline node, TextStyle style, LinkTarget? link, List<Span> spans)
    {
        switch (node)
        {
            case LiteralInline literal:
                // Cleaning collapses whitespace; keep the spaces that separate this literal from its neighbours.
                var raw = literal.Content.ToString();
                var text = clean(raw);
                if (raw.Length > 0 && char.IsWhiteSpace(raw[0]) && text.Length > 0) text = " " + text;
                if (raw.Length > 0 && char.IsWhiteSpace(raw[^1])) text += " ";
                if (text.Length > 0) spans.Add(new Span(text, style, link));
                break;
            case MathInline math:
                spans.Add(new Span(math.Content.ToString(), styles.Mono, link));
                break;
            case CodeInline code:
                spans.Add(new Span(code.Content, styles.Mono, link));
                break;
            case LineBreakInline:
                spans.Add(new Span(" ", style, link));
                break;
            case EmphasisInline emphasis:
                var role = emphasis.DelimiterCount >= 2 ? FontRole.Bold : FontRole.Italic;
                foreach (var child in emphasis) AddInline(child, style with { Role = role }, link, spans);
                break;
            case LinkInline { IsImage: true } image:
                spans.Add(new Span("[image: " + clean(InlineText(image)) + "]", styles.Small));
                break;
            case LinkInline linkInline:
                // Only http(s) becomes clickable; javascript:, file: and relative links stay plain text.
                var url = linkInline.GetDynamicUrl?.Invoke() ?? linkInline.Url;
                var target = UrlSafety.IsSafeToOpen(url) && url!.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? LinkTarget.ToUrl(url.Trim()) : null;
                foreach (var child in linkInline) AddInline(child, target is null ? style : style with { Color = HandbookStyles.LinkBlue }, target ?? link, spans);
                break;
            case AutolinkInline auto:
                var safe = UrlSafety.IsSafeToOpen(auto.Url) && auto.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase);
                spans.Add(new Span(auto.Url, safe ? style with { Color = HandbookStyles.LinkBlue } : style, safe ? LinkTarget.ToUrl(auto.Url) : link));
                break;
            case ContainerInline container:
                foreach (var child in container) AddInline(child, style, link, spans);
                break;
        }
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var sb = new System.Text.StringBuilder();
        foreach (var node in inline.Descendants())
            switch (node)
            {
                case LiteralInline l: sb.Append(l.Content.ToString()); break;
                case CodeInline c: sb.Append(c.Content); break;
                case MathInline m: sb.Append(m.Content.ToString()); break;
                case LineBreakInline: sb.Append(' '); break;
            }
        return sb.ToString();
    }
}
