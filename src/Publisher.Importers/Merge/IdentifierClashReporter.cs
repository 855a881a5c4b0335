using Publisher.Model;

namespace Publisher.Importers.Merge;

/// <summary>
/// Warns when entries that share an arXiv id, a DOI or (having neither) a PDF link carry different titles, whatever file format they
/// came from: merge follows the identifier and keeps one title, so the other would be lost without a word.
/// One warning per differing title, at its place, naming the place of the title that was kept.
/// </summary>
public static class IdentifierClashReporter
{
    /// <summary>Reports clashes among the entries whose <paramref name="keys"/> are given; entries are read through <paramref name="entryAt"/> only to name a clash.</summary>
    public static void Report(MergeKeys keys, Func<int, Entry> entryAt, ICollection<Diagnostic> diagnostics)
    {
        Check(keys, keys.Arxiv, entryAt, diagnostics, key => $"arXiv id {key}", "PUB050");
        Check(keys, keys.ClashDoi, entryAt, diagnostics, key => $"DOI {key}", "PUB051");
        Check(keys, keys.Pdf, entryAt, diagnostics, key => $"PDF link {key}", "PUB052");
    }

    private static void Check(MergeKeys keys, List<string?> keyOf, Func<int, Entry> entryAt, ICollection<Diagnostic> diagnostics,
        Func<string, string> describe, string code)
    {
        var normalized = keys.Normalized;
        var stripped = keys.Stripped;
        // Keys in order of first appearance; a list only for the (rare) keys that come back.
        var slotOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstKeys = new List<string>();
        var firsts = new List<int>();
        var repeats = new List<List<int>?>();
        for (var i = 0; i < keys.Count; i++)
        {
            // Untitled entries (a bare link) and Chinese headlines (kept as titleAlt) lose nothing.
            if (keyOf[i] is not { } key || normalized[i].Length == 0 || keys.IdeographTitle[i]) continue;
            if (!slotOf.TryGetValue(key, out var slot))
            {
                slotOf[key] = firstKeys.Count;
                firstKeys.Add(key);
                firsts.Add(i);
                repeats.Add(null);
            }
            else (repeats[slot] ??= []).Add(i);
        }
        for (var slot = 0; slot < firstKeys.Count; slot++)
        {
            if (repeats[slot] is not { } rest) continue;
            var key = firstKeys[slot];
            var first = firsts[slot];
            var group = rest;
            var reported = new HashSet<string>(StringComparer.Ordinal) { normalized[first] };
            foreach (var b in group)
            {
                if (SameTitle(normalized[first], stripped[first], normalized[b], stripped[b]) || !reported.Add(normalized[b])) continue;
                var src = keys.FirstSource[b];
                var kept = keys.FirstSource[first];
                diagnostics.Add(new Diagnostic(src?.File ?? "merge", src?.Line ?? 0, Severity.Warning,
                    $"{describe(key)} is also given for a different title (\"{entryAt(first).Title}\" at {kept?.File}:{kept?.Line}) than \"{entryAt(b).Title}\" here; the entries were merged by the identifier and keep the first title — check which title the identifier belongs to", code));
            }
        }
    }

    // Equal after normalisation, equal without a "GPT2:"-style label, a short name that starts the full title, or near-equal.
    private static bool SameTitle(string a, string aStripped, string b, string bStripped) =>
        a == b || aStripped == bStripped
        || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)
        || TitleNormalizer.Similarity(a, b) >= EntryMerger.SimilarTitleThreshold;
}
