using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publisher.Importers.ReadingLists.Common;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Coverage;

/// <summary>
/// Recognises an entry inside an HTML block (<c>&lt;table&gt;</c> rows, cards, <c>&lt;li&gt;</c>) with AngleSharp:
/// the anchor that points at the paper, then the title from its row (the first cell that reads as a
/// title, bold text or link text in it) or from the anchor's own text.
/// </summary>
public sealed class HtmlBlockRecogniser
{
    private readonly HtmlParser _parser = new();
    private readonly Dictionary<int, Dictionary<string, IElement>> _anchors = [];

    /// <summary>The match for one reference in an HTML block, or null when no anchor points at it.</summary>
    public BlockMatch? Recognise(Markdig.Syntax.HtmlBlock block, string text, PaperReference target)
    {
        if (!_anchors.TryGetValue(block.Span.Start, out var anchors))
            _anchors[block.Span.Start] = anchors = Anchors(_parser.ParseDocument(text.Substring(block.Span.Start, Math.Min(block.Span.Length, text.Length - block.Span.Start))));
        var key = target.Arxiv is { } id ? "a:" + id.Base : target.Url is { } u ? "p:" + PaperReferenceScanner.NormaliseUrl(u) : null;
        if (key is null || !anchors.TryGetValue(key, out var anchor)) return null;
        var container = anchor.Closest("tr") ?? anchor.Closest("li") ?? anchor.Closest("p") ?? anchor.ParentElement;
        string? title = null, alt = null;
        foreach (var candidate in Candidates(anchor, container))
        {
            var t = TitleText.Clean(candidate.Text);
            if (!TitleText.IsTitle(t) || (candidate.NeedsPhrase && !TitleText.IsPhrase(t)) || TitleText.IsAuthorList(t)) continue;
            if (CjkText.GuessLanguage(t) == "zh") { alt ??= t; continue; }
            title = t;
            break;
        }
        var links = (container ?? anchor).QuerySelectorAll("a[href]")
            .Select(a => new FoundLink(a.GetAttribute("href")!, MarkdownSyntax.Collapse(a.TextContent), target.Line))
            .Where(l => !ArxivId.LooksLikeArxivUrl(l.Url) && LinkClassifier.Classify(l.Url, l.Label) is LinkKind.Code or LinkKind.Project or LinkKind.Weights or LinkKind.Dataset)
            .ToList();
        var (venue, year) = TitleText.VenueAndYear(container?.TextContent ?? "");
        return new BlockMatch(title, alt, links, target.Line, "html") { Venue = venue, Year = year };
    }

    // One pass over a block's anchors, keyed like references, so a 100,000-row table is not searched per row.
    private static Dictionary<string, IElement> Anchors(IDocument doc)
    {
        var byKey = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var a in doc.QuerySelectorAll("a[href]"))
        {
            var href = a.GetAttribute("href") ?? "";
            var key = ArxivId.TryParseUrlOrId(href.Trim(), out var id) ? "a:" + id.Base : "p:" + PaperReferenceScanner.NormaliseUrl(href);
            byKey.TryAdd(key, a);
        }
        return byKey;
    }

    private static IEnumerable<(string Text, bool NeedsPhrase)> Candidates(IElement anchor, IElement? container)
    {
        if (container is not null)
            foreach (var strong in container.QuerySelectorAll("strong, b"))
                yield return (strong.TextContent, false);
        yield return (anchor.TextContent, false);
        if (container is null) yield break;
        if (container.LocalName != "tr") yield break;
        // The first cell with text names the row's work ("SayCan"); a later cell is a category or a venue,
        // so when the first one is not a title ("Drori et al.") the row stays untitled.
        var first = container.Children.FirstOrDefault(c => MarkdownSyntax.Collapse(c.TextContent).Trim('-', ' ', '—').Any(char.IsLetter));
        if (first is null) yield break;
        foreach (var a in first.QuerySelectorAll("a")) yield return (a.TextContent, false);
        yield return (first.TextContent, false);
    }
}
