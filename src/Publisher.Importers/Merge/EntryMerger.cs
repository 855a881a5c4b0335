using System.Security.Cryptography;
using System.Text;
using Publisher.Model;

namespace Publisher.Importers.Merge;

/// <summary>
/// Merges entries that are the same work (same arXiv id ignoring version, same DOI, same repository,
/// equal or very similar normalised titles) and gives each merged entry a deterministic id.
/// </summary>
public static class EntryMerger
{
    /// <summary>Titles at least this similar (bigram Dice on normalised text) are the same work.</summary>
    public const double SimilarTitleThreshold = 0.93;

    /// <summary>Merges and sorts by id; the output is the same for the same input, whatever the order of equal keys.</summary>
    public static IReadOnlyList<Entry> Merge(IReadOnlyList<Entry> entries, ICollection<Diagnostic>? diagnostics = null)
    {
        var keys = new MergeKeys();
        foreach (var e in entries) keys.Add(e);
        var plan = Plan(keys, i => entries[i], diagnostics);
        var merged = new List<Entry>(plan.Count);
        foreach (var m in plan) merged.Add((m.Combined ?? Canonical(entries[m.Index])) with { Id = m.Id });
        return merged;
    }

    /// <summary>
    /// Decides the merge from the entries' <paramref name="keys"/>, reading entries through <paramref name="entryAt"/>
    /// only where several combine or a clash is reported; the result is in catalog order (by id).
    /// Entries that stand alone are to be written <see cref="Canonical"/>.
    /// </summary>
    public static IReadOnlyList<MergedEntry> Plan(MergeKeys keys, Func<int, Entry> entryAt, ICollection<Diagnostic>? diagnostics = null)
    {
        var n = keys.Count;
        var parent = new int[n];
        for (var i = 0; i < n; i++) parent[i] = i;
        // Per group, the arXiv ids and DOIs it holds: two different ids never merge, whatever the titles say.
        var arxiv = keys.Arxiv.ToArray();
        var doi = keys.Doi.ToArray();

        int Find(int x) { while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
        bool Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb) return true;
            if (arxiv[ra] is not null && arxiv[rb] is not null && arxiv[ra] != arxiv[rb]) return false;
            if (doi[ra] is not null && doi[rb] is not null && doi[ra] != doi[rb]) return false;
            if (rb < ra) (ra, rb) = (rb, ra);
            parent[rb] = ra;
            arxiv[ra] ??= arxiv[rb];
            doi[ra] ??= doi[rb];
            return true;
        }

        // Exact keys: identifiers first so that title unions are checked against them.
        // One table per kind of key (no "a:"/"t:" prefixed copy of every title and id): 100,000 entries are 200,000 strings fewer.
        var byArxiv = new Dictionary<string, int>(StringComparer.Ordinal);
        var byDoi = new Dictionary<string, int>(StringComparer.Ordinal);
        var byRepository = new Dictionary<string, int>(StringComparer.Ordinal);
        var byPdf = new Dictionary<string, int>(StringComparer.Ordinal);
        var byTitle = new Dictionary<string, int>(n, StringComparer.Ordinal);
        void ByKey(Dictionary<string, int> firstByKey, string? key, int i)
        {
            if (key is null) return;
            if (firstByKey.TryGetValue(key, out var j)) Union(j, i); else firstByKey[key] = i;
        }
        for (var i = 0; i < n; i++) ByKey(byArxiv, keys.Arxiv[i], i);
        for (var i = 0; i < n; i++) ByKey(byDoi, keys.Doi[i], i);
        for (var i = 0; i < n; i++) ByKey(byRepository, keys.Repository[i], i);
        // A paper known only by its PDF ("[AlexNet](papers.nips.cc/…-Paper.pdf)" in two tables of one list) is
        // one work however each row names it; the clash reporter says so when the names differ.
        for (var i = 0; i < n; i++) ByKey(byPdf, keys.Pdf[i], i);

        var normalized = keys.Normalized;
        var stripped = keys.Stripped;
        for (var i = 0; i < n; i++)
        {
            // Very short titles ("C4", "GPT") are names, not titles: too ambiguous to merge on.
            if (normalized[i].Length < 8) continue;
            ByKey(byTitle, normalized[i], i);
            if (stripped[i] != normalized[i]) ByKey(byTitle, stripped[i], i);
        }

        // Near-equal titles: compare only within blocks sharing a prefix or a suffix, to stay near-linear.
        var bigrams = new int[n][];
        foreach (var block in BlocksOf(normalized))
            for (var x = 0; x < block.Count; x++)
                for (var y = x + 1; y < block.Count && y < x + 50; y++)
                {
                    int i = block[x], j = block[y];
                    int ri = Find(i), rj = Find(j);
                    if (ri == rj) continue;
                    // Groups holding different ids can never merge: skip the comparison.
                    if ((arxiv[ri] is not null && arxiv[rj] is not null) || (doi[ri] is not null && doi[rj] is not null)) continue;
                    // Dice cannot reach the threshold when the lengths differ too much: skip the bigrams.
                    int li = normalized[i].Length - 1, lj = normalized[j].Length - 1;
                    if (2.0 * Math.Min(li, lj) / (li + lj) < SimilarTitleThreshold) continue;
                    if (TitleNormalizer.Dice(bigrams[i] ??= TitleNormalizer.Bigrams(normalized[i]), bigrams[j] ??= TitleNormalizer.Bigrams(normalized[j])) >= SimilarTitleThreshold) Union(i, j);
                }

