using Publisher.Model;

namespace Publisher.Importers.Merge;

/// <summary>
/// Warns when entries that share an arXiv id, a DOI or (having neither) a PDF link carry different titles, whatever file format they
/// came from: merge follows the identifier and keeps one title, so the other would be lost without a word.
/// One warning per differing title, at its place, naming the place of the title that was kept.
/// </summary>
public static class IdentifierClashReporter
{
    /// <summary>Reports clashes among <paramref name="entries"/>, whose titles are already normalised in <paramref name="normalized"/>.</summary>
    public static void Report(IReadOnlyList<Entry> entries, string[] normalized, string[] stripped, ICollection<Diagnostic> diagnostics)
    {
        Check(entries, normalized, stripped, diagnostics, e => e.ArxivId?.Base, key => $"arXiv id {key}", "PUB050");
        Check(entries, normalized, stripped, diagnostics, e => e.Doi is { IsArxivDataCite: false } d ? d.Value.ToLowerInvariant() : null, key => $"DOI {key}", "PUB051");
        Check(entries, normalized, stripped, diagnostics, e => e.ArxivId is null && e.Doi is null ? EntryMerger.PdfKey(e) : null, key => $"PDF link {key}", "PUB052");
    }

    private static void Check(IReadOnlyList<Entry> entries, string[] normalized, string[] stripped, ICollection<Diagnostic> diagnostics,
        Func<Entry, string?> keyOf, Func<string, string> describe, string code)
    {
        // Keys in order of first appearance; a list only for the (rare) keys that come back.
        var slotOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        var firsts = new List<int>();
        var repeats = new List<List<int>?>();
        for (var i = 0; i < entries.Count; i++)
        {
            // Untitled entries (a bare link) and Chinese headlines (kept as titleAlt) lose nothing.
            if (keyOf(entries[i]) is not { } key || normalized[i].Length == 0 || CjkText.ContainsIdeograph(entries[i].Title)) continue;
            if (!slotOf.TryGetValue(key, out var slot))
            {
                slotOf[key] = keys.Count;
                keys.Add(key);
                firsts.Add(i);
                repeats.Add(null);
            }
            else (repeats[slot] ??= []).Add(i);
        }
        for (var slot = 0; slot < keys.Count; slot++)
        {
            if (repeats[slot] is not { } rest) continue;
            var key = keys[slot];
            var first = firsts[slot];
            var group = rest;
            var reported = new HashSet<string>(StringComparer.Ordinal) { normalized[first] };
            foreach (var b in group)
            {
                if (SameTitle(normalized[first], stripped[first], normalized[b], stripped[b]) || !reported.Add(normalized[b])) continue;
                var src = entries[b].Sources.FirstOrDefault();
                var kept = entries[first].Sources.FirstOrDefault();
                diagnostics.Add(new Diagnostic(src?.File ?? "merge", src?.Line ?? 0, Severity.Warning,
                    $"{describe(key)} is also given for a different title (\"{entries[first].Title}\" at {kept?.File}:{kept?.Line}) than \"{entries[b].Title}\" here; the entries were merged by the identifier and keep the first title — check which title the identifier belongs to", code));
            }
        }
    }

    // Equal after normalisation, equal without a "GPT2:"-style label, a short name that starts the full title, or near-equal.
    private static bool SameTitle(string a, string aStripped, string b, string bStripped) =>
        a == b || aStripped == bStripped
        || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)
        || TitleNormalizer.Similarity(a, b) >= EntryMerger.SimilarTitleThreshold;
}
