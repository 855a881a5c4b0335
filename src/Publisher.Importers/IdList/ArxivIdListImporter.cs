using System.Text.RegularExpressions;
using Publisher.Model;

namespace Publisher.Importers.IdList;

/// <summary>
/// Reads a plain list of works, one per line: arXiv ids (<c>2106.09685</c>, <c>arXiv:1706.03762v5</c>,
/// <c>hep-th/9901001</c>), arXiv URLs (abs, pdf, html) or DOIs (bare, <c>doi:</c> or doi.org URLs).
/// Text after the identifier is taken as the title; <c>#</c> starts a comment; a leading bullet or
/// number (<c>- </c>, <c>3. </c>) is ignored. Enrichment fills in the rest.
/// </summary>
public sealed partial class ArxivIdListImporter : IImporter
{
    /// <summary>The forms a line may take, for diagnostics and docs.</summary>
    public const string ExpectedForms =
        "expected an arXiv id (2106.09685, 2106.09685v2, arXiv:2106.09685, hep-th/9901001), an arxiv.org/abs|pdf URL, or a DOI (10.NNNN/suffix or https://doi.org/...), optionally followed by a title";

    /// <inheritdoc />
    public string Name => "idlist";

    /// <inheritdoc />
    public int Detect(SourceDocument document)
    {
        int content = 0, ids = 0;
        foreach (var raw in document.Lines)
        {
            var line = StripComment(raw);
            if (line.Length == 0) continue;
            content++;
            if (ParseLine(line) is { Error: null }) ids++;
            if (content >= 500) break;
        }
        if (ids == 0) return 0;
        var ratio = (double)ids / content;
        // Half the lines being identifiers is already far more than any prose or Markdown list has.
        return ratio >= 0.9 ? 90 : ratio >= 0.5 ? 60 : 0;
    }

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document)
    {
        var result = new ImportResultBuilder(document, Name);
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = StripComment(document.Lines[i]);
            if (line.Length == 0) continue;
            var parsed = ParseLine(line);
            if (parsed.Error is not null)
            {
                result.Error(i + 1, $"{parsed.Error}: '{Shorten(line)}'; {ExpectedForms}", "PUB320");
                continue;
            }
            result.Add(new Entry
            {
                Kind = parsed.Arxiv is not null ? EntryKind.Preprint : EntryKind.Paper,
                Title = parsed.Title ?? "",
                ArxivId = parsed.Arxiv,
                Doi = parsed.Doi,
                Links = parsed.Url is null ? [] : [new Link(parsed.Url.Contains("/pdf/", StringComparison.OrdinalIgnoreCase) || parsed.Url.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? LinkKind.Pdf : LinkKind.Paper, parsed.Url)],
                Sources = [result.SourceAt(i + 1)],
            });
        }
        return result.Build();
    }

    private sealed record ParsedLine(ArxivId? Arxiv, Doi? Doi, string? Url, string? Title, string? Error);

    private static ParsedLine ParseLine(string line)
    {
        var space = line.IndexOfAny([' ', '\t']);
        var token = (space < 0 ? line : line[..space]).Trim().TrimEnd(',', ';', '.');
        var rest = space < 0 ? null : line[space..].Trim().TrimStart('-', '|', ':', '–', '—').Trim();
        var title = string.IsNullOrEmpty(rest) ? null : rest;
        var isUrl = token.Contains("://", StringComparison.Ordinal);

        if (ArxivId.TryParseUrlOrId(token, out var arxiv))
            return new ParsedLine(arxiv, null, isUrl ? token : null, title, null);
        if (ArxivId.LooksLikeArxivUrl(token))
            return new ParsedLine(null, null, null, null, "arXiv URL without a valid arXiv id");
        if (Doi.TryParse(token, out var doi))
        {
            // arXiv's DataCite DOI (10.48550/arXiv.<id>) names the preprint itself.
            if (doi.IsArxivDataCite && ArxivId.TryParse(doi.Value["10.48550/arXiv.".Length..], out var fromDoi))
                return new ParsedLine(fromDoi, null, isUrl ? token : null, title, null);
            return new ParsedLine(null, doi, isUrl ? token : null, title, null);
        }
        return new ParsedLine(null, null, null, null, isUrl ? "URL is neither an arXiv nor a doi.org URL" : "not an arXiv id or DOI");
    }

    // '#' starts a comment at the line start or after whitespace; '#' inside a URL (a fragment) is kept.
    private static string StripComment(string line)
    {
        var t = line.Trim().TrimStart('\uFEFF');
        if (t.StartsWith('#')) return "";
        t = ListMarker().Replace(t, "");
        var idx = t.IndexOf(" #", StringComparison.Ordinal);
        if (idx < 0) idx = t.IndexOf("\t#", StringComparison.Ordinal);
        return (idx < 0 ? t : t[..idx]).Trim();
    }

    // Hand-written lists often put ids in bullets or numbered lines: "- 2106.09685", "3. arXiv:1706.03762".
    [GeneratedRegex(@"^(?:[-*+•]|\d{1,4}[.)、])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
