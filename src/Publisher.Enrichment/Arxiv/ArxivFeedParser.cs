using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Publisher.Model;

namespace Publisher.Enrichment.Arxiv;

/// <summary>
/// Reads arXiv Atom feeds. DTDs are refused and no resolver is set, so a hostile or broken feed
/// cannot pull in external entities or expand entity bombs.
/// </summary>
public static partial class ArxivFeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Ax = "http://arxiv.org/schemas/atom";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    /// <summary>The plain-text body arXiv's throttling sends with status 200.</summary>
    public const string RateExceededBody = "Rate exceeded.";

    /// <summary>Settings used for every feed: no DTD, no resolver, bounded size.</summary>
    public static XmlReaderSettings ReaderSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        // A feed of 2,000 entries is a few MB; anything far larger is not a feed we asked for.
        MaxCharactersInDocument = 64L * 1024 * 1024,
        MaxCharactersFromEntities = 0,
    };

    /// <summary>True when a body is arXiv's plain-text throttle message rather than a feed.</summary>
    public static bool IsRateExceeded(string? body) =>
        body is not null && body.Length < 100 && body.Trim().StartsWith("Rate exceeded", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a body starts like a feed but does not close it: the connection dropped mid-response.</summary>
    public static bool LooksTruncated(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return true;
        var t = body.TrimEnd();
        var start = body.TrimStart();
        return (start.StartsWith("<?xml", StringComparison.Ordinal) || start.StartsWith("<feed", StringComparison.Ordinal))
               && !t.EndsWith("</feed>", StringComparison.Ordinal);
    }

    /// <summary>Parses a feed; throws <see cref="ArxivFeedException"/> when the body is not a well-formed Atom feed.</summary>
    public static ArxivFeed Parse(string body)
    {
        if (IsRateExceeded(body)) throw new ArxivFeedException("arXiv answered 'Rate exceeded.' instead of a feed");
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(body), ReaderSettings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new ArxivFeedException($"arXiv response is not a well-formed feed (line {e.LineNumber}): {e.Message}", e);
        }
        var feed = doc.Root;
        if (feed is null || feed.Name != Atom + "feed") throw new ArxivFeedException($"expected an Atom <feed>, found <{feed?.Name.LocalName}>");
        int? total = int.TryParse(feed.Element(OpenSearch + "totalResults")?.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

        var entries = new List<ArxivFeedEntry>();
        foreach (var e in feed.Elements(Atom + "entry"))
        {
            var title = Clean(e.Element(Atom + "title")?.Value);
            var idText = Clean(e.Element(Atom + "id")?.Value) ?? "";
            if (title == "Error" && (idText.Contains("/api/errors", StringComparison.Ordinal) || !ArxivId.TryParseUrlOrId(idText, out _)))
                return new ArxivFeed([], total, Clean(e.Element(Atom + "summary")?.Value) ?? "arXiv returned an error feed");
            if (title is null || !ArxivId.TryParseUrlOrId(idText, out var id)) continue;
            var primary = e.Element(Ax + "primary_category")?.Attribute("term")?.Value;
            var categories = e.Elements(Atom + "category").Select(c => c.Attribute("term")?.Value).OfType<string>().Where(c => c.Length > 0).ToList();
            if (primary is not null) { categories.Remove(primary); categories.Insert(0, primary); }
            entries.Add(new ArxivFeedEntry
            {
                Id = id,
                Title = title,
                Summary = Clean(e.Element(Atom + "summary")?.Value),
                Authors = e.Elements(Atom + "author").Select(a => Clean(a.Element(Atom + "name")?.Value)).OfType<string>().ToList(),
                Published = Date(e.Element(Atom + "published")?.Value),
                Updated = Date(e.Element(Atom + "updated")?.Value),
                PrimaryCategory = primary,
                Categories = categories.Distinct(StringComparer.Ordinal).ToList(),
                Comment = Clean(e.Element(Ax + "comment")?.Value),
                JournalRef = Clean(e.Element(Ax + "journal_ref")?.Value),
                Doi = Clean(e.Element(Ax + "doi")?.Value),
                PdfUrl = e.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("title") == "pdf")?.Attribute("href")?.Value,
            });
        }
        return new ArxivFeed(entries, total);
    }

    private static DateOnly? Date(string? text) =>
        DateTimeOffset.TryParse(text?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d)
            ? DateOnly.FromDateTime(d.UtcDateTime) : null;

    /// <summary>Collapses the line breaks and runs of spaces arXiv leaves in titles and abstracts.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
