using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Importers.ReadingLists.Common;

namespace Publisher.Importers.ReadingLists.Coverage;

/// <summary>
/// Recognises an entry in a pipe-table row: the title from the column headed title/paper/name (or the
/// first cell that reads as a title), venue and year from their cells, whatever cell the paper link sits
/// in (an emoji, "Paper", a badge, or a title linking to a local file while the arXiv link is elsewhere).
/// </summary>
public static class TableRowRecogniser
{
    /// <summary>Headers of the column that names a paper ("Model"/"Project" are not: a row's paper sits beside them).</summary>
    public static readonly string[] TitleHeaders = ["title", "paper", "name", "标题", "论文", "名称", "名字", "题目"];
    private static readonly string[] SkipHeaders = ["author", "作者", "venue", "conference", "date", "year", "time", "时间", "日期", "code", "代码", "link", "链接", "star", "note", "keyword", "tag", "#", "no."];

    /// <summary>The match for one reference in a table row.</summary>
    public static BlockMatch Recognise(TableRow row, PaperReference target, IReadOnlyList<PaperReference> refsInRow)
    {
        var cells = row.OfType<TableCell>().ToList();
        var all = cells.SelectMany(Inlines).ToList();
        // A row listing several papers ("Toxicity | [A](arxiv…), [B](arxiv…)"): only each link's own text names its paper.
        if (refsInRow.Where(r => r.IsArxiv).Select(r => r.Key).Distinct().Count() > 1)
        {
            var link = all.SelectMany(MarkdownSyntax.Descendants).OfType<LinkInline>().FirstOrDefault(l => !l.IsImage && l.Url is not null && InlineTitleFinder.PointsAt(l.Url, target));
            var (own, ownAlt) = link is null ? (null, null) : InlineTitleFinder.Find([link], target, allowProse: false);
            return new BlockMatch(own, ownAlt, [], MarkdownSyntax.LineOf(row), "table-row");
        }
        var header = (row.Parent as Table)?.OfType<TableRow>().FirstOrDefault(r => r.IsHeader);
        var headers = header?.OfType<TableCell>().Select(c => InlineTitleFinder.PlainText(Inlines(c)).ToLowerInvariant()).ToList() ?? [];
        string HeaderOf(int i) => i < headers.Count ? headers[i] : "";
        var order = Enumerable.Range(0, cells.Count)
            .Where(i => !SkipHeaders.Any(h => HeaderOf(i).Contains(h, StringComparison.Ordinal)) || TitleHeaders.Any(h => HeaderOf(i) == h))
            .OrderBy(i => IsNameColumn(HeaderOf(i)) ? 0 : 1)
            .ToList();
        string? title = null, alt = null;
        foreach (var i in order)
        {
            var found = InlineTitleFinder.Find(Inlines(cells[i]), target, allowProse: true, nameCell: IsNameColumn(HeaderOf(i)));
            alt ??= found.Alt;
            if (found.Title is not null) { title = found.Title; break; }
        }
        var (venue, year) = TitleText.VenueAndYear(InlineTitleFinder.PlainText(all));
        return new BlockMatch(title, alt, ParagraphRecogniser.CompanionLinks(all, target), MarkdownSyntax.LineOf(row), "table-row") { Venue = venue, Year = year };
    }

    private static bool IsNameColumn(string header) => TitleHeaders.Any(h => header.Contains(h, StringComparison.Ordinal));

    private static List<Inline> Inlines(TableCell cell) =>
        cell.OfType<ParagraphBlock>().Where(p => p.Inline is not null).SelectMany(p => p.Inline!).ToList();
}
