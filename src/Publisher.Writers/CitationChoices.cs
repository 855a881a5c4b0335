using Publisher.Model;

namespace Publisher.Writers;

/// <summary>
/// Choices every citation format makes the same way: which summary is the abstract, which link is the entry's URL,
/// which venue means "published", which date and DOI an entry carries, and its keywords.
/// </summary>
public static class CitationChoices
{
    // Venue words that mark a conference or workshop, matched as whole words (a trailing year is ignored).
    private static readonly string[] ConferenceWords =
    [
        "conference", "proceedings", "workshop", "symposium", "neurips", "nips", "iclr", "icml", "acl", "emnlp", "naacl",
        "eacl", "coling", "cvpr", "iccv", "eccv", "aaai", "ijcai", "kdd", "sigir", "www", "colm", "interspeech", "icassp",
        "chi", "corl", "icra", "iros", "wacv", "aistats", "uai", "colt", "findings", "lrec", "wsdm", "cikm", "miccai",
    ];

    /// <summary>What formats without an "et al." marker write (in a note) when the source listed only the first authors.</summary>
    public const string EtAlRemark = "Authors: et al. (the list named only the first authors)";

    /// <summary>English abstract first, then any summary (a Chinese one only when nothing else exists).</summary>
    public static Summary? PreferredSummary(Entry e) =>
        e.Summaries.FirstOrDefault(s => s.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) ?? e.Summaries.FirstOrDefault();

