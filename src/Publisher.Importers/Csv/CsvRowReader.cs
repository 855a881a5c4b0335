using System.Globalization;
using Publisher.Model;

namespace Publisher.Importers.Csv;

/// <summary>Turns one CSV row (cells by canonical column) into an entry, reporting each bad cell with its line.</summary>
internal static class CsvRowReader
{
    private const string ArxivForms = "expected YYMM.NNNNN[vN], archive/YYMMNNN[vN] or an arxiv.org URL";

    // Zotero's item types (its CSV "Item Type" column) mapped onto our kinds.
    private static readonly Dictionary<string, EntryKind> ZoteroTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["journalArticle"] = EntryKind.Paper, ["conferencePaper"] = EntryKind.Paper, ["report"] = EntryKind.Paper,
        ["thesis"] = EntryKind.Paper, ["book"] = EntryKind.Paper, ["bookSection"] = EntryKind.Paper,
        ["preprint"] = EntryKind.Preprint, ["computerProgram"] = EntryKind.Repository, ["dataset"] = EntryKind.Dataset,
        ["webpage"] = EntryKind.WebPage, ["blogPost"] = EntryKind.Article, ["newspaperArticle"] = EntryKind.Article,
        ["magazineArticle"] = EntryKind.Article, ["document"] = EntryKind.Paper,
    };

    /// <summary>The entry for a row, or null (with an error) when the row names no work at all.</summary>
    public static Entry? Read(IReadOnlyDictionary<string, string> cells, int line, string file, ImportResultBuilder result)
    {
        string Cell(string name) => cells.TryGetValue(name, out var v) ? v.Trim() : "";

        var title = Cell("title");
        var arxivText = Cell("arxiv_id");
        ArxivId? arxiv = null;
        if (arxivText.Length > 0 && !ArxivId.TryParseUrlOrId(arxivText, out arxiv))
            result.Warn(line, $"arxiv_id '{arxivText}' is not an arXiv id ({ArxivForms}); cell ignored", "PUB310");

        Doi? doi = null;
        var doiText = Cell("doi");
        if (doiText.Length > 0)
        {
            if (!Doi.TryParse(doiText, out doi))
                result.Warn(line, $"doi '{doiText}' is not a DOI (expected 10.NNNN/suffix, doi:10.NNNN/suffix or a doi.org URL); cell ignored", "PUB311");
            else if (doi.IsArxivDataCite)
            {
                // arXiv's DataCite DOI names the preprint, not a published version: keep it as the arXiv id.
                if (arxiv is null) ArxivId.TryParse(doi.Value["10.48550/arXiv.".Length..], out arxiv);
                doi = null;
            }
        }

        var links = ReadLinks(Cell("links"), line, result);
        // A lone URL column (Zotero's "Url") is the landing page of a paper, or the page of anything else.
        var urlKind = Cell("kind").ToLowerInvariant() is "" or "paper" or "preprint" or "journalarticle" or "conferencepaper" or "report" or "thesis" or "book" or "booksection" or "document"
            ? LinkKind.Paper : LinkKind.Web;
        foreach (var url in CsvListField.Split(Cell("url"))) links.Add(new Link(GuessLinkKind(url, urlKind), url));
        if (arxiv is null)
            foreach (var link in links)
                if (ArxivId.TryParseUrlOrId(link.Url, out var fromUrl)) { arxiv = fromUrl; break; }

        if (title.Length == 0 && arxiv is null && doi is null && links.Count == 0)
        {
            result.Error(line, "row skipped: it has no title, arxiv_id, doi or link (expected at least one to identify the work)", "PUB312");
            return null;
        }

        var date = ReadDate(Cell("date"), Cell("year"), line, result);
        var sources = ReadSources(Cell("sources"), line, result);
        sources.Add(new SourceRef(file, line, "csv"));

        var summaries = new List<Summary>();
        if (Cell("summary_zh") is { Length: > 0 } zh) summaries.Add(new Summary(zh, "zh", Path.GetFileName(file)));
        if (Cell("summary_en") is { Length: > 0 } en) summaries.Add(new Summary(en, "en", Path.GetFileName(file)));

        return new Entry
        {
            Id = Cell("id"),
            Kind = ReadKind(Cell("kind"), arxiv is not null, line, result),
            Title = title,
            TitleAlt = [.. CsvListField.Split(Cell("title_zh")).Select(t => new AltTitle(t, "zh")), .. CsvListField.Split(Cell("title_alt")).Select(ReadAltTitle)],
            Authors = ReadAuthors(Cell("authors")),
            Date = date,
            Venue = Cell("venue") is { Length: > 0 } v ? v : null,
            ArxivId = arxiv,
            Doi = doi,
            Links = links,
            Topics = CsvListField.Split(Cell("topics")),
            Tags = CsvListField.Split(Cell("tags")),
            Summaries = summaries,
            Sources = sources,
        };
    }

    private static EntryKind ReadKind(string text, bool hasArxiv, int line, ImportResultBuilder result)
    {
        var fallback = hasArxiv ? EntryKind.Preprint : EntryKind.Paper;
        if (text.Length == 0) return fallback;
        if (Enum.TryParse<EntryKind>(text.Replace(" ", "").Replace("-", "").Replace("_", ""), ignoreCase: true, out var kind)
            && Enum.IsDefined(kind) && !int.TryParse(text, out _)) return kind;
        if (ZoteroTypes.TryGetValue(text.Replace(" ", ""), out kind)) return kind;
        result.Warn(line, $"kind '{text}' is unknown (expected one of {string.Join(", ", Enum.GetNames<EntryKind>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}); read as {fallback.ToString().ToLowerInvariant()}", "PUB313");
        return fallback;
    }

    private static AltTitle ReadAltTitle(string item)
    {
        var idx = item.IndexOf(": ", StringComparison.Ordinal);
        if (idx is >= 2 and <= 12 && IsLanguageTag(item[..idx])) return new AltTitle(item[(idx + 2)..].Trim(), item[..idx]);
        return new AltTitle(item, CjkText.ContainsIdeograph(item) ? "zh" : "und");
    }

    private static bool IsLanguageTag(string s) =>
        s.Split('-').Select((p, i) => i == 0 ? p.Length is 2 or 3 && p.All(char.IsAsciiLetter) : p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit)).All(ok => ok);

    private static IReadOnlyList<Person> ReadAuthors(string cell)
    {
        var items = CsvListField.Split(cell);
        // "A B, C D, E F" (people separated by commas, no semicolons) is a free list, not "Family, Jr, Given".
        if (items.Count == 1 && items[0].Count(c => c == ',') >= 3) return PersonNameParser.ParseFreeList(items[0]);
        return items.Select(PersonNameParser.Parse).ToArray();
    }

    private static PartialDate? ReadDate(string dateText, string yearText, int line, ImportResultBuilder result)
    {
        PartialDate? date = null;
        if (dateText.Length > 0)
        {
            var t = dateText.Replace('/', '-');
            // Zotero writes "2017-06-12 00:00:00"; keep the date part.
            if (t.Length > 10 && t[10] == ' ') t = t[..10];
            if (!PartialDate.TryParse(t, out date))
                result.Warn(line, $"date '{dateText}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD); cell ignored", "PUB314");
        }
        if (yearText.Length > 0)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1000 or > 9999)
                result.Warn(line, $"year '{yearText}' is not a four-digit year; cell ignored", "PUB315");
            else if (date is null) date = new PartialDate(year);
            else if (date.Year != year)
                result.Warn(line, $"year {year} disagrees with date {date}; the date is kept", "PUB316");
        }
        return date;
    }

    private static List<Link> ReadLinks(string cell, int line, ImportResultBuilder result)
    {
        var links = new List<Link>();
        foreach (var item in CsvListField.Split(cell))
        {
            var space = item.IndexOfAny([' ', '\t']);
            if (space < 0) { links.Add(new Link(GuessLinkKind(item, LinkKind.Web), item)); continue; }
            var kindText = item[..space];
            var url = item[(space + 1)..].Trim();
            if (Enum.TryParse<LinkKind>(kindText, ignoreCase: true, out var kind) && !int.TryParse(kindText, out _))
                links.Add(new Link(kind, url));
            else
            {
                result.Warn(line, $"link '{item}' has an unknown kind '{kindText}' (expected 'kind url' with kind one of {string.Join(", ", Enum.GetNames<LinkKind>().Select(n => n.ToLowerInvariant()))}); kind guessed from the URL", "PUB317");
                links.Add(new Link(GuessLinkKind(url, LinkKind.Web), url));
            }
        }
        return links;
    }

    private static LinkKind GuessLinkKind(string url, LinkKind fallback)
    {
        var u = url.ToLowerInvariant();
        if (u.Contains("arxiv.org/pdf/") || u.EndsWith(".pdf", StringComparison.Ordinal)) return LinkKind.Pdf;
        if (u.Contains("arxiv.org/abs/") || u.Contains("doi.org/")) return LinkKind.Paper;
        if (u.Contains("github.com/") || u.Contains("gitlab.com/") || u.Contains("gitee.com/")) return LinkKind.Code;
        if (u.Contains("huggingface.co/datasets/")) return LinkKind.Dataset;
        if (u.Contains("huggingface.co/")) return LinkKind.Weights;
        return fallback;
    }

    private static List<SourceRef> ReadSources(string cell, int line, ImportResultBuilder result)
    {
        var sources = new List<SourceRef>();
        foreach (var item in CsvListField.Split(cell))
        {
            var colon = item.LastIndexOf(':');
            if (colon > 0 && int.TryParse(item[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                sources.Add(new SourceRef(item[..colon], n));
            else
                result.Warn(line, $"source '{item}' is not 'file:line'; cell item ignored", "PUB318");
        }
        return sources;
    }
}
