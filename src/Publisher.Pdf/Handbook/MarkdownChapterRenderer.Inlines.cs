using System.Globalization;
using Markdig.Syntax.Inlines;
using Publisher.Model;
using Publisher.Pdf.Handbook.Citations;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

internal sealed partial class MarkdownChapterRenderer
{
    /// <summary>
    /// A paragraph's inlines as spans. Display formulas and images inside it break out as blocks of their
    /// own at their place: the text before them becomes one paragraph, the text after another.
    /// </summary>
    private void RenderParagraph(ContainerInline? inline, ParagraphStyle paragraph, State state, string? marker = null)
    {
        var sink = new ParagraphSink(state.Output, paragraph);
        if (marker is not null) sink.Spans.Add(new Span(marker, styles.Body));
        WalkInlines(inline, state with { Style = styles.Body, Link = null, Sink = sink }, InlinePlace.Body);
        sink.Flush();
    }

    /// <inheritdoc />
    protected override void Literal(string raw, State state)
    {
        // Cleaning collapses whitespace; keep the spaces that separate this literal from its neighbours.
        var text = clean(raw);
        if (raw.Length > 0 && char.IsWhiteSpace(raw[0]) && text.Length > 0) text = " " + text;
        if (raw.Length > 0 && char.IsWhiteSpace(raw[^1])) text += " ";
        if (text.Length > 0) state.Sink!.Spans.Add(new Span(text, state.Style, state.Link));
    }

    /// <inheritdoc />
    protected override void InlineMath(string tex, bool display, int line, State state)
    {
        // Outside body text (headings, captions, cells) a formula has no room of its own: it prints as its source.
        if (Place != InlinePlace.Body) { state.Sink!.Spans.Add(new Span(tex, state.Style, state.Link)); return; }
        if (display)
        {
            state.Sink!.Flush();
            RenderDisplayMath(tex, line, state.Sink.Output, state.Indent);
            return;
        }
        AddInlineMath(tex, line, state.Style, state.Link, state.Sink!.Spans);
    }

    /// <inheritdoc />
    protected override void CodeSpan(string code, State state) =>
        state.Sink!.Spans.Add(new Span(code, Place == InlinePlace.Body ? styles.Mono : state.Style, state.Link));

    /// <inheritdoc />
    protected override void LineBreak(State state) => state.Sink!.Spans.Add(new Span(" ", state.Style, state.Link));

    /// <inheritdoc />
    protected override State Emphasis(EmphasisInline emphasis, State state) =>
        Place == InlinePlace.Body ? state with { Style = state.Style with { Role = emphasis.DelimiterCount >= 2 ? FontRole.Bold : FontRole.Italic } } : state;

    /// <inheritdoc />
    protected override State Link(LinkInline link, State state)
    {
        // Only http(s) in body text becomes clickable; javascript:, file: and relative links stay plain text.
        if (Place != InlinePlace.Body) return state;
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        return UrlSafety.IsSafeToOpen(url) && url!.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? state with { Style = state.Style with { Color = HandbookStyles.LinkBlue }, Link = LinkTarget.ToUrl(url.Trim()) }
            : state;
    }

    /// <inheritdoc />
    protected override void Autolink(string url, State state)
    {
        var safe = Place == InlinePlace.Body && UrlSafety.IsSafeToOpen(url) && url.StartsWith("http", StringComparison.OrdinalIgnoreCase);
        state.Sink!.Spans.Add(new Span(url, safe ? state.Style with { Color = HandbookStyles.LinkBlue } : state.Style, safe ? LinkTarget.ToUrl(url) : state.Link));
    }

