using System.Text.RegularExpressions;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Coverage;

/// <summary>
/// Finds every paper reference in raw text, whatever the markup around it: arXiv abs/pdf/html URLs (with
/// <c>vN</c>, <c>.pdf</c>, old-style ids and typos such as <c>hhttps://</c> or a missing scheme), plain
/// <c>arXiv:ID</c> mentions, <c>doi.org</c> links and paper pages on proceedings and index sites. It reads the
/// text, not the Markdown tree, so nothing a parser misreads can hide a paper from the coverage check.
/// </summary>
public static partial class PaperReferenceScanner
{
    // Host → a path fragment that marks a paper page (not a venue index or a person page).
    private static readonly (string Host, string Path)[] PaperPages =
    [
        ("aclanthology.org", "/"), ("aclweb.org", "/anthology/"), ("openreview.net", "id="),
        ("proceedings.neurips.cc", "/paper"), ("papers.nips.cc", "/paper"), ("proceedings.mlr.press", "/v"),
        ("semanticscholar.org", "/paper/"), ("dl.acm.org", "/doi/"), ("ieeexplore.ieee.org", "/document/"),
        ("link.springer.com", "/"), ("openaccess.thecvf.com", "/content"), ("ojs.aaai.org", "/article/"),
        ("ijcai.org", "/proceedings/"), ("jmlr.org", "/papers/"), ("nature.com", "/articles/"),
        ("science.org", "/doi/"), ("biorxiv.org", "/content/"), ("medrxiv.org", "/content/"),
    ];

    /// <summary>All references in order of offset.</summary>
    public static IReadOnlyList<PaperReference> Scan(string text)
    {
        var lineStarts = LineStarts(text);
        int LineOf(int offset)
        {
            var i = lineStarts.BinarySearch(offset);
            return (i >= 0 ? i : ~i - 1) + 1;
        }
        var found = new List<PaperReference>();
        var taken = new List<(int Start, int End)>();
        foreach (Match m in ArxivUrl().Matches(text))
        {
            var id = m.Groups["id"].Value + m.Groups["v"].Value;
            var written = m.Value;
            var scheme = m.Groups["scheme"].Value;
            // "hhttps://…" and a missing scheme are repaired; what was written stays in Text for the diagnostic.
            var url = scheme.Equals("https://", StringComparison.OrdinalIgnoreCase) || scheme.Equals("http://", StringComparison.OrdinalIgnoreCase)
                ? written : "https://" + written[scheme.Length..];
            taken.Add((m.Index, m.Index + m.Length));
            found.Add(ArxivId.TryParse(id, out var arxiv)
                ? new PaperReference(PaperReferenceKind.ArxivUrl, "a:" + arxiv.Base, url, written, m.Index, LineOf(m.Index), arxiv)
                : new PaperReference(PaperReferenceKind.InvalidArxiv, "x:" + written, url, written, m.Index, LineOf(m.Index)));
        }
        foreach (Match m in ArxivMention().Matches(text))
        {
            if (Inside(taken, m.Index)) continue;
            if (!ArxivId.TryParse(m.Groups["id"].Value + m.Groups["v"].Value, out var arxiv)) continue;
            found.Add(new PaperReference(PaperReferenceKind.ArxivMention, "a:" + arxiv.Base, null, m.Value, m.Index, LineOf(m.Index), arxiv));
        }
        foreach (Match m in WebUrl().Matches(text))
        {
            if (Inside(taken, m.Index)) continue;
            var url = TrimUrl(m.Value);
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) continue;
            var host = uri.Host.ToLowerInvariant();
            if (HostIs(host, "doi.org"))
            {
                if (Publisher.Model.Doi.TryParse(url, out var doi))
                    found.Add(new PaperReference(PaperReferenceKind.Doi, "d:" + doi.Value.ToLowerInvariant(), url, url, m.Index, LineOf(m.Index), Doi: doi));
                continue;
            }
            var pathAndQuery = uri.PathAndQuery;
            if (PaperPages.Any(p => HostIs(host, p.Host) && pathAndQuery.Contains(p.Path, StringComparison.OrdinalIgnoreCase) && pathAndQuery.Length > p.Path.Length + 3)
                && !IndexPage().IsMatch(pathAndQuery))
                found.Add(new PaperReference(PaperReferenceKind.PaperPage, "p:" + NormaliseUrl(url), url, url, m.Index, LineOf(m.Index)));
        }
        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    /// <summary>A URL without scheme, <c>www.</c>, fragment and trailing slash, lower-cased host: how page links are compared.</summary>
    public static string NormaliseUrl(string url)
    {
        var u = url.Trim();
        var hash = u.IndexOf('#');
        if (hash >= 0) u = u[..hash];
        var scheme = u.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) u = u[(scheme + 3)..];
        if (u.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) u = u[4..];
        var slash = u.IndexOf('/');
        u = slash < 0 ? u.ToLowerInvariant() : u[..slash].ToLowerInvariant() + u[slash..];
        return u.TrimEnd('/');
    }

    private static string TrimUrl(string url)
    {
        // A closing parenthesis the URL did not open ends it (Wikipedia-style paths keep theirs), wherever it
        // stands: in "[[pdf]](http://…/x.pdf):star::star:" the link ends before ":star:".
        var depth = 0;
        for (var i = 0; i < url.Length; i++)
        {
            if (url[i] == '(') depth++;
            else if (url[i] == ')' && --depth < 0) { url = url[..i]; break; }
        }
        return url.TrimEnd('.', ',', ';', ':', '!', '?', '*', '_', '`', '\'', '"', '>');
    }

    // The spans come from one left-to-right regex pass, so they are sorted and disjoint: a binary search keeps the
    // scan linear in the number of links (a linear probe per match made large lists quadratic).
    private static bool Inside(List<(int Start, int End)> spans, int offset)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (offset < spans[mid].Start) hi = mid - 1;
            else if (offset >= spans[mid].End) lo = mid + 1;
            else return true;
        }
        return false;
    }

    private static bool HostIs(string host, string domain) => host == domain || host.EndsWith("." + domain, StringComparison.Ordinal);

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        return starts;
    }

    [GeneratedRegex(@"(?<scheme>[a-z]*https?://)?(?<host>www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/(?<id>[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{7}|\d{4}\.\d{4,6})(?![\d])(?<v>v\d{1,3})?(?:\.pdf)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArxivUrl();

    // Full-width forms (ａｒＸｉｖ：２４０１．０００１１, typed by Chinese input methods) count too; ArxivId folds them.
    [GeneratedRegex(@"(?:arxiv|ａｒｘｉｖ)\s*[:：]\s*(?<id>[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{7}|\d{4}[.．]\d{4,5})(?![\d])(?<v>[vｖ]\d{1,3})?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArxivMention();

    [GeneratedRegex(@"https?://[^\s<>""'\[\]{}（）【】「」，。；、！？\u3000|]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WebUrl();

    [GeneratedRegex(@"^/(?:events|people|venues|volumes|group|profile)(?:[/?]|$)|^/?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IndexPage();
}