        // Same id but different titles: lists do copy the wrong id. The id still decides, but say so.
        if (diagnostics is not null) IdentifierClashReporter.Report(keys, entryAt, diagnostics);
        // A group's root is its smallest index, so walking roots in index order lists groups by first member;
        // members are chained in index order, and the many single entries need no list at all.
        var next = new int[n];
        var last = new int[n];
        for (var i = 0; i < n; i++)
        {
            next[i] = -1;
            var r = Find(i);
            if (r == i) last[i] = i;
            else { next[last[r]] = i; last[r] = i; }
        }

        var merged = new List<MergedEntry>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        for (var root = 0; root < n; root++)
        {
            if (Find(root) != root) continue;
            Entry? combined = null;
            string id;
            // An entry alone gets the id its own keys gave it (canonical order does not change what an id is made of).
            if (next[root] < 0) id = MakeId(keys.Arxiv[root], keys.ClashDoi[root], keys.Repository[root], keys.Normalized[root]);
            else
            {
                var group = new List<Entry>();
                for (var m = root; m >= 0; m = next[m]) group.Add(entryAt(m));
                combined = Combine(group);
                id = MakeId(combined);
            }
            if (!usedIds.Add(id))
            {
                var k = 2;
                while (!usedIds.Add($"{id}-{k}")) k++;
                id = $"{id}-{k}";
            }
            merged.Add(new MergedEntry(root, combined, id));
        }
        merged.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return merged;
    }

    /// <summary>The deterministic id of an entry from its strongest identifier.</summary>
    public static string MakeId(Entry e)
    {
        // The title is normalised only when no identifier decides the id (most converted entries have one).
        if (e.ArxivId is { } arxiv) return "arxiv:" + arxiv.Base;
        var doi = e.Doi is { IsArxivDataCite: false } d ? d.Value.ToLowerInvariant() : null;
        var repository = doi is null && e.Kind == EntryKind.Repository ? RepositoryKey(e) : null;
        return MakeId(null, doi, repository, doi is null && repository is null ? TitleNormalizer.Normalize(e.Title) : "");
    }

    // From the keys MergeKeys already holds: an entry that merges with none needs no second look at itself.
    internal static string MakeId(string? arxiv, string? doi, string? repository, string normalized)
    {
        if (arxiv is not null) return "arxiv:" + arxiv;
        if (doi is not null) return "doi:" + doi;
        if (repository is not null) return "repo:" + repository;
        var norm = normalized;
        var slug = Slug(norm);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(norm)))[..8];
        return $"title:{slug}-{hash}";
    }

    /// <summary><c>github.com/owner/name</c> (lower-case) for a code link on a known forge, else null.</summary>
    public static string? RepositoryKey(Entry e)
    {
        foreach (var link in e.Links)
        {
            if (link.Kind is not (LinkKind.Code or LinkKind.Weights or LinkKind.Dataset or LinkKind.Web or LinkKind.Project)) continue;
            if (!Uri.TryCreate(link.Url, UriKind.Absolute, out var uri)) continue;
            var host = uri.Host.ToLowerInvariant();
            if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
            if (host is not ("github.com" or "gitlab.com" or "huggingface.co" or "gitee.com")) continue;
            var segs = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var take = host == "huggingface.co" && segs.Length >= 3 && segs[0] is "datasets" or "spaces" ? 3 : 2;
            if (segs.Length < take) continue;
            var path = string.Join('/', segs.Take(take)).ToLowerInvariant();
            if (path.EndsWith(".git", StringComparison.Ordinal)) path = path[..^4];
            return $"{host}/{path}";
        }
        return null;
    }

    /// <summary>The first non-arXiv web PDF link, normalised as the coverage pass compares page links, else null.</summary>
    public static string? PdfKey(Entry e) =>
        e.Links.FirstOrDefault(l => l.Kind == LinkKind.Pdf && !ArxivId.LooksLikeArxivUrl(l.Url)
                                    && l.Url.TrimStart().StartsWith("http", StringComparison.OrdinalIgnoreCase)) is { } pdf
            ? ReadingLists.Coverage.PaperReferenceScanner.NormaliseUrl(pdf.Url)
            : null;

    private static Entry Combine(List<Entry> group)
    {
        var first = group[0];
        // The English title of a work wins over a headline; among English titles the first seen.
        var title = group.Select(e => e.Title).FirstOrDefault(t => t.Length > 0 && !CjkText.ContainsIdeograph(t))
                    ?? group.Select(e => e.Title).FirstOrDefault(t => t.Length > 0) ?? "";
        var authors = group.Select(e => e.Authors).OrderByDescending(a => a.Count(p => !p.IsOthers)).First();
        var date = group.Select(e => e.Date).Where(d => d is not null)
            .OrderByDescending(d => (d!.Month is null ? 0 : 1) + (d.Day is null ? 0 : 1)).FirstOrDefault();
        return Canonical(first with
        {
            Kind = group.Select(e => e.Kind).MinBy(KindRank),
            Title = title,
            TitleAlt = group.SelectMany(e => e.TitleAlt).Concat(group.Where(e => e.Title != title && e.Title.Length > 0 && CjkText.ContainsIdeograph(e.Title)).Select(e => new AltTitle(e.Title, "zh"))).Distinct().ToArray(),
            Authors = authors,
            Date = date,
            Venue = group.Select(e => e.Venue).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)),
            ArxivId = group.Select(e => e.ArxivId).Where(a => a is not null).OrderByDescending(a => a!.Version ?? 0).FirstOrDefault(),
            Doi = group.Select(e => e.Doi).FirstOrDefault(d => d is not null),
            Links = group.SelectMany(e => e.Links).ToArray(),
            Topics = group.SelectMany(e => e.Topics).ToArray(),
            Summaries = group.SelectMany(e => e.Summaries).ToArray(),
            Tags = group.SelectMany(e => e.Tags).ToArray(),
            Sources = group.SelectMany(e => e.Sources).ToArray(),
            Arxiv = group.Select(e => e.Arxiv).FirstOrDefault(a => a is not null),
        });
    }

    /// <summary>The entry with its lists in a stable order and without duplicates, so ids and bytes do not depend on input order of equal items.</summary>
    public static Entry Canonical(Entry e) => IsCanonical(e) ? e : e with
    {
        TitleAlt = e.TitleAlt.Distinct().ToArray(),
        Links = e.Links.DistinctBy(l => (l.Kind, l.Url)).ToArray(),
        Topics = e.Topics.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
        Summaries = e.Summaries.DistinctBy(s => (s.Language, s.Text)).ToArray(),
        Tags = e.Tags.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
        Sources = e.Sources.Distinct().OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Line).ToArray(),
    };

    // Most entries come from one place with nothing repeated: keep them (and their lists) as they are
    // instead of copying every list of every entry, which doubled the memory of a large import.
    private static bool IsCanonical(Entry e)
    {
        if (!Distinct(e.TitleAlt, a => a, EqualityComparer<AltTitle>.Default) || !Distinct(e.Links, l => (l.Kind, l.Url), EqualityComparer<(LinkKind, string)>.Default)
            || !Distinct(e.Topics, t => t, StringComparer.Ordinal) || e.Topics.Any(t => t.Length == 0)
            || !Distinct(e.Summaries, m => (m.Language, m.Text), EqualityComparer<(string, string)>.Default) || !Distinct(e.Tags, t => t, StringComparer.OrdinalIgnoreCase))
            return false;
        for (var i = 1; i < e.Sources.Count; i++)
        {
            var order = string.CompareOrdinal(e.Sources[i - 1].File, e.Sources[i].File);
            if (order > 0 || (order == 0 && e.Sources[i - 1].Line >= e.Sources[i].Line)) return false;
        }
        return true;
    }

    // Lists here hold a handful of items: comparing pairs costs less than building a set.
    private static bool Distinct<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> key, IEqualityComparer<TKey> comparer)
    {
        for (var i = 1; i < items.Count; i++)
            for (var j = 0; j < i; j++)
                if (comparer.Equals(key(items[i]), key(items[j]))) return false;
        return true;
    }

    private static int KindRank(EntryKind k) => k switch
    {
        EntryKind.Paper => 0, EntryKind.Preprint => 1, EntryKind.Model => 2, EntryKind.Dataset => 3,
        EntryKind.Repository => 4, EntryKind.Article => 5, _ => 6,
    };

    private static IEnumerable<List<int>> BlocksOf(List<string> normalized)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < normalized.Count; i++)
        {
            var t = normalized[i];
            if (t.Length < 12) continue;
            AddToBlock(blocks, string.Concat("p:", t.AsSpan(0, 10)), i);
            AddToBlock(blocks, string.Concat("s:", t.AsSpan(t.Length - 10)), i);
        }
        return blocks.Values.Where(b => b.Count > 1);
    }

    private static void AddToBlock(Dictionary<string, List<int>> blocks, string key, int i)
    {
        if (!blocks.TryGetValue(key, out var l)) blocks[key] = l = [];
        l.Add(i);
    }

    private static string Slug(string normalized)
    {
        var sb = new StringBuilder();
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6))
        {
            if (sb.Length > 0) sb.Append('-');
            sb.Append(word.Length > 16 ? word[..16] : word);
        }
        return sb.Length == 0 ? "untitled" : sb.ToString();
    }
}
