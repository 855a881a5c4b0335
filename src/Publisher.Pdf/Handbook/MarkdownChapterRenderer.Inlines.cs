using System.Globalization;
using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
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
    private void RenderParagraph(ContainerInline? inline, TextStyle style, ParagraphStyle paragraph, List<ILayoutBlock> output, float indent, string? marker = null)
    {
        var sink = new ParagraphSink(output, paragraph);
        if (marker is not null) sink.Spans.Add(new Span(marker, style));
        if (inline is not null)
            foreach (var node in inline) AddInline(node, style, null, sink, indent);
        sink.Flush();
    }

    private void AddInline(Inline node, TextStyle style, LinkTarget? link, ParagraphSink sink, float indent)
    {
        var spans = sink.Spans;
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
            case CitationInline citation:
                AddCitation(citation, style, spans);
                break;
            case MathInline { DelimiterCount: >= 2 } display:
                sink.Flush();
                RenderDisplayMath(display.Content.ToString(), display.Line + 1, sink.Output, indent);
                break;
            case MathInline math:
                AddInlineMath(math.Content.ToString(), math.Line + 1, style, link, spans);
                break;
            case CodeInline code:
                spans.Add(new Span(code.Content, styles.Mono, link));
                break;
            case LineBreakInline:
                spans.Add(new Span(" ", style, link));
                break;
            case EmphasisInline emphasis:
                var role = emphasis.DelimiterCount >= 2 ? FontRole.Bold : FontRole.Italic;
                foreach (var child in emphasis) AddInline(child, style with { Role = role }, link, sink, indent);
                break;
            case LinkInline { IsImage: true } image:
                sink.Flush();
                RenderFigure(image, sink.Output, indent);
                break;
            case LinkInline titleCitation when HandbookMarkdown.IsTitleCitation(titleCitation):
                AddTitleCitation(titleCitation, style, link, sink, indent);
                break;
            case LinkInline linkInline:
                // Only http(s) becomes clickable; javascript:, file: and relative links stay plain text.
                var url = linkInline.GetDynamicUrl?.Invoke() ?? linkInline.Url;
                var target = UrlSafety.IsSafeToOpen(url) && url!.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? LinkTarget.ToUrl(url.Trim()) : null;
                foreach (var child in linkInline) AddInline(child, target is null ? style : style with { Color = HandbookStyles.LinkBlue }, target ?? link, sink, indent);
                break;
            case AutolinkInline auto:
                var safe = UrlSafety.IsSafeToOpen(auto.Url) && auto.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase);
                spans.Add(new Span(auto.Url, safe ? style with { Color = HandbookStyles.LinkBlue } : style, safe ? LinkTarget.ToUrl(auto.Url) : link));
                break;
            case ContainerInline container:
                foreach (var child in container) AddInline(child, style, link, sink, indent);
                break;
        }
    }

    /// <summary><c>[see @a, p. 3; @b]</c> → <c>[see 1, p. 3; 2]</c>, each number a link to its bibliography entry; <c>@a</c> → <c>Author [1]</c>.</summary>
    private void AddCitation(CitationInline citation, TextStyle style, List<Span> spans)
    {
        var resolved = citation.Items.Select(i => (Item: i, Entry: context.Resolver.ByKey(i.Key))).ToList();
        foreach (var (item, entry) in resolved.Where(r => r.Entry is null))
            context.Warn(File, citation.Line + 1, $"citation key '@{item.Key}' matches no catalog entry (expected a catalog id, a BibTeX key, a DOI or an arXiv id); printed as [?{item.Key}]", "handbook-cite");
        if (!citation.Bracketed)
        {
            var (item, entry) = resolved[0];
            if (entry is null) { spans.Add(new Span($"[?{item.Key}]", style)); return; }
            spans.Add(new Span(InTextAuthor(entry) + " ", style));
            spans.Add(new Span("[", style));
            spans.Add(NumberSpan(entry, style));
            spans.Add(new Span("]", style));
            return;
        }
        var separator = resolved.Any(r => r.Item.Prefix.Length > 0 || r.Item.Locator.Length > 0) ? "; " : ", ";
        spans.Add(new Span("[", style));
        for (var i = 0; i < resolved.Count; i++)
        {
            var (item, entry) = resolved[i];
            if (i > 0) spans.Add(new Span(separator, style));
            if (item.Prefix.Length > 0) spans.Add(new Span(clean(item.Prefix) + " ", style));
            spans.Add(entry is null ? new Span("?" + item.Key, style) : NumberSpan(entry, style));
            if (item.Locator.Length > 0) spans.Add(new Span(", " + clean(item.Locator), style));
        }
        spans.Add(new Span("]", style));
    }

    /// <summary>Seed 004's <c>[Title](#)</c>: the title as written, then its number(s); an unknown title keeps its text and is reported.</summary>
    private void AddTitleCitation(LinkInline link, TextStyle style, LinkTarget? outer, ParagraphSink sink, float indent)
    {
        foreach (var child in link) AddInline(child, style, outer, sink, indent);
        var title = HandbookMarkdown.PlainText(link);
        var entries = context.Resolver.ByTitles(title);
        if (entries.Count == 0)
        {
            // Seed 004 also lost the targets of ordinary links ("[github](#)", "[pdf](#)"): only text that
            // reads like a title is taken for a citation and reported.
            if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4) return;
            context.Warn(File, link.Line + 1, $"cited title '{Shorten(title)}' matches no catalog entry; printed without a number", "handbook-cite");
            sink.Spans.Add(new Span(" [?]", style));
            return;
        }
        sink.Spans.Add(new Span(" [", style));
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0) sink.Spans.Add(new Span(", ", style));
            sink.Spans.Add(NumberSpan(entries[i], style));
        }
        sink.Spans.Add(new Span("]", style));
    }

    private Span NumberSpan(Entry entry, TextStyle style)
    {
        var number = context.Numbers[entry.Id];
        context.CitedIds.Add(entry.Id);
        return new Span(number.ToString(CultureInfo.InvariantCulture), style with { Color = HandbookStyles.LinkBlue },
            LinkTarget.ToDestination(MarkdownContext.BibliographyDestination(number))) { Anchor = MarkdownContext.CitationAnchor(entry.Id) };
    }

    private string InTextAuthor(Entry entry)
    {
        var named = entry.Authors.Where(a => !a.IsOthers).ToList();
        if (named.Count == 0) return clean(entry.Title);
        var first = clean(named[0].FamilyWithParticle.Length > 0 ? named[0].FamilyWithParticle : named[0].DisplayName);
        return named.Count == 1 && !entry.Authors.Any(a => a.IsOthers) ? first
            : named.Count == 2 && !entry.Authors.Any(a => a.IsOthers) ? $"{first} and {clean(named[1].FamilyWithParticle)}"
            : first + " et al.";
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

    /// <summary>A table cell's text: citations become their numbers (cells hold plain text; the cited ids are added to <paramref name="cited"/>), math its source.</summary>
    private string CellText(ContainerInline? inline, List<string> cited) =>
        HandbookMarkdown.PlainText(inline, c => "[" + string.Join(", ", c.Items.Select(i => context.Resolver.ByKey(i.Key) is { } e ? Cite(e, cited) : "?" + i.Key)) + "]");

    private string Cite(Entry e, List<string> cited)
    {
        context.CitedIds.Add(e.Id);
        cited.Add(e.Id);
        return context.Numbers[e.Id].ToString(CultureInfo.InvariantCulture);
    }

    private static string Shorten(string s)
    {
        s = s.Trim().ReplaceLineEndings(" ");
        return s.Length > 60 ? s[..60] + "…" : s;
    }

    /// <summary>Collects spans and turns them into a paragraph when a block (formula, figure) interrupts them, or at the end.</summary>
    private sealed class ParagraphSink(List<ILayoutBlock> output, ParagraphStyle style)
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
