using System.Globalization;
using Publisher.Model;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

internal sealed partial class HandbookComposer
{
    private const string StatisticsDestination = "statistics";
    private const int MaxBars = 15;

    private bool HasStatistics => _options.Statistics && _plan.Entries.Any();

    /// <summary>Works per year, per chapter (topic), per venue and per arXiv category, each a bar chart with its numbers beside it.</summary>
    private void ComposeStatistics()
    {
        Add(new PageBreak("Statistics"));
        Add(new Paragraph([new Span("Statistics", _s.ChapterTitle)], new ParagraphStyle { SpaceAfter = 4 }, StatisticsDestination));
        var entries = _plan.Entries.ToList();
        Add(Paragraph.Of($"{entries.Count.ToString("N0", CultureInfo.InvariantCulture)} works in {_plan.Chapters.Count(c => c.Markdown is null).ToString(CultureInfo.InvariantCulture)} catalog chapters.", _s.Small, new ParagraphStyle { SpaceAfter = 8 }));

        var years = entries.GroupBy(e => e.Year).OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => (g.Key?.ToString(CultureInfo.InvariantCulture) ?? "no year", g.Count())).ToList();
        Chart("Works per year", "Year", years);
        var chapters = _plan.Chapters.Where(c => c.Markdown is null)
            .Select(c => (ChapterHeading(c), c.Entries.Count())).Where(r => r.Item2 > 0).ToList();
        Chart("Works per topic", "Chapter", chapters);
        Chart("Works per venue", "Venue", Top(entries.Select(e => T(e.Venue) is { Length: > 0 } v ? v : "no venue")));
        var categories = entries.Select(e => e.Arxiv?.PrimaryCategory).ToList();
        if (categories.Any(c => c is not null))
            Chart("Works per arXiv category", "Primary category", Top(categories.Select(c => c ?? "not on arXiv / not enriched")));
        else
            Add(Paragraph.Of("Works per arXiv category: no entry has arXiv metadata yet (run the enrichment).", _s.Small, new ParagraphStyle { SpaceBefore = 8 }));
    }

    private void Chart(string title, string labelHeader, IReadOnlyList<(string Label, int Value)> rows)
    {
        if (rows.Count == 0) return;
        Add(new Paragraph([new Span(title, _s.SectionTitle)], new ParagraphStyle { SpaceBefore = 10, SpaceAfter = 2, KeepWithNext = 60 }));
        Add(new BarChart(labelHeader, "Works", rows, _s.TableCell, _s.TableHeader, HandbookStyles.Accent));
    }

    // The most frequent values, the rest summed as "other (N more)", so a chart stays one page.
    private static List<(string Label, int Value)> Top(IEnumerable<string> values)
    {
        var groups = values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Label: g.First(), Value: g.Count()))
            .OrderByDescending(g => g.Value).ThenBy(g => g.Label, StringComparer.Ordinal).ToList();
        if (groups.Count <= MaxBars) return groups;
        var rest = groups.Skip(MaxBars - 1).ToList();
        return [.. groups.Take(MaxBars - 1), ($"other ({rest.Count.ToString(CultureInfo.InvariantCulture)} more)", rest.Sum(r => r.Value))];
    }
}
