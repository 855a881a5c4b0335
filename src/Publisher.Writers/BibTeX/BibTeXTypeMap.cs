using Publisher.Model;

namespace Publisher.Writers.BibTeX;

/// <summary>
/// Chooses entry types so that <c>plain.bst</c> prints every entry without a warning: <c>@article</c> and
/// <c>@inproceedings</c> only when their required author, year and venue exist, <c>@misc</c> otherwise;
/// biblatex's <c>@software</c>/<c>@online</c>/<c>@dataset</c> only when asked (plain.bst does not define them).
/// </summary>
public static class BibTeXTypeMap
{
    private static readonly string[] ConferenceWords =
    [
        "conference", "proceedings", "proc.", "workshop", "symposium", "neurips", "nips", "iclr", "icml", "acl", "emnlp",
        "naacl", "eacl", "coling", "cvpr", "iccv", "eccv", "aaai", "ijcai", "kdd", "sigir", "www", "colm", "interspeech",
        "icassp", "chi", "uist", "siggraph", "corl", "icra", "iros", "wacv", "bmvc", "aistats", "uai", "colt", "mlsys",
        "osdi", "sosp", "nsdi", "usenix", "findings", "lrec", "wsdm", "cikm", "recsys", "sigmod", "vldb", "icde", "miccai",
    ];

    /// <summary>The type for an entry.</summary>
    public static BibTeXEntryType Choose(Entry entry, CitationWriterOptions options)
    {
        var biblatex = options.BibLaTeXTypes;
        switch (entry.Kind)
        {
            case EntryKind.Repository:
                return biblatex ? new("software", null, null) : new("misc", null, "Software");
            case EntryKind.Model:
                return biblatex ? new("software", null, "Model weights") : new("misc", null, "Model weights");
            case EntryKind.Dataset:
                return biblatex ? new("dataset", null, null) : new("misc", null, "Dataset");
            // biblatex's @online requires a url: without a safe one, @misc is the honest type.
            case EntryKind.Article:
                return biblatex && HasUrl(entry) ? new("online", null, null) : new("misc", null, "Article");
            case EntryKind.WebPage:
                return biblatex && HasUrl(entry) ? new("online", null, null) : new("misc", null, "Web page");
        }
        var venue = PublishedVenue(entry);
        var hasAuthor = entry.Authors.Any(a => !a.IsOthers);
        if (venue is not null && hasAuthor && EffectiveDate(entry) is not null)
            return IsConference(venue) ? new("inproceedings", "booktitle", null) : new("article", "journal", null);
        return new("misc", null, null);
    }

    /// <summary>The venue of the published version (journal ref, or a venue that is not arXiv), or null for a preprint.</summary>
    public static string? PublishedVenue(Entry entry)
    {
        if (!string.IsNullOrWhiteSpace(entry.Venue) && !IsPreprintVenue(entry.Venue)) return entry.Venue.Trim();
        if (!string.IsNullOrWhiteSpace(entry.Arxiv?.JournalRef)) return entry.Arxiv.JournalRef.Trim();
        return null;
    }

    /// <summary>True when a venue names a conference (<c>NeurIPS 2023</c>, <c>Proceedings of ...</c>).</summary>
    public static bool IsConference(string venue)
    {
        var words = venue.ToLowerInvariant().Split([' ', ',', '(', ')', '\'', '-', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => ConferenceWords.Contains(w) || ConferenceWords.Contains(w.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')));
    }

    /// <summary>The entry's date, or the month its arXiv id was assigned (a fact of the id, not a guess).</summary>
    public static PartialDate? EffectiveDate(Entry entry) => CitationChoices.EffectiveDate(entry);

    private static bool IsPreprintVenue(string venue)
    {
        var v = venue.Trim().ToLowerInvariant();
        return v.StartsWith("arxiv") || v is "preprint" or "corr" || v.StartsWith("corr ") || v.Contains("preprint");
    }

    private static bool HasUrl(Entry entry) => entry.Links.Any(l => l.IsSafeToOpen);
}
