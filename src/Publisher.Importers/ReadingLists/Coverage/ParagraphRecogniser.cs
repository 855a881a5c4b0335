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
public static partial class ParagraphRecogniser
{
    /// <summary>The match for one reference in a paragraph or heading (<paramref name="source"/> is the document text), or null when the block has no inlines.</summary>
    public static BlockMatch? Recognise(LeafBlock block, string source, PaperReference target, IReadOnlyList<PaperReference> refsInBlock)
    {
        var items = block.Inline?.ToList() ?? [];
        if (items.Count == 0) return null;
        var (segment, cut) = Segment(items, target, refsInBlock);
        var (title, alt) = cut == Cut.Text ? (null, null) : InlineTitleFinder.Find(segment, target, allowProse: cut != Cut.Inline);
        if (title is null && cut is Cut.Text or Cut.Inline) title = QuotedBefore(source, target, refsInBlock);
        if (title is null && block is ParagraphBlock && cut == Cut.None)
            (title, alt) = FromContext(block, alt, IsLinksOnly(segment));
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
            // Only lines with no reference of any kind: "2. Other Title: https://doi-like/…" above is another work, not the title.
            while (g > 0 && !Enumerable.Range(GroupStart(g - 1), GroupEnd(g - 1) - GroupStart(g - 1) + 1).Any(i => keys[i].Count > 0 || HasAnyRef(items[i], refs))) g--;
            return (items.GetRange(GroupStart(g), GroupEnd(tg) - GroupStart(g) + 1), Cut.Line);
        }
        var start = GroupStart(tg);
        for (var i = ti - 1; i >= GroupStart(tg); i--)
            if (keys[i].Any(k => k != target.Key)) { start = i + 1; break; }
        var end = ti;
        while (end + 1 <= GroupEnd(tg) && keys[end + 1].All(k => k == target.Key)) end++;
        return (items.GetRange(start, end - start + 1), Cut.Inline);
    }

    private static bool HasAnyRef(Inline item, IReadOnlyList<PaperReference> refs) =>
        refs.Any(r => r.Offset >= item.Span.Start && r.Offset <= item.Span.End);

    // Two mentions in one run of text ("arXiv:A and "Some Title" arXiv:B"): only a quoted title right
    // before the mention, after the previous one, names it.
    private static string? QuotedBefore(string source, PaperReference target, IReadOnlyList<PaperReference> refs)
    {
        var lineStart = source.LastIndexOf('\n', Math.Max(0, Math.Min(source.Length, target.Offset) - 1)) + 1;
        var from = refs.Where(r => r.Offset < target.Offset && r.Offset >= lineStart).Select(r => r.Offset + r.Text.Length).DefaultIfEmpty(lineStart).Max();
        if (from >= target.Offset || target.Offset > source.Length) return null;
        var window = source[from..target.Offset];
        var t = InlineTitleFinder.QuotedPassages(window).FirstOrDefault() is { } q ? TitleText.Clean(q) : null;
        return t is not null && TitleText.IsTitle(t) ? t : null;
    }

    // "### Paper Title" or "**Paper Title**" then a line or list of [Paper] [Code] links; a sub-bullet under
    // the item that names the paper; "- 论文：Title" right above "- 论文地址：https://arxiv…".
    private static (string? Title, string? Alt) FromContext(LeafBlock block, string? alt, bool linksOnly)
    {
        if (block.Parent is not { } parent) return (null, alt);
        // A heading is a topic as often as a title: it names the paper only when nothing else is written.
        if (Before(parent, block) is { } above && (linksOnly || above is not HeadingBlock) && TitleAbove(above) is { Title: not null } a) return MergeAlt(a, alt);
        if (parent is ListItemBlock item)
        {
            if (item.FirstOrDefault() is ParagraphBlock first && first != block && first.Inline is not null && !CitesArxiv(first))
                return MergeAlt(InlineTitleFinder.Find([first.Inline], null, allowProse: true), alt);
            if (item.Parent is ListBlock list)
            {
                if (LabelledSibling(list, item) is { } labelled) return (labelled, alt);
                if (list.Parent is ListItemBlock outer && outer.FirstOrDefault() is ParagraphBlock head && head.Inline is not null && !CitesArxiv(head))
                    return MergeAlt(InlineTitleFinder.Find([head.Inline], null, allowProse: true), alt);
                if (list.Parent is { } container && Before(container, list) is { } aboveList && (linksOnly || aboveList is not HeadingBlock) && TitleAbove(aboveList) is { Title: not null } b)
                    return MergeAlt(b, alt);
            }
        }
        return (null, alt);
    }

    // "[Paper](…) | [Code](…)" or "Paper: https://…": nothing but links and their labels.
    private static bool IsLinksOnly(List<Inline> segment)
    {
        var prose = LinkLine.Prose(segment);
        var words = prose.Split([' ', ':', '：', '|', ',', '，', '/', '[', ']', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => !w.Any(char.IsLetter) || LinkClassifier.IsRoleLabel(w) || TitleText.IsTitle(w) == false);
    }

    // "- 论文名称：Title" a few items above "- 论文地址：https://arxiv…" in the same sub-list.
    private static string? LabelledSibling(ListBlock list, ListItemBlock item)
    {
        for (var i = list.IndexOf(item) - 1; i >= 0 && i >= list.IndexOf(item) - 4; i--)
        {
            if (list[i] is not ListItemBlock { Count: > 0 } sibling || sibling[0] is not ParagraphBlock { Inline: not null } p || CitesArxiv(p)) return null;
            var text = MarkdownSyntax.PlainText(p);
            var m = LabelledTitle().Match(text);
            if (!m.Success) continue;
            var t = TitleText.Clean(text[m.Length..]);
            return TitleText.IsTitle(t) && !CjkText.ContainsIdeograph(t) ? t : null;
        }
        return null;
    }

    private static Block? Before(ContainerBlock parent, Block block)
    {
        var index = parent.IndexOf(block);
        return index > 0 ? parent[index - 1] : null;
    }

    // A heading, or a paragraph that is only a bold title, right above.
    private static (string? Title, string? Alt)? TitleAbove(Block above) => above switch
    {
        HeadingBlock { Inline: not null } h => InlineTitleFinder.Find([h.Inline], null, allowProse: true),
        ParagraphBlock { Inline: not null } p when !CitesArxiv(p) && p.Inline.All(i => i is EmphasisInline { DelimiterCount: 2 } or LineBreakInline || (i is LiteralInline l && l.Content.IsEmptyOrWhitespace()))
            => InlineTitleFinder.Find([p.Inline], null, allowProse: false),
        _ => null,
    };

    // A parent that cites its own paper names that paper, not this one.
    private static bool CitesArxiv(ParagraphBlock p) => MarkdownSyntax.Links(p.Inline).Any(l => ArxivId.LooksLikeArxivUrl(l.Url));

    private static (string? Title, string? Alt) MergeAlt((string? Title, string? Alt) found, string? alt) => (found.Title, found.Alt ?? alt);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:论文|文章)(?:名称|标题|题目)?|标题|题目|title|paper(?: title)?)\s*[:：]", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LabelledTitle();
}
