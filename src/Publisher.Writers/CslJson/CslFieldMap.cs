using System.Text.RegularExpressions;
using Publisher.Model;

namespace Publisher.Writers.CslJson;

/// <summary>
/// How catalog entries map onto CSL 1.0.2 item types and name parts. Kept apart from the writer so
/// that the mapping can be read (and documented) in one place.
/// </summary>
public static partial class CslFieldMap
{
    // Venue words that mark a conference or workshop (proceedings), matched case-insensitively as words.
    private static readonly string[] ConferenceWords =
    [
        "conference", "proceedings", "proc", "workshop", "symposium", "neurips", "nips", "iclr", "icml", "acl", "emnlp",
        "naacl", "coling", "eacl", "aacl", "cvpr", "iccv", "eccv", "aaai", "ijcai", "kdd", "sigir", "www", "colm", "interspeech",
        "icassp", "uai", "aistats", "corl", "rss", "icra", "iros", "sigmod", "vldb", "chi", "uist", "findings", "mlsys", "osdi", "sosp",
    ];

    /// <summary>True when a venue names arXiv (or is empty): such an entry is not yet published.</summary>
    public static bool IsArxivVenue(string? venue) =>
        string.IsNullOrWhiteSpace(venue) || venue.Trim().StartsWith("arxiv", StringComparison.OrdinalIgnoreCase)
        || venue.Trim().Equals("corr", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a venue looks like a conference or workshop rather than a journal.</summary>
    public static bool IsConferenceVenue(string venue)
    {
        var words = venue.Split([' ', '\'', '-', ',', '.', '(', ')', '/', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => ConferenceWords.Contains(w.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').ToLowerInvariant()));
    }

    /// <summary>
    /// The CSL item type. Preprints, and papers known only from arXiv, are <c>article</c> (CSL 1.0.2's type
    /// for unpublished papers); papers with a conference venue are <c>paper-conference</c>, with any other
    /// venue <c>article-journal</c>; data sets <c>dataset</c>, articles about a work <c>post-weblog</c>, other
    /// pages <c>webpage</c>. Repositories and model weights are <c>webpage</c> (the repository or model page they
    /// are), or CSL 1.0.2's <c>software</c> with <paramref name="softwareType"/>: Zotero's CSL JSON import rejects a
    /// whole file that contains one <c>software</c> item (docs/citations-zotero.md).
    /// </summary>
    public static string TypeOf(Entry entry, bool softwareType = false) => entry.Kind switch
    {
        EntryKind.Repository or EntryKind.Model => softwareType ? "software" : "webpage",
        EntryKind.Dataset => "dataset",
        EntryKind.Article => "post-weblog",
        EntryKind.WebPage => "webpage",
        EntryKind.Preprint => "article",
        _ when IsArxivVenue(entry.Venue) => entry.Doi is null || entry.Doi.IsArxivDataCite ? "article" : "article-journal",
        _ => IsConferenceVenue(entry.Venue!) ? "paper-conference" : "article-journal",
    };

    /// <summary>
    /// A person as a CSL name object (property order fixed): <c>family</c>/<c>given</c> with the particle as
    /// <c>non-dropping-particle</c> (how citeproc reads BibTeX's "von" part), or <c>literal</c>.
    /// Returns null for the "et al." marker, which CSL data has no way to say.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>>? NameParts(Person person)
    {
        if (person.IsOthers) return null;
        var parts = new List<KeyValuePair<string, string>>();
        if (!string.IsNullOrWhiteSpace(person.Literal) || string.IsNullOrWhiteSpace(person.Family))
        {
            var literal = person.Literal ?? person.DisplayName;
            if (string.IsNullOrWhiteSpace(literal)) return null;
            parts.Add(new("literal", literal.Trim()));
            return parts;
        }
        parts.Add(new("family", person.Family!.Trim()));
        if (!string.IsNullOrWhiteSpace(person.Given)) parts.Add(new("given", person.Given.Trim()));
        if (!string.IsNullOrWhiteSpace(person.Particle)) parts.Add(new("non-dropping-particle", person.Particle.Trim()));
        if (!string.IsNullOrWhiteSpace(person.Suffix)) parts.Add(new("suffix", person.Suffix.Trim()));
        return parts;
    }

    /// <summary>
    /// The title as CSL-JSON should carry it: names of repositories, models and data sets are wrapped whole in a
    /// nocase span (they are names, <c>synthetic-toolkit</c> must not become "Synthetic-Toolkit"); other titles
    /// get <see cref="ProtectCase"/>.
    /// </summary>
    public static string ProtectedTitle(Entry entry, string title) =>
        entry.Kind is EntryKind.Repository or EntryKind.Model or EntryKind.Dataset && !CjkText.ContainsIdeograph(title)
            ? $"<span class=\"nocase\">{title}</span>"
            : ProtectCase(title);

    /// <summary>CSL <c>date-parts</c> for a partial date: <c>[y]</c>, <c>[y, m]</c> or <c>[y, m, d]</c>.</summary>
    public static int[] DateParts(PartialDate date) =>
        date.Day is { } d ? [date.Year, date.Month!.Value, d] : date.Month is { } m ? [date.Year, m] : [date.Year];

    /// <summary>
    /// The URL a reader should follow: for papers the landing page (arXiv abstract page when known), for
    /// repositories the code link; never a link that is unsafe to open (<c>file:</c>, <c>javascript:</c>).
    /// </summary>
    public static string? UrlOf(Entry entry)
    {
        LinkKind[] order = entry.Kind switch
        {
            EntryKind.Repository => [LinkKind.Code, LinkKind.Project, LinkKind.Web],
            EntryKind.Model => [LinkKind.Weights, LinkKind.Code, LinkKind.Project, LinkKind.Web],
            EntryKind.Dataset => [LinkKind.Dataset, LinkKind.Project, LinkKind.Web],
            EntryKind.Article => [LinkKind.Article, LinkKind.Web],
            EntryKind.WebPage => [LinkKind.Web, LinkKind.Article, LinkKind.Project],
            _ => [LinkKind.Paper],
        };
        foreach (var kind in order)
            if (entry.Links.FirstOrDefault(l => l.Kind == kind && l.IsSafeToOpen) is { } link) return link.Url.Trim();
        if (entry.ArxivId is { } id) return id.AbsUrl;
        if (entry.Doi is { } doi) return doi.Url;
        return entry.Links.FirstOrDefault(l => l.IsSafeToOpen && l.Kind != LinkKind.Article)?.Url.Trim();
    }

    /// <summary>
    /// Wraps each word that citeproc's case changes would damage in <c>&lt;span class="nocase"&gt;</c>: words with
    /// a capital inside (<c>LoRA</c>, <c>BERT-base</c>) or digits with letters (<c>7B</c>, <c>GPT-4V</c>); all-capital words
    /// and hyphenated title-case words (<c>Low-Rank</c>) are safe already.
    /// Ordinary capitalised and lower-case words are left for the style to case.
    /// </summary>
    public static string ProtectCase(string title) => Word().Replace(title, m =>
    {
        var w = m.Value;
        var innerCapital = false;
        for (var i = 1; i < w.Length; i++)
            if (char.IsUpper(w[i]) && char.IsLetterOrDigit(w[i - 1])) innerCapital = true;
        // All-capital words (BERT, HYPERLINK) are kept by citeproc as they are; only mixed ones need help.
        var allCaps = w.Where(char.IsLetter).All(char.IsUpper) && !w.Any(char.IsDigit);
        var needs = !allCaps && (innerCapital || (w.Any(char.IsDigit) && w.Any(char.IsLetter)));
        return needs ? $"<span class=\"nocase\">{w}</span>" : w;
    });

    // A run of letters and digits with inner joiners (GPT-4V, Qwen2.5-VL, don't); CJK text is left alone.
    [GeneratedRegex(@"(?<![\p{L}\p{N}<])[A-Za-z0-9\p{IsLatin-1Supplement}\p{IsLatinExtended-A}](?:[\p{L}\p{N}]|[-.+'’](?=[\p{L}\p{N}]))*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
