using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Pdf.Handbook.Citations;
using Publisher.Pdf.Layout;
using MdTable = Markdig.Extensions.Tables.Table;

namespace Publisher.Pdf.Handbook;

/// <summary>
/// Renders a Markdown chapter from Markdig's syntax tree: headings numbered to any depth (<c>2.3.1.4</c>)
/// with a bookmark each, paragraphs with emphasis, links (http/https only), pandoc citations and
/// <c>[Title](#)</c> as numbered links to the bibliography (in headings, captions and table cells too),
/// TeX math typeset by MathJax, figures with numbered captions, lists, tables and code. The traversal is
/// <see cref="ChapterWalker{TState}"/>'s, shared with the citation scan; this class says how each node is
/// drawn. Inline nodes and figures are in the partial files beside this one.
/// </summary>
internal sealed partial class MarkdownChapterRenderer(HandbookStyles styles, Func<string?, string> clean, MarkdownContext context, int contentsDepth)
    : ChapterWalker<MarkdownChapterRenderer.State>
{
    private readonly CitationPrinter _printer = new(context.LazyResolver, context.Numbers, clean);
    private FrontMatterChapter _chapter = null!;
    private string _destination = "";
    private string _title = "";
    private int? _number;
    private readonly int[] _counters = new int[8];
    private int _figures;
    private readonly List<(int Level, OutlineItem Item, List<OutlineItem> Children)> _stack = [];
    private List<OutlineItem> _outline = [];
    private List<ContentsLine> _contents = [];
    private int _headings;

    /// <summary>What the walk carries down: where blocks go, their indent, and the current inline style, link and paragraph.</summary>
    internal sealed record State(List<ILayoutBlock> Output, float Indent, TextStyle Style, LinkTarget? Link = null, ParagraphSink? Sink = null);

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
        var parsed = ParsedChapter.Of(chapter);
        _title = clean(parsed.Title(_printer));
        var blocks = new List<ILayoutBlock>();
        var state = new State(blocks, 0, styles.Body);
        if (parsed.TitleHeading is null) AddTitle([], blocks);
        WalkChapter(parsed, state);
        return new RenderedChapter(_title, blocks, _outline, _contents);
    }

    private string File => _chapter.Name;

    /// <inheritdoc />
    protected override void Title(HeadingBlock heading, State state) => AddTitle(HeadingSpans(heading, styles.ChapterTitle), state.Output);

    private void AddTitle(List<Span> spans, List<ILayoutBlock> blocks)
    {
        if (spans.Count == 0) spans = [new Span(_title, styles.ChapterTitle)];
        if (_number is { } n)
        {
            var label = n.ToString(CultureInfo.InvariantCulture);
            blocks.Add(new PageBreak($"{label}  {_title}"));
            blocks.Add(new Paragraph([new Span($"Chapter {label}", styles.ChapterLabel)], new ParagraphStyle { SpaceAfter = 2 }, _destination));
            blocks.Add(new Paragraph(spans, new ParagraphStyle { SpaceAfter = 10, LineHeight = 1.25f }));
            blocks.Add(new HorizontalRule(0xFF1A3D6D, 0.8f, 2));
        }
        else
        {
            blocks.Add(new PageBreak(_title));
            blocks.Add(new Paragraph(spans, new ParagraphStyle { SpaceAfter = 12 }, _destination));
        }
    }

    /// <summary>
    /// Level 1 after the title and level 2 are sections (N.1), level 3 subsections (N.1.1), and so on
    /// to any depth. Numbers written in the source ("2.2.2.5.1 PPO") are replaced by the book's own.
    /// </summary>
    protected override void Heading(HeadingBlock heading, State state)
    {
        var depth = Math.Clamp(heading.Level - 1, 1, _counters.Length);
        _counters[depth - 1]++;
        for (var i = depth; i < _counters.Length; i++) _counters[i] = 0;
        var style = depth == 1 ? styles.SectionTitle : depth == 2 ? styles.SubTitle : styles.SubTitle with { Size = styles.Body.Size + 0.5f };
        var spans = HeadingSpans(heading, style);
        var text = clean(ParsedChapter.HeadingText(heading, _printer));
        var prefix = _number is { } n
            ? string.Join('.', new[] { n }.Concat(_counters.Take(depth)).Select(c => c.ToString(CultureInfo.InvariantCulture))) + "  "
            : "";
        var label = prefix + text;
        if (prefix.Length > 0) spans.Insert(0, new Span(prefix, style));
        var dest = $"{_destination}-{(++_headings).ToString(CultureInfo.InvariantCulture)}";
        state.Output.Add(new Paragraph(spans, new ParagraphStyle { SpaceBefore = depth == 1 ? 12 : 8, SpaceAfter = 4, KeepWithNext = 30, Indent = state.Indent }, dest));

        // Bookmarks nest by depth; the contents list headings down to the configured depth.
        var children = new List<OutlineItem>();
        var item = new OutlineItem(label, dest, children);
        while (_stack.Count > 0 && _stack[^1].Level >= depth) _stack.RemoveAt(_stack.Count - 1);
        (_stack.Count == 0 ? _outline : _stack[^1].Children).Add(item);
        _stack.Add((depth, item, children));
        if (depth <= contentsDepth) _contents.Add(new ContentsLine(label, dest, depth));
    }

    /// <summary>A heading's spans (citations as links) without the number the source gave it.</summary>
    private List<Span> HeadingSpans(HeadingBlock heading, TextStyle style)
    {
        var spans = InlineSpans(heading.Inline, style, InlinePlace.Heading);
        Trim(spans);
        // The source number is digits, dots and spaces, so it lies in the leading text spans.
        var strip = HandbookMarkdown.SourceNumberLength(string.Concat(spans.Select(s => s.Text)));
        while (strip > 0 && spans.Count > 0)
        {
            var first = spans[0];
            if (first.Text.Length <= strip) { strip -= first.Text.Length; spans.RemoveAt(0); }
            else { spans[0] = first with { Text = first.Text[strip..] }; strip = 0; }
        }
        return spans;
    }

    /// <summary>The spans of inlines drawn in one line-like place (a heading, caption or cell), where nothing breaks out as a block.</summary>
    private List<Span> InlineSpans(ContainerInline? inline, TextStyle style, InlinePlace place)
    {
        var sink = new ParagraphSink([], new ParagraphStyle());
        WalkInlines(inline, new State(sink.Output, 0, style, null, sink), place);
        return sink.Spans;
    }

    /// <summary>Removes the whitespace at the ends of a span list (literals keep the spaces that separate them).</summary>
    private static void Trim(List<Span> spans)
    {
        while (spans.Count > 0 && spans[0].Box is null && spans[0].Text.TrimStart().Length == 0) spans.RemoveAt(0);
        while (spans.Count > 0 && spans[^1].Box is null && spans[^1].Text.TrimEnd().Length == 0) spans.RemoveAt(spans.Count - 1);
        if (spans.Count == 0) return;
        if (spans[0].Box is null) spans[0] = spans[0] with { Text = spans[0].Text.TrimStart() };
        if (spans[^1].Box is null) spans[^1] = spans[^1] with { Text = spans[^1].Text.TrimEnd() };
    }

    /// <inheritdoc />
    protected override void Paragraph(ParagraphBlock paragraph, State state) =>
        RenderParagraph(paragraph.Inline, new ParagraphStyle { Indent = state.Indent, SpaceAfter = 5 }, state);

    /// <inheritdoc />
    protected override void List(ListBlock list, State state)
    {
        base.List(list, state);
        state.Output.Add(new Spacer(3));
    }

    /// <inheritdoc />
    protected override void ListItem(ListItemBlock item, int? ordinal, State state)
    {
        var marker = ordinal is { } n ? $"{n.ToString(CultureInfo.InvariantCulture)}. " : "• ";
        var inner = state with { Indent = state.Indent + 14 };
        var first = true;
        foreach (var child in item)
        {
            if (first && child is ParagraphBlock p)
                RenderParagraph(p.Inline, new ParagraphStyle { Indent = inner.Indent, FirstLineIndent = -12, SpaceAfter = 2 }, inner, marker);
            else WalkBlock(child, inner);
            first = false;
        }
    }

    /// <inheritdoc />
    protected override void Quote(QuoteBlock quote, State state) => base.Quote(quote, state with { Indent = state.Indent + 14 });

    /// <inheritdoc />
    protected override void DisplayMath(string tex, int line, State state) => RenderDisplayMath(tex, line, state.Output, state.Indent);

    /// <inheritdoc />
    protected override void Code(string code, State state) => RenderCode(code, state.Output, state.Indent);

    /// <inheritdoc />
    protected override void Rule(State state) => state.Output.Add(new HorizontalRule());

    private void RenderCode(string code, List<ILayoutBlock> output, float indent)
    {
        // One paragraph per source line keeps the code's own line breaks and indentation.
        var lines = code.Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
            output.Add(new Paragraph([new Span(lines[i].Length == 0 ? " " : lines[i], styles.Mono)],
                new ParagraphStyle { Indent = indent + 10, SpaceBefore = i == 0 ? 2 : 0, SpaceAfter = i == lines.Length - 1 ? 6 : 0, LineHeight = 1.3f }));
    }

    /// <summary>A table whose cells hold spans, so that a citation in a cell is a numbered link like anywhere else.</summary>
    protected override void Table(MdTable table, State state)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader) ?? rows.FirstOrDefault();
        if (header is null) return;
        var cells = rows.Select(row => (Row: row, Cells: (IReadOnlyList<IReadOnlyList<Span>>)row.OfType<TableCell>().Select(cell =>
        {
            var sink = new ParagraphSink([], new ParagraphStyle());
            WalkCell(cell, new State(sink.Output, 0, row == header ? styles.TableHeader : styles.TableCell, null, sink));
            Trim(sink.Spans);
            return (IReadOnlyList<Span>)sink.Spans;
        }).ToList())).ToList();
        state.Output.Add(new Layout.Table(cells.First(c => c.Row == header).Cells, cells.Where(c => c.Row != header).Select(c => c.Cells).ToList(),
            styles.TableHeader, styles.TableCell));
    }

    /// <inheritdoc />
    protected override void CellParagraphBreak(State state) => state.Sink!.Spans.Add(new Span(" ", state.Style));
}
