using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Importers.ReadingLists.Common;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Coverage;

/// <summary>
/// Recognises an entry in a paragraph, list item or heading. A block holding one paper is one entry
/// (title anywhere in it: <c>**Title.**</c> on the line above the links counts); a block holding several
/// papers is cut per line, then per link, so prose citing three papers gives three entries. When the
/// block is only links, the heading right above it or the parent list item gives the title.
/// </summary>
public static class ParagraphRecogniser
{
    /// <summary>The match for one reference in a paragraph or heading (<paramref name="source"/> is the document text), or null when the block has no inlines.</summary>
    public static BlockMatch? Recognise(LeafBlock block, string source, PaperReference target, IReadOnlyList<PaperReference> refsInBlock)
    {
        var items = block.Inline?.ToList() ?? [];
        if (items.Count == 0) return null;
        var (segment, cut) = Segment(items, target, refsInBlock);
        var (title, alt) = cut == Cut.Text ? (null, null) : InlineTitleFinder.Find(segment, target, allowProse: cut != Cut.Inline);
        if (title is null && cut is Cut.Text or Cut.Inline) title = QuotedBefore(source, target, refsInBlock);
        if (title is null && block is ParagraphBlock && IsLinksOnly(segment))
            (title, alt) = FromContext(block, alt);
        var plain = InlineTitleFinder.PlainText(segment);
        var (venue, year) = TitleText.VenueAndYear(plain);
        var line = segment.Count > 0 ? Math.Min(MarkdownSyntax.LineOf(segment[0]), target.Line) : target.Line;
        return new BlockMatch(title, alt, CompanionLinks(segment, target), line, block is HeadingBlock ? "heading" : "paragraph") { Venue = venue, Year = year };
    }

    /// <summary>Code, project, weights and dataset links of a segment: they belong to the entry.</summary>
    public static IReadOnlyList<FoundLink> CompanionLinks(IEnumerable<Inline> segment, PaperReference target) =>
        segment.SelectMany(MarkdownSyntax.Links)
            .Where(l => !ArxivId.LooksLikeArxivUrl(l.Url) && !InlineTitleFinder.PointsAt(l.Url, target)
                        && LinkClassifier.Classify(l.Url, l.Label) is LinkKind.Code or LinkKind.Project or LinkKind.Weights or LinkKind.Dataset)
            .ToList();

    // Several papers in one block: the line that holds the target (plus the lines above it up to the
    // previous paper, where a bold title usually sits), and if that line holds several papers, the
    // inlines since the previous paper's link.
    private enum Cut { None, Line, Inline, Text }

    private static (List<Inline> Items, Cut Cut) Segment(List<Inline> items, PaperReference target, IReadOnlyList<PaperReference> refs)
    {
        var unitsAreArxiv = refs.Any(r => r.IsArxiv);
        var keys = items.Select(it => refs.Where(r => r.Offset >= it.Span.Start && r.Offset <= it.Span.End && (!unitsAreArxiv || r.IsArxiv))
            .Select(r => r.Key).Distinct().ToList()).ToList();
        var ti = items.FindIndex(it => it.Span.Start <= target.Offset && target.Offset <= it.Span.End);
        if (ti < 0 || keys.SelectMany(k => k).Distinct().Count() <= 1) return (items, Cut.None);
        if (keys[ti].Count > 1) return ([items[ti]], Cut.Text);
        var group = new int[items.Count];
        for (int i = 0, g = 0; i < items.Count; i++) { if (items[i] is LineBreakInline) g++; group[i] = g; }
        int GroupStart(int g) => Array.IndexOf(group, g);
        int GroupEnd(int g) => Array.LastIndexOf(group, g);
        var tg = group[ti];
        var unitsInLine = Enumerable.Range(GroupStart(tg), GroupEnd(tg) - GroupStart(tg) + 1).SelectMany(i => keys[i]).Distinct().Count();
        if (unitsInLine <= 1)
        {
            var g = tg;
            while (g > 0 && !Enumerable.Range(GroupStart(g - 1), GroupEnd(g - 1) - GroupStart(g - 1) + 1).Any(i => keys[i].Count > 0)) g--;
            return (items.GetRange(GroupStart(g), GroupEnd(tg) - GroupStart(g) + 1), Cut.Line);
        }
        var start = GroupStart(tg);
        for (var i = ti - 1; i >= GroupStart(tg); i--)
            if (keys[i].Any(k => k != target.Key)) { start = i + 1; break; }
        var end = ti;
        while (end + 1 <= GroupEnd(tg) && keys[end + 1].All(k => k == target.Key)) end++;
        return (items.GetRange(start, end - start + 1), Cut.Inline);
    }

    // Two mentions in one run of text ("arXiv:A and "Some Title" arXiv:B"): only a quoted title right
    // before the mention, after the previous one, names it.
    private static string? QuotedBefore(string source, PaperReference target, IReadOnlyList<PaperReference> refs)
    {
        var lineStart = source.LastIndexOf('\n', Math.Max(0, Math.Min(source.Length, target.Offset) - 1)) + 1;
        var from = refs.Where(r => r.Offset < target.Offset && r.Offset >= lineStart).Select(r => r.Offset + r.Text.Length).DefaultIfEmpty(lineStart).Max();
        if (from >= target.Offset || target.Offset > source.Length) return null;
        var window = source[from..target.Offset];
        var m = System.Text.RegularExpressions.Regex.Match(window, @"[“""]([^“”""]{4,300})[”""]");
        var t = m.Success ? TitleText.Clean(m.Groups[1].Value) : null;
        return t is not null && TitleText.IsTitle(t) ? t : null;
    }

    private static bool IsLinksOnly(List<Inline> segment) => LinkLine.Prose(segment).Length == 0
        || segment.All(i => i is LinkInline or LineBreakInline or HtmlInline || (i is LiteralInline lit && !lit.Content.ToString().Any(char.IsLetter)));

    // "### Paper Title" then a line of [Paper] [Code] links; or a sub-bullet under the item that names the paper.
    private static (string? Title, string? Alt) FromContext(LeafBlock block, string? alt)
    {
        var parent = block.Parent;
        if (parent is null) return (null, alt);
        var index = parent.IndexOf(block);
        if (index > 0 && parent[index - 1] is HeadingBlock heading && heading.Inline is not null)
        {
            var found = InlineTitleFinder.Find([heading.Inline], null, allowProse: true);
            if (found.Title is not null) return (found.Title, found.Alt ?? alt);
        }
        if (parent is ListItemBlock item && item.FirstOrDefault() is ParagraphBlock first && first != block && first.Inline is not null && !CitesArxiv(first))
            return MergeAlt(InlineTitleFinder.Find([first.Inline], null, allowProse: true), alt);
        if (parent is ListItemBlock { Parent: ListBlock { Parent: ListItemBlock outer } } && outer.FirstOrDefault() is ParagraphBlock head && head.Inline is not null && !CitesArxiv(head))
            return MergeAlt(InlineTitleFinder.Find([head.Inline], null, allowProse: true), alt);
        return (null, alt);
    }

    // A parent that cites its own paper names that paper, not this one.
    private static bool CitesArxiv(ParagraphBlock p) => MarkdownSyntax.Links(p.Inline).Any(l => ArxivId.LooksLikeArxivUrl(l.Url));

    private static (string? Title, string? Alt) MergeAlt((string? Title, string? Alt) found, string? alt) => (found.Title, found.Alt ?? alt);
}
