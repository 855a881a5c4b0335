using Publisher.Model;

namespace Publisher.Writers.Ris;

/// <summary>
/// The <c>TY</c> for each kind of entry, as Zotero's RIS translator reads it: JOUR/CONF for published
/// papers, GEN for preprints (what Zotero itself exports for a preprint), COMP for code and model
/// weights, DATA for data sets, ELEC for articles and web pages.
/// </summary>
public static class RisTypeMap
{
    private static readonly string[] ConferenceWords =
    [
        "conference", "proceedings", "workshop", "symposium", "neurips", "nips", "iclr", "icml", "acl", "emnlp", "naacl",
        "eacl", "coling", "cvpr", "iccv", "eccv", "aaai", "ijcai", "kdd", "sigir", "www", "colm", "interspeech", "icassp",
        "chi", "corl", "icra", "iros", "wacv", "aistats", "uai", "colt", "findings", "lrec", "wsdm", "cikm", "miccai",
    ];

    /// <summary>The RIS type of an entry.</summary>
    public static string Choose(Entry entry) => entry.Kind switch
    {
        EntryKind.Repository or EntryKind.Model => "COMP",
        EntryKind.Dataset => "DATA",
        EntryKind.Article or EntryKind.WebPage => "ELEC",
        _ => PublishedVenue(entry) is { } v ? (IsConference(v) ? "CONF" : "JOUR") : entry.Doi is { IsArxivDataCite: false } ? "JOUR" : "GEN",
    };

    /// <summary>The venue of the published version, or null for a preprint.</summary>
    public static string? PublishedVenue(Entry entry)
    {
        if (!string.IsNullOrWhiteSpace(entry.Venue))
        {
            var v = entry.Venue.Trim().ToLowerInvariant();
            if (!(v.StartsWith("arxiv") || v.Contains("preprint") || v == "corr")) return entry.Venue.Trim();
        }
        return string.IsNullOrWhiteSpace(entry.Arxiv?.JournalRef) ? null : entry.Arxiv.JournalRef.Trim();
    }

    /// <summary>True when a venue names a conference.</summary>
    public static bool IsConference(string venue)
    {
        var words = venue.ToLowerInvariant().Split([' ', ',', '(', ')', '\'', '-', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => ConferenceWords.Contains(w.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')));
    }
}
