using Publisher.Model;

namespace Publisher.Writers.Newsletter;

/// <summary>
/// Picks and orders the entries of a new issue: not yet published, inside the date window and topic
/// filter, newest first, at most <see cref="NewsletterSelection.Max"/>.
/// </summary>
/// <remarks>
/// The date of an entry is arXiv's version-1 date (<c>arxiv.published</c>), else the catalog date
/// (a year or month alone counts as its first day). Entries with neither come after all dated
/// entries, in first-seen order: the position of their first source reference (input order as
/// listed in <c>catalog.inputs</c>, then line). The catalog records no first-seen time, and source
/// order is the one proxy that stays the same when the same inputs are imported again.
/// Remaining ties are broken by id (ordinal), so the order never depends on hashing or the clock.
/// </remarks>
public static class EntrySelector
{
    /// <summary>The entries of the next issue, in issue order.</summary>
    public static IReadOnlyList<Entry> Select(Catalog catalog, NewsletterSelection selection, IReadOnlySet<string> alreadyPublished)
    {
        var inputOrder = catalog.Inputs.Select((input, i) => (input.File, i))
            .GroupBy(x => x.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var candidates = catalog.Entries
            .Where(e => !alreadyPublished.Contains(e.Id))
            .Where(e => MatchesTopics(e, selection.Topics))
            .Select(e => (Entry: e, Date: EffectiveDate(e), Seen: FirstSeen(e, inputOrder)))
            .Where(x => InWindow(x.Date, selection))
            .OrderBy(x => x.Date is null ? 1 : 0)
            .ThenByDescending(x => x.Date ?? DateOnly.MinValue)
            .ThenBy(x => x.Seen.Input).ThenBy(x => x.Seen.Line)
            .ThenBy(x => x.Entry.Id, StringComparer.Ordinal)
            .Select(x => x.Entry);
        if (selection.Max is int max) candidates = candidates.Take(Math.Max(0, max));
        return GroupByTopic(candidates.ToList(), selection.Topics);
    }

    /// <summary>Reorders entries so each topic's entries are together, topics in order of their first entry.</summary>
    public static IReadOnlyList<Entry> GroupByTopic(IReadOnlyList<Entry> entries, IReadOnlyList<string> topicFilter) =>
        entries.Select((e, i) => (e, i)).GroupBy(x => TopicOf(x.e, topicFilter), StringComparer.Ordinal)
            .OrderBy(g => g.Min(x => x.i)).SelectMany(g => g.Select(x => x.e)).ToList();

    /// <summary>The ordering date of an entry, or null when undated.</summary>
    public static DateOnly? EffectiveDate(Entry entry)
    {
        if (entry.Arxiv?.Published is DateOnly published) return published;
        if (entry.Date is { } d) return new DateOnly(d.Year, d.Month ?? 1, d.Day ?? 1);
        return null;
    }

    /// <summary>The date shown for an entry (ISO, to the precision known), or empty.</summary>
    public static string DisplayDate(Entry entry) =>
        entry.Arxiv?.Published is DateOnly p ? p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : entry.Date?.ToString() ?? "";

    /// <summary>The heading an entry is listed under: the last segment of its first topic path (the first matching the filter when one is given); empty when it has none.</summary>
    public static string TopicOf(Entry entry, IReadOnlyList<string> topicFilter)
    {
        var path = topicFilter.Count == 0
            ? entry.Topics.FirstOrDefault()
            : entry.Topics.FirstOrDefault(t => PathMatches(t, topicFilter)) ?? entry.Topics.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(path)) return "";
        return Segments(path).LastOrDefault() ?? "";
    }

    private static bool MatchesTopics(Entry entry, IReadOnlyList<string> filter) =>
        filter.Count == 0 || entry.Topics.Any(t => PathMatches(t, filter));

    private static bool PathMatches(string path, IReadOnlyList<string> filter) =>
        filter.Any(f => string.Equals(path.Trim(), f.Trim(), StringComparison.OrdinalIgnoreCase)
                        || Segments(path).Any(s => string.Equals(s, f.Trim(), StringComparison.OrdinalIgnoreCase)));

    private static IEnumerable<string> Segments(string path) =>
        path.Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool InWindow(DateOnly? date, NewsletterSelection s)
    {
        if (s.Since is null && s.Until is null) return true;
        if (date is null) return false;
        return (s.Since is null || date >= s.Since) && (s.Until is null || date <= s.Until);
    }

    private static (int Input, int Line) FirstSeen(Entry entry, IReadOnlyDictionary<string, int> inputOrder)
    {
        if (entry.Sources.Count == 0) return (int.MaxValue, int.MaxValue);
        return entry.Sources
            .Select(s => (Input: inputOrder.TryGetValue(s.File, out var i) ? i : int.MaxValue - 1, s.Line))
            .Min();
    }
}
