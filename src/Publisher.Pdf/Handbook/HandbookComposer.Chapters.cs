using System.Globalization;
using Publisher.Model;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

internal sealed partial class HandbookComposer
{
    private static readonly (LinkKind Kind, string Label)[] LinkLabels =
    [
        (LinkKind.Paper, "paper"), (LinkKind.Pdf, "PDF"), (LinkKind.Code, "code"), (LinkKind.Weights, "weights"),
        (LinkKind.Dataset, "data"), (LinkKind.Project, "project"), (LinkKind.Article, "article"), (LinkKind.Web, "web"),
    ];

    private void ComposeChapter(PlannedChapter chapter)
    {
        Add(new PageBreak(ChapterHeading(chapter)));
        Add(new Paragraph([new Span($"Chapter {chapter.Number.ToString(CultureInfo.InvariantCulture)}", _s.ChapterLabel)],
            new ParagraphStyle { SpaceAfter = 2 }, ChapterDestination(chapter)));
        Add(Paragraph.Of(T(chapter.Title), _s.ChapterTitle, new ParagraphStyle { SpaceAfter = 4, LineHeight = 1.25f }));
        var count = chapter.Entries.Count();
        Add(Paragraph.Of($"{count.ToString(CultureInfo.InvariantCulture)} works" + (chapter.Tables.Count > 0 ? $", {chapter.Tables.Count.ToString(CultureInfo.InvariantCulture)} tables" : ""),
            _s.Small, new ParagraphStyle { SpaceAfter = 10 }));
        Add(new HorizontalRule(0xFF1A3D6D, 0.8f, 2));
        foreach (var section in chapter.Sections)
        {
            if (section.Number.Length > 0)
                Add(new Paragraph([new Span($"{section.Number}  {T(section.Title)}", _s.SectionTitle)],
                    new ParagraphStyle { SpaceBefore = 12, SpaceAfter = 6, KeepWithNext = 40 }, SectionDestination(section)));
            foreach (var entry in section.Entries) ComposeEntry(entry);
        }
        if (chapter.Tables.Count > 0)
        {
            var k = 0;
            foreach (var table in chapter.Tables)
            {
                k++;
                var caption = $"Table {chapter.Number.ToString(CultureInfo.InvariantCulture)}.{k.ToString(CultureInfo.InvariantCulture)}  {T(LastSegment(table.Topic))}";
                Add(new Paragraph([new Span(caption, _s.SubTitle)], new ParagraphStyle { SpaceBefore = 12, SpaceAfter = 2, KeepWithNext = 40 }));
                Add(Paragraph.Of($"from {T(Path.GetFileName(table.File))}, line {table.Line.ToString(CultureInfo.InvariantCulture)}", _s.Tiny, new ParagraphStyle { SpaceAfter = 2 }));
                Add(Table.Of(table.Header.Select(T).ToList(), table.Rows.Select(r => (IReadOnlyList<string>)r.Select(T).ToList()).ToList(), _s.TableHeader, _s.TableCell));
            }
        }
    }

    private static string LastSegment(string topic) => topic.Split(" / ").LastOrDefault(s => s.Trim().Length > 0)?.Trim() ?? topic;

