using Publisher.Model;

namespace Publisher.Writers.Ris;

/// <summary>
/// The <c>TY</c> for each kind of entry, as Zotero's RIS translator reads it: JOUR/CONF for published
/// papers, GEN for preprints (what Zotero itself exports for a preprint), COMP for code and model
/// weights, DATA for data sets, ELEC for articles and web pages.
/// </summary>
public static class RisTypeMap
{
    /// <summary>The RIS type of an entry.</summary>
    public static string Choose(Entry entry) => Choose(entry, PublishedVenue(entry));

    /// <summary>The RIS type of an entry whose <see cref="PublishedVenue"/> is already known.</summary>
    internal static string Choose(Entry entry, string? publishedVenue) => entry.Kind switch
    {
        EntryKind.Repository or EntryKind.Model => "COMP",
        EntryKind.Dataset => "DATA",
        EntryKind.Article or EntryKind.WebPage => "ELEC",
        _ => publishedVenue is { } v ? (IsConference(v) ? "CONF" : "JOUR") : entry.Doi is { IsArxivDataCite: false } ? "JOUR" : "GEN",
    };

    /// <summary>The venue of the published version, or null for a preprint.</summary>
    public static string? PublishedVenue(Entry entry) => CitationChoices.PublishedVenue(entry);

    /// <summary>True when a venue names a conference.</summary>
    public static bool IsConference(string venue) => CitationChoices.IsConferenceVenue(venue);
}
