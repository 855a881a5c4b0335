using System.Globalization;
using System.Net;
using System.Text;
using Publisher.Model;

namespace Publisher.Writers.ZoteroRdf;

/// <summary>
/// The HTML of the child note Zotero shows under each item: the Chinese (and other) titles, the editors' summaries with
/// who wrote them, the "et al." remark, and the source lines. Zotero notes are HTML; every text is HTML-encoded here
/// (the XML writer then escapes the markup once more, as Zotero's own export does).
/// </summary>
public static class ZoteroNote
{
    /// <summary>The note's HTML for an entry.</summary>
    public static string Html(Entry e)
    {
        var sb = new StringBuilder(256);
        var titles = e.TitleAlt.Where(t => !string.IsNullOrWhiteSpace(t.Text)).ToList();
        // The Chinese headline is how the list's readers know the work: it heads the note.
        var heading = titles.FirstOrDefault(t => t.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase));
        var headline = heading?.Text ?? e.Title;
        if (!string.IsNullOrWhiteSpace(headline)) sb.Append("<h1>").Append(Encode(headline)).Append("</h1>");
        foreach (var t in titles.Where(t => !ReferenceEquals(t, heading)))
            sb.Append("<p>").Append(Encode(t.Text)).Append(" <em>(").Append(Encode(t.Language)).Append(")</em></p>");
        // arXiv's abstract is the item's abstract already; the note keeps what the lists' editors wrote.
        foreach (var s in e.Summaries.Where(s => !s.Source.Equals("arxiv", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(s.Text)))
            sb.Append("<p>").Append(Encode(s.Text)).Append("</p><p><em>— ").Append(Encode(s.Source)).Append(" (").Append(Encode(s.Language)).Append(")</em></p>");
        if (e.Authors.Any(a => a.IsOthers)) sb.Append("<p>").Append(Encode(EtAl)).Append("</p>");
        if (e.Sources.Count > 0)
        {
            sb.Append("<h2>Sources</h2><ul>");
            foreach (var src in e.Sources)
            {
                sb.Append("<li>").Append(Encode(src.File)).Append(", line ").Append(src.Line.ToString(CultureInfo.InvariantCulture));
                if (!string.IsNullOrEmpty(src.Importer)) sb.Append(" (").Append(Encode(src.Importer)).Append(')');
                sb.Append("</li>");
            }
            sb.Append("</ul>");
        }
        return sb.ToString();
    }

    /// <summary>The remark written when the source listed only the first authors ("et al.").</summary>
    public const string EtAl = CitationChoices.EtAlRemark;

    private static string Encode(string text) => WebUtility.HtmlEncode(text.Trim());
}