    private void ComposeEntry(Entry entry)
    {
        var number = _plan.ReferenceNumbers[entry.Id];
        var titleLink = MainLink(entry);
        var title = T(entry.Title);
        if (title.Length == 0) title = T(entry.AltTitleIn("zh")) is { Length: > 0 } zh ? zh : entry.Id;
        Add(new Paragraph(
            [new Span($"[{number.ToString(CultureInfo.InvariantCulture)}] ", _s.Small), new Span(title, _s.EntryTitle, titleLink)],
            new ParagraphStyle { SpaceBefore = 7, SpaceAfter = 1, LineHeight = 1.3f, KeepWithNext = 24, Indent = 12, FirstLineIndent = -12 }, _entryDestinations[entry.Id]));
        var indent = new ParagraphStyle { Indent = 12, SpaceAfter = 1, LineHeight = 1.35f };

        if (entry.TitleAlt.FirstOrDefault(t => t.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && T(t.Text) != title) is { } alt)
            Add(Paragraph.Of(T(alt.Text), _s.AltTitle, indent));

        var meta = new List<string>();
        if (entry.Authors.Count > 0) meta.Add(AuthorList(entry.Authors, 8));
        var venueYear = string.Join(" ", new[] { T(entry.Venue), entry.Year?.ToString(CultureInfo.InvariantCulture) }.Where(s => !string.IsNullOrEmpty(s)));
        if (venueYear.Length > 0) meta.Add(venueYear);
        if (entry.ArxivId is { } id)
            meta.Add($"arXiv:{id}" + (entry.Arxiv?.PrimaryCategory is { } cat ? $" [{cat}]" : ""));
        if (meta.Count > 0) Add(Paragraph.Of(string.Join(" · ", meta), _s.Small, indent));

        var links = new List<Span>();
        foreach (var (kind, label) in LinkLabels)
            // The title already links to the main URL; a label repeating it would only add an annotation.
            foreach (var link in entry.Links.Where(l => l.Kind == kind && UrlSafety.IsSafeToOpen(l.Url) && IsWeb(l.Url) && l.Url.Trim() != titleLink?.Url).Take(2))
            {
                if (links.Count > 0) links.Add(new Span("  ", _s.Small));
                links.Add(new Span($"[{label}]", _s.LinkLabel, LinkTarget.ToUrl(link.Url.Trim())));
            }
        if (entry.ArxivId is { } arxiv && titleLink?.Url != arxiv.AbsUrl && !entry.Links.Any(l => l.Kind == LinkKind.Paper && UrlSafety.IsSafeToOpen(l.Url)))
        {
            if (links.Count > 0) links.Add(new Span("  ", _s.Small));
            links.Add(new Span("[arXiv]", _s.LinkLabel, LinkTarget.ToUrl(arxiv.AbsUrl)));
        }
        if (links.Count > 0) Add(new Paragraph(links, indent));

        foreach (var summary in entry.Summaries.OrderBy(s => s.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? 0 : 1))
        {
            var text = T(summary.Text);
            if (text.Length == 0) continue;
            var style = summary.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? _s.Body : _s.BodyEnglish;
            Add(Paragraph.Of(text, style, indent with { SpaceBefore = 2, SpaceAfter = 2 }));
        }
        if (entry.Sources.Count > 0)
        {
            var where = string.Join(", ", entry.Sources.Take(4).Select(s => $"{T(Path.GetFileName(s.File))}:{s.Line.ToString(CultureInfo.InvariantCulture)}"));
            if (entry.Sources.Count > 4) where += $" (+{(entry.Sources.Count - 4).ToString(CultureInfo.InvariantCulture)})";
            Add(Paragraph.Of("Source: " + where, _s.Tiny, indent));
        }
    }

    /// <summary>Only http(s) becomes clickable: mailto has no place on a paper card.</summary>
    private static bool IsWeb(string url) =>
        url.TrimStart().StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.TrimStart().StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static LinkTarget? MainLink(Entry entry)
    {
        foreach (var kind in new[] { LinkKind.Paper, LinkKind.Pdf, LinkKind.Project, LinkKind.Code, LinkKind.Weights, LinkKind.Web, LinkKind.Article })
            if (entry.Links.FirstOrDefault(l => l.Kind == kind && UrlSafety.IsSafeToOpen(l.Url) && IsWeb(l.Url)) is { } link)
                return LinkTarget.ToUrl(link.Url.Trim());
        return entry.ArxivId is { } id ? LinkTarget.ToUrl(id.AbsUrl) : null;
    }

    private string AuthorList(IReadOnlyList<Person> authors, int max)
    {
        var named = authors.Where(a => !a.IsOthers).Select(a => T(a.DisplayName)).Where(n => n.Length > 0).ToList();
        var text = string.Join(", ", named.Take(max));
        if (named.Count > max || authors.Any(a => a.IsOthers)) text += text.Length > 0 ? " et al." : "et al.";
        return text;
    }
}
