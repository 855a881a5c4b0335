using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Pdf.Handbook.Citations;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace Publisher.Pdf.Handbook;

/// <summary>
/// The one walk over a handbook chapter's Markdig tree, in reading order: the title heading first, then
/// every block and inline the handbook draws, with the place (<see cref="InlinePlace"/>) each inline is
/// drawn in. The renderer, the citation scan (which numbers the bibliography) and the formula preload all
/// derive from it, so a citation is numbered exactly when it is drawn as a link, and a formula is typeset
/// ahead exactly when the renderer will ask for it. Subclasses override the hooks; the recursion stays here.
/// </summary>
/// <typeparam name="TState">What the subclass carries down the tree (style, output, indent …).</typeparam>
internal abstract class ChapterWalker<TState>
{
    /// <summary>The place of the inlines being walked.</summary>
    protected InlinePlace Place { get; private set; } = InlinePlace.Body;

    /// <summary>Walks a whole chapter: its title heading (first top-level <c>#</c>), then the other blocks.</summary>
    protected void WalkChapter(ParsedChapter chapter, TState state)
    {
        if (chapter.TitleHeading is { } title) Title(title, state);
        foreach (var block in chapter.Document)
            if (!ReferenceEquals(block, chapter.TitleHeading)) WalkBlock(block, state);
    }

    /// <summary>Walks one block.</summary>
    protected void WalkBlock(Block block, TState state)
    {
        switch (block)
        {
            case HeadingBlock heading: Heading(heading, state); break;
            case MathBlock math: DisplayMath(math.Lines.ToString(), math.Line + 1, state); break;
            case FencedCodeBlock or CodeBlock: Code(((LeafBlock)block).Lines.ToString(), state); break;
            case ParagraphBlock paragraph: Paragraph(paragraph, state); break;
            case ListBlock list: List(list, state); break;
            case MdTable table: Table(table, state); break;
            case QuoteBlock quote: Quote(quote, state); break;
            case ThematicBreakBlock: Rule(state); break;
            case ContainerBlock container: foreach (var child in container) WalkBlock(child, state); break;
        }
    }

    /// <summary>Walks inlines drawn in <paramref name="place"/>.</summary>
    protected void WalkInlines(ContainerInline? inlines, TState state, InlinePlace place)
    {
        if (inlines is null) return;
        var outer = Place;
        Place = place;
        try { foreach (var node in inlines) WalkInline(node, state); }
        finally { Place = outer; }
    }

    /// <summary>Walks a table cell's paragraphs (the only blocks a cell draws).</summary>
    protected void WalkCell(MdTableCell cell, TState state)
    {
        var first = true;
        foreach (var paragraph in cell.OfType<ParagraphBlock>())
        {
            if (!first) CellParagraphBreak(state);
            WalkInlines(paragraph.Inline, state, InlinePlace.Cell);
            first = false;
        }
    }

    private void WalkInline(Inline node, TState state)
    {
        switch (node)
        {
            case LiteralInline literal: Literal(literal.Content.ToString(), state); break;
            case CitationInline citation: Citation(citation, state); break;
            case MathInline math: InlineMath(math.Content.ToString(), math.DelimiterCount >= 2, math.Line + 1, state); break;
            case CodeInline code: CodeSpan(code.Content, state); break;
            case LineBreakInline: LineBreak(state); break;
            case EmphasisInline emphasis:
                var emphasised = Emphasis(emphasis, state);
                foreach (var child in emphasis) WalkInline(child, emphasised);
                break;
            case LinkInline { IsImage: true } image:
                if (Place == InlinePlace.Body) Figure(image, state);
                else foreach (var child in image) WalkInline(child, state); // elsewhere an image is its alt text
                break;
            case LinkInline link when HandbookMarkdown.IsTitleCitation(link):
                foreach (var child in link) WalkInline(child, state);
                TitleCitation(link, state);
                break;
            case LinkInline link:
                var linked = Link(link, state);
                foreach (var child in link) WalkInline(child, linked);
                break;
            case AutolinkInline auto: Autolink(auto.Url, state); break;
            case ContainerInline container: foreach (var child in container) WalkInline(child, state); break;
        }
    }

    /// <summary>The chapter title (printed apart, before the body).</summary>
    protected virtual void Title(HeadingBlock heading, TState state) => WalkInlines(heading.Inline, state, InlinePlace.Heading);
    /// <summary>A heading below the title.</summary>
    protected virtual void Heading(HeadingBlock heading, TState state) => WalkInlines(heading.Inline, state, InlinePlace.Heading);
    /// <summary>A paragraph.</summary>
    protected virtual void Paragraph(ParagraphBlock paragraph, TState state) => WalkInlines(paragraph.Inline, state, InlinePlace.Body);
    /// <summary>A list: its items in order, numbered from the list's start.</summary>
    protected virtual void List(ListBlock list, TState state)
    {
        var n = int.TryParse(list.OrderedStart, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>()) ListItem(item, list.IsOrdered ? n++ : null, state);
    }
    /// <summary>One list item (<paramref name="ordinal"/> null for a bullet).</summary>
    protected virtual void ListItem(ListItemBlock item, int? ordinal, TState state)
    {
        foreach (var child in item) WalkBlock(child, state);
    }
    /// <summary>A table: its rows' cells in order.</summary>
    protected virtual void Table(MdTable table, TState state)
    {
        foreach (var row in table.OfType<MdTableRow>())
            foreach (var cell in row.OfType<MdTableCell>()) WalkCell(cell, state);
    }
    /// <summary>Between two paragraphs of one cell.</summary>
    protected virtual void CellParagraphBreak(TState state) { }
    /// <summary>A block quote.</summary>
    protected virtual void Quote(QuoteBlock quote, TState state)
    {
        foreach (var child in quote) WalkBlock(child, state);
    }
    /// <summary>A <c>$$</c> math block.</summary>
    protected virtual void DisplayMath(string tex, int line, TState state) { }
    /// <summary>A code block.</summary>
    protected virtual void Code(string code, TState state) { }
    /// <summary>A thematic break.</summary>
    protected virtual void Rule(TState state) { }

    /// <summary>An image in body text: a figure whose caption is its alt text.</summary>
    protected virtual void Figure(LinkInline image, TState state) => WalkInlines(image, state, InlinePlace.Caption);
    /// <summary>Text.</summary>
    protected virtual void Literal(string text, TState state) { }
    /// <summary>A pandoc citation.</summary>
    protected virtual void Citation(CitationInline citation, TState state) { }
    /// <summary>Seed 004's <c>[Title](#)</c>, after its text has been walked.</summary>
    protected virtual void TitleCitation(LinkInline link, TState state) { }
    /// <summary><c>$…$</c> (or <c>$$…$$</c> inside a paragraph, <paramref name="display"/>).</summary>
    protected virtual void InlineMath(string tex, bool display, int line, TState state) { }
    /// <summary>A code span.</summary>
    protected virtual void CodeSpan(string code, TState state) { }
    /// <summary>A soft or hard line break.</summary>
    protected virtual void LineBreak(TState state) { }
    /// <summary>Emphasis: the state its children are walked with.</summary>
    protected virtual TState Emphasis(EmphasisInline emphasis, TState state) => state;
    /// <summary>An ordinary link: the state its text is walked with.</summary>
    protected virtual TState Link(LinkInline link, TState state) => state;
    /// <summary>An autolink.</summary>
    protected virtual void Autolink(string url, TState state) { }
}