    /// <summary><c>[see @a, p. 3; @b]</c> → <c>[see 1, p. 3; 2]</c>, each number a link to its bibliography entry; <c>@a</c> → <c>Author [1]</c>.</summary>
    protected override void Citation(CitationInline citation, State state)
    {
        var resolved = context.Resolver.Resolve(citation);
        foreach (var (item, _) in resolved.Where(r => r.Entry is null))
            context.Warn(File, citation.Line + 1, $"citation key '@{item.Key}' matches no catalog entry (expected a catalog id, a BibTeX key, a DOI or an arXiv id); printed as [?{item.Key}]", "handbook-cite");
        AddPieces(_printer.Citation(citation, resolved), state);
    }

    /// <summary>Seed 004's <c>[Title](#)</c>: the title as written (already walked), then its number(s); an unknown title is reported.</summary>
    protected override void TitleCitation(LinkInline link, State state)
    {
        var (title, entries) = context.Resolver.ResolveTitle(link);
        if (entries.Count == 0 && CitationPrinter.LooksLikeTitle(title))
            context.Warn(File, link.Line + 1, $"cited title '{Shorten(title)}' matches no catalog entry; printed without a number", "handbook-cite");
        AddPieces(_printer.TitleCitation(title, entries), state);
    }

    private void AddPieces(List<CitationPiece> pieces, State state)
    {
        foreach (var piece in pieces)
            state.Sink!.Spans.Add(piece.Entry is { } entry ? NumberSpan(entry, state.Style) : new Span(piece.Text, state.Style));
    }

    private Span NumberSpan(Entry entry, TextStyle style)
    {
        var number = context.Numbers[entry.Id];
        context.CitedIds.Add(entry.Id);
        return new Span(number.ToString(CultureInfo.InvariantCulture), style with { Color = HandbookStyles.LinkBlue },
            LinkTarget.ToDestination(MarkdownContext.BibliographyDestination(number))) { Anchor = MarkdownContext.CitationAnchor(entry.Id) };
    }

    private void AddInlineMath(string tex, int line, TextStyle style, LinkTarget? link, List<Span> spans)
    {
        var result = context.Math.Typeset(tex, display: false, style.Size);
        if (result.Box is { } box) { spans.Add(Span.Of(box, style, link)); return; }
        context.Warn(File, line, $"formula ${Shorten(tex)}$ cannot be typeset ({result.Error}); printed as TeX source", "handbook-math");
        spans.Add(new Span(tex, styles.Mono, link));
    }

    private void RenderDisplayMath(string tex, int line, List<ILayoutBlock> output, float indent)
    {
        var result = context.Math.Typeset(tex, display: true, styles.Body.Size);
        if (result.Box is { } box)
        {
            // A formula wider than the column is scaled down rather than running into the margin.
            var room = context.ContentWidth - indent;
            if (box.Width > room) box = box.WithScale(box.Scale * room / box.Width);
            output.Add(new BoxBlock(box, TextAlign.Center, 4, 6));
            return;
        }
        context.Warn(File, line, $"formula $${Shorten(tex)}$$ cannot be typeset ({result.Error}); printed as TeX source", "handbook-math");
        RenderCode(tex.Trim(), output, indent);
    }

    private static string Shorten(string s)
    {
        s = s.Trim().ReplaceLineEndings(" ");
        return s.Length > 60 ? s[..60] + "…" : s;
    }

    /// <summary>Collects spans and turns them into a paragraph when a block (formula, figure) interrupts them, or at the end.</summary>
    internal sealed class ParagraphSink(List<ILayoutBlock> output, ParagraphStyle style)
    {
        private bool _flushed;
        public List<ILayoutBlock> Output { get; } = output;
        public List<Span> Spans { get; private set; } = [];

        public void Flush()
        {
            if (Spans.Any(s => s.Box is not null || s.Text.Trim().Length > 0))
            {
                // A continuation after a display formula is not a new list item or indented first line.
                Output.Add(new Paragraph(Spans, _flushed ? style with { FirstLineIndent = 0, SpaceBefore = 0 } : style));
                _flushed = true;
            }
            Spans = [];
        }
    }
}
