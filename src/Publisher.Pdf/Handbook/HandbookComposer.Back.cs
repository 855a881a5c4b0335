using System.Globalization;
using Publisher.Model;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

internal sealed partial class HandbookComposer
{
    private void ComposeBibliography()
    {
        Add(new PageBreak("Bibliography"));
        Add(new Paragraph([new Span("Bibliography", _s.ChapterTitle)], new ParagraphStyle { SpaceAfter = 12 }, BibliographyDestination));
        var style = new ParagraphStyle { Indent = 26, FirstLineIndent = -26, SpaceAfter = 3, LineHeight = 1.35f };
        foreach (var entry in _plan.Bibliography)
        {
            // One style for every entry: [n] Authors. Title. Venue, Year. arXiv:id.
            var number = _plan.ReferenceNumbers[entry.Id];
            var spans = new List<Span> { new($"[{number.ToString(CultureInfo.InvariantCulture)}]  ", _s.Small) };
            if (entry.Authors.Count > 0) spans.Add(new Span(AuthorList(entry.Authors, 6).TrimEnd('.') + ". ", _s.Index));
            var title = T(entry.Title);
            if (title.Length == 0) title = T(entry.AltTitleIn("zh")) is { Length: > 0 } zh ? zh : entry.Id;
            // No link back to the card: one annotation per reference would cost ~150 bytes a line.
            spans.Add(new Span(title + ".", _s.Index with { Color = HandbookStyles.Accent }));
            var venue = string.Join(", ", new[] { T(entry.Venue), entry.Year?.ToString(CultureInfo.InvariantCulture) }.Where(s => !string.IsNullOrEmpty(s)));
            if (venue.Length > 0) spans.Add(new Span(" " + venue + ".", _s.Index));
            if (entry.ArxivId is { } id) spans.Add(new Span($" arXiv:{id}.", _s.Index));
            // Only cited works get a destination (citations land here) and the pages that cite them.
            var cited = _markdown.CitedIds.Contains(entry.Id);
            Add(new Paragraph(spans, style, cited ? MarkdownContext.BibliographyDestination(number) : null));
            if (cited)
            {
                var anchor = MarkdownContext.CitationAnchor(entry.Id);
                Add(new LeaderLine([new Span("cited on page", _s.Tiny)], info => string.Join(", ", info.PagesOf(anchor).Select(p => p.ToString(CultureInfo.InvariantCulture))),
                    _s.Tiny, null, 26, 3, 96));
            }
        }
    }

    private void ComposeAuthorIndex()
    {
        Add(new PageBreak("Author index"));
        Add(new Paragraph([new Span("Author index", _s.ChapterTitle)], new ParagraphStyle { SpaceAfter = 12 }, IndexDestination));
        var index = new SortedDictionary<string, (string Display, List<string> Destinations)>(StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase));
        foreach (var entry in _plan.Entries)
            foreach (var person in entry.Authors.Where(a => !a.IsOthers))
            {
                var display = T(IndexName(person));
                if (display.Length == 0) continue;
                if (!index.TryGetValue(display, out var item)) index[display] = item = (display, []);
                item.Destinations.Add(_entryDestinations[entry.Id]);
            }
        char? letter = null;
        foreach (var (_, (display, destinations)) in index)
        {
            var first = char.ToUpperInvariant(display[0]);
            if (first != letter && char.IsAsciiLetter(first))
            {
                letter = first;
                Add(new Paragraph([new Span(first.ToString(), _s.SubTitle)], new ParagraphStyle { SpaceBefore = 6, SpaceAfter = 2, KeepWithNext = 14 }));
            }
            var dests = destinations.ToArray();
            Add(new LeaderLine([new Span(display, _s.Index)], info => Pages(info, dests), _s.Index, LinkTarget.ToDestination(dests[0]), 0, 0.5f, 96));
        }
    }

    private static string Pages(RenderInfo info, string[] destinations)
    {
        var pages = destinations.Select(info.PageOf).Where(p => p > 0).Distinct().Order().ToList();
        var shown = string.Join(", ", pages.Take(4).Select(p => p.ToString(CultureInfo.InvariantCulture)));
        return pages.Count > 4 ? shown + ", …" : shown;
    }

    /// <summary>"Family, Given" for sorting and display; literal names as written.</summary>
    private static string IndexName(Person p) =>
        p.Literal ?? (string.IsNullOrEmpty(p.Given) ? p.FamilyWithParticle : $"{p.FamilyWithParticle}, {p.Given}");
}