    /// <summary>
    /// The abstract for formats that keep other summaries elsewhere (CSL-JSON, Zotero RDF): arXiv's abstract, else the
    /// first English summary; never a Chinese summary, which those formats carry in a note.
    /// </summary>
    public static string? EnglishAbstract(Entry e)
    {
        var summary = e.Summaries.FirstOrDefault(s => s.Source.Equals("arxiv", StringComparison.OrdinalIgnoreCase))
                      ?? e.Summaries.FirstOrDefault(s => s.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return string.IsNullOrWhiteSpace(summary?.Text) ? null : summary.Text.Trim();
    }

    /// <summary>
    /// Whether a format writes abstracts: <see cref="CitationWriterOptions.NoAbstract"/> always wins; otherwise the
    /// format's default (<paramref name="onByDefault"/>) or <see cref="CitationWriterOptions.WithAbstract"/>.
    /// </summary>
    public static bool WritesAbstract(CitationWriterOptions options, bool onByDefault) =>
        !options.NoAbstract && (onByDefault || options.WithAbstract);

    /// <summary>Link kinds, best first, for an entry's main URL; <paramref name="pdfAsUrl"/> lets a PDF stand in for a paper page.</summary>
    public static LinkKind[] PreferredLinkKinds(EntryKind kind, bool pdfAsUrl) => kind switch
    {
        EntryKind.Repository => [LinkKind.Code, LinkKind.Project, LinkKind.Web],
        EntryKind.Model => [LinkKind.Weights, LinkKind.Code, LinkKind.Project],
        EntryKind.Dataset => [LinkKind.Dataset, LinkKind.Project, LinkKind.Code],
        EntryKind.Article => [LinkKind.Article, LinkKind.Web],
        EntryKind.WebPage => [LinkKind.Web, LinkKind.Article, LinkKind.Project],
        _ => pdfAsUrl ? [LinkKind.Paper, LinkKind.Pdf] : [LinkKind.Paper],
    };

    /// <summary>The links a reader may open (http, https, mailto), each URL once (its first occurrence).</summary>
    public static IEnumerable<Link> SafeLinks(Entry e) => SafeLinkList(e);

    // SafeLinks as a list, built without LINQ: every citation writer asks for it for every entry.
    internal static List<Link> SafeLinkList(Entry e)
    {
        var safe = new List<Link>(e.Links.Count);
        AddSafeLinks(e, safe);
        return safe;
    }

    /// <summary>Adds <see cref="SafeLinks"/> to <paramref name="safe"/> (empty), for a writer that reuses one list.</summary>
    internal static void AddSafeLinks(Entry e, List<Link> safe)
    {
        foreach (var l in e.Links)
            if (l.IsSafeToOpen && !ContainsUrl(safe, l.Url)) safe.Add(l);
    }

    private static bool ContainsUrl(List<Link> links, string url)
    {
        foreach (var l in links)
            if (l.Url == url) return true;
        return false;
    }

    /// <summary>
    /// The entry's main link (the preferred kind, else the arXiv abstract page, else the first link) and the other
    /// links; only links safe to open, each URL once. <paramref name="skip"/> keeps a link out of both (RIS's PDF).
    /// </summary>
    public static (Link? Primary, IReadOnlyList<Link> Others) SplitLinks(Entry e, bool pdfAsUrl, Link? skip = null) =>
        SplitSafeLinks(e, SafeLinks(e), pdfAsUrl, skip);

    /// <summary><see cref="SplitLinks"/> over links already known to be <see cref="SafeLinks"/> of the entry.</summary>
    internal static (Link? Primary, IReadOnlyList<Link> Others) SplitSafeLinks(Entry e, IEnumerable<Link> safeLinks, bool pdfAsUrl, Link? skip)
    {
        var safe = new List<Link>();
        foreach (var l in safeLinks)
            if (!ReferenceEquals(l, skip)) safe.Add(l);
        var primary = ChoosePrimary(e, safe, pdfAsUrl, skip: null);
        var others = safe.Count == 0 ? safe : safe.FindAll(l => !ReferenceEquals(l, primary));
        return (primary, others);
    }

    /// <summary>
    /// The main link of <see cref="SplitLinks"/> among <paramref name="safe"/> (<see cref="SafeLinks"/> of the entry)
    /// without <paramref name="skip"/>; the others are the rest of the list.
    /// </summary>
    internal static Link? ChoosePrimary(Entry e, List<Link> safe, bool pdfAsUrl, Link? skip)
    {
        foreach (var kind in PreferredKinds(e.Kind, pdfAsUrl))
            foreach (var l in safe)
                if (l.Kind == kind && !ReferenceEquals(l, skip)) return l;
        // A paper without its own page is cited by its arXiv page rather than by its code or project page.
        if (e.ArxivId is { } id) return new Link(LinkKind.Paper, id.AbsUrl);
        foreach (var l in safe)
            if (!ReferenceEquals(l, skip)) return l;
        return null;
    }

    // PreferredLinkKinds, one shared array per answer (the public method hands each caller its own).
    private static readonly LinkKind[][] PreferredKindsTable = BuildPreferredKinds();

    private static LinkKind[] PreferredKinds(EntryKind kind, bool pdfAsUrl) =>
        (uint)kind < (uint)(PreferredKindsTable.Length / 2) ? PreferredKindsTable[(int)kind * 2 + (pdfAsUrl ? 1 : 0)] : PreferredLinkKinds(kind, pdfAsUrl);

    private static LinkKind[][] BuildPreferredKinds()
    {
        var kinds = Enum.GetValues<EntryKind>();
        var table = new LinkKind[kinds.Length * 2][];
        foreach (var k in kinds)
        {
            table[(int)k * 2] = PreferredLinkKinds(k, pdfAsUrl: false);
            table[(int)k * 2 + 1] = PreferredLinkKinds(k, pdfAsUrl: true);
        }
        return table;
    }

    /// <summary>
    /// Keywords: every topic path (<c>大模型 / 微调</c>, the list's sections) then the free tags, without repeats,
    /// so that Zotero, which turns keywords into tags, shows the list's structure.
    /// </summary>
    public static IReadOnlyList<string> Keywords(Entry e)
    {
        var keywords = new List<string>(e.Topics.Count + e.Tags.Count);
        HashSet<string>? seen = keywords.Capacity > 16 ? new(StringComparer.Ordinal) : null; // a few keywords: compare pairs
        foreach (var list in (ReadOnlySpan<IReadOnlyList<string>>)[e.Topics, e.Tags])
            foreach (var t in list)
            {
                var k = t.Trim();
                if (k.Length == 0 || (seen is null ? keywords.Contains(k) : !seen.Add(k))) continue;
                keywords.Add(k);
            }
        return keywords;
    }

    /// <summary>The entry's DOI, else the DataCite DOI arXiv registers for every paper (<c>10.48550/arXiv.{id}</c>), else null.</summary>
    public static string? DoiOf(Entry e) => e.Doi?.Value ?? e.ArxivId?.DataCiteDoi;

    /// <summary>The entry's date, or arXiv's v1 date, or the month its arXiv id was assigned (a fact of the id, not a guess).</summary>
    public static PartialDate? EffectiveDate(Entry entry)
    {
        if (entry.Date is not null) return entry.Date;
        if (entry.Arxiv?.Published is { } p) return new PartialDate(p.Year, p.Month, p.Day);
        if (entry.ArxivId is { IsOldStyle: false } id && id.Base.Length >= 4
            && int.TryParse(id.Base.AsSpan(0, 2), out var yy) && int.TryParse(id.Base.AsSpan(2, 2), out var mm))
            return new PartialDate(2000 + yy, mm);
        return null;
    }

    /// <summary>The venue of the published version (a venue that is not arXiv, or arXiv's journal reference), or null for a preprint.</summary>
    public static string? PublishedVenue(Entry entry)
    {
        if (!string.IsNullOrWhiteSpace(entry.Venue))
        {
            var v = entry.Venue.Trim().ToLowerInvariant();
            if (!(v.StartsWith("arxiv") || v.Contains("preprint") || v == "corr")) return entry.Venue.Trim();
        }
        return string.IsNullOrWhiteSpace(entry.Arxiv?.JournalRef) ? null : entry.Arxiv.JournalRef.Trim();
    }

    /// <summary>True when a venue names a conference or workshop rather than a journal.</summary>
    public static bool IsConferenceVenue(string venue)
    {
        var words = venue.ToLowerInvariant().Split([' ', ',', '(', ')', '\'', '-', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => ConferenceWords.Contains(w.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')));
    }
}
