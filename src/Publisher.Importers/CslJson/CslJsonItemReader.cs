using System.Text.Json;
using Publisher.Model;

namespace Publisher.Importers.CslJson;

/// <summary>Turns one CSL item into an entry; fields it cannot read are reported with the item's line.</summary>
internal static partial class CslJsonItemReader
{
    // CSL 1.0.2 item types mapped onto our kinds; anything else is read as a paper.
    private static readonly Dictionary<string, EntryKind> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["article"] = EntryKind.Preprint, ["software"] = EntryKind.Repository, ["dataset"] = EntryKind.Dataset,
        ["webpage"] = EntryKind.WebPage, ["post"] = EntryKind.WebPage, ["post-weblog"] = EntryKind.Article,
        ["article-newspaper"] = EntryKind.Article, ["article-magazine"] = EntryKind.Article,
    };

    /// <summary>The entry for an item, or null (with an error) when it names no work.</summary>
    public static Entry? Read(JsonElement item, int line, ImportResultBuilder result)
    {
        string? Text(string name) => item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim() is { Length: > 0 } s ? s : null;

        var title = RichText().Replace(Text("title") ?? "", "");
        ArxivId? arxiv = null;
        Doi? doi = null;
        if (Text("DOI") is { } doiText)
        {
            if (!Doi.TryParse(doiText, out doi)) result.Warn(line, $"DOI '{doiText}' is not a DOI (expected 10.NNNN/suffix); field ignored", "PUB324");
            else if (doi.IsArxivDataCite)
            {
                // arXiv's DataCite DOI names the preprint, not a published version: keep it as the arXiv id.
                ArxivId.TryParse(doi.Value["10.48550/arXiv.".Length..], out arxiv);
                doi = null;
            }
        }
        // Zotero keeps a preprint's id in "number" (arXiv:2401.00001) and a published paper's in "note" (arXiv: 2401.00001).
        foreach (var field in new[] { Text("number"), Text("note") })
            if (arxiv is null && field is not null && field.IndexOf("arXiv:", StringComparison.OrdinalIgnoreCase) is var at and >= 0
                && ArxivId.TryParse(field[(at + 6)..].TrimStart().Split(['\n', ' ', ']'], 2)[0], out var a)) arxiv = a;

        var links = new List<Link>();
        if (Text("URL") is { } url)
        {
            links.Add(new Link(LinkKind.Paper, url));
            if (arxiv is null && ArxivId.TryParseUrlOrId(url, out var fromUrl)) arxiv = fromUrl;
        }
        if (title.Length == 0 && arxiv is null && doi is null && links.Count == 0)
        {
            result.Error(line, "item skipped: it has no title, DOI, arXiv id or URL (expected at least one to identify the work)", "PUB325");
            return null;
        }

        var type = Text("type") ?? "";
        var kind = Types.TryGetValue(type, out var k) ? k : EntryKind.Paper;
        if (kind == EntryKind.Preprint && arxiv is null) kind = EntryKind.Paper;
        var venue = Text("container-title") ?? (Text("publisher") is { } p && !p.Equals("arXiv", StringComparison.OrdinalIgnoreCase) ? p : null);
        var summaries = new List<Summary>();
        if (Text("abstract") is { } abs) summaries.Add(new Summary(abs, CjkText.GuessLanguage(abs), Path.GetFileName(result.Document.File)));
        return new Entry
        {
            Id = Text("id") ?? "",
            Kind = kind,
            Title = title,
            Authors = ReadAuthors(item, line, result),
            Date = ReadDate(item, line, result),
            Venue = venue,
            ArxivId = arxiv,
            Doi = doi,
            Links = links,
            Summaries = summaries,
            Tags = Text("keyword") is { } kw ? kw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [],
            Sources = [result.SourceAt(line)],
        };
    }

    private static IReadOnlyList<Person> ReadAuthors(JsonElement item, int line, ImportResultBuilder result)
    {
        if (!item.TryGetProperty("author", out var authors)) return [];
        if (authors.ValueKind != JsonValueKind.Array)
        {
            result.Warn(line, "\"author\" is not an array; expected [{\"family\": ..., \"given\": ...}] (authors ignored)", "PUB326");
            return [];
        }
        var people = new List<Person>();
        foreach (var a in authors.EnumerateArray())
        {
            string? Part(string name) => a.ValueKind == JsonValueKind.Object && a.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim() is { Length: > 0 } s ? s : null;
            if (Part("literal") is { } literal) people.Add(PersonNameParser.IsOthersMarker(literal) ? Person.Others : Person.OfLiteral(literal));
            else if (Part("family") is { } family)
                people.Add(new Person { Family = family, Given = Part("given"), Particle = Part("non-dropping-particle") ?? Part("dropping-particle"), Suffix = Part("suffix") });
            else result.Warn(line, "an author has neither \"family\" nor \"literal\"; expected {\"family\": ..., \"given\": ...} or {\"literal\": ...} (author ignored)", "PUB326");
        }
        return people;
    }

    private static PartialDate? ReadDate(JsonElement item, int line, ImportResultBuilder result)
    {
        if (!item.TryGetProperty("issued", out var issued)) return null;
        if (issued.ValueKind == JsonValueKind.Object && issued.TryGetProperty("date-parts", out var parts)
            && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0 && parts[0].ValueKind == JsonValueKind.Array)
        {
            var numbers = new List<int>();
            foreach (var p in parts[0].EnumerateArray())
            {
                if (p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var n)) numbers.Add(n);
                else if (p.ValueKind == JsonValueKind.String && int.TryParse(p.GetString(), out var s)) numbers.Add(s);
                else break;
            }
            try
            {
                if (numbers.Count > 0) return new PartialDate(numbers[0], numbers.Count > 1 ? numbers[1] : null, numbers.Count > 2 ? numbers[2] : null);
            }
            catch (ArgumentException) { /* reported below */ }
        }
        else if (issued.ValueKind == JsonValueKind.Object && (issued.TryGetProperty("raw", out var raw) || issued.TryGetProperty("literal", out raw))
                 && raw.ValueKind == JsonValueKind.String && PartialDate.TryParse(raw.GetString(), out var parsed))
            return parsed;
        result.Warn(line, $"\"issued\" {Shorten(issued.GetRawText())} is not a date; expected {{\"date-parts\": [[YYYY, M, D]]}} (date ignored)", "PUB327");
        return null;
    }

    // CSL's rich-text markup (our writer's <span class="nocase"> case protection, <i>, <b>, <sup>, <sub>) is not part of the title.
    [System.Text.RegularExpressions.GeneratedRegex("</?(?:i|b|sup|sub|span(?: [^>]*)?)>")]
    private static partial System.Text.RegularExpressions.Regex RichText();

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
