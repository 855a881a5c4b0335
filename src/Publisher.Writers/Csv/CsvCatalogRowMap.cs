using System.Globalization;
using System.Text;
using Publisher.Model;

namespace Publisher.Writers.Csv;

/// <summary>
/// Maps an entry to its CSV row. The CSV importer (<c>Publisher.Importers.Csv</c>) reads the same
/// conventions back; the two are kept in step by the round-trip tests, since stages may not share code.
/// </summary>
public static class CsvCatalogRowMap
{
    /// <summary>Separator between list items; a literal <c>;</c> or <c>\</c> inside an item is escaped with <c>\</c>.</summary>
    public const string ListSeparator = "; ";

    /// <summary>Separator between several summaries in one language.</summary>
    public const string SummarySeparator = "\n\n";

    /// <summary>The row for an entry.</summary>
    public static CsvCatalogRow ToRow(Entry e) => new()
    {
        Id = e.Id,
        Kind = JsonName(e.Kind.ToString()),
        Title = e.Title,
        TitleZh = JoinList(e.TitleAlt.Where(IsChinese).Select(t => t.Text)),
        TitleAlt = JoinList(e.TitleAlt.Where(t => !IsChinese(t)).Select(t => $"{t.Language}: {t.Text}")),
        Authors = JoinList(e.Authors.Select(FormatPerson)),
        Year = e.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
        Date = e.Date?.ToString() ?? "",
        Venue = e.Venue ?? "",
        ArxivId = e.ArxivId?.ToString() ?? "",
        Doi = e.Doi?.Value ?? "",
        Links = JoinList(e.Links.Select(l => $"{JsonName(l.Kind.ToString())} {l.Url}")),
        Topics = JoinList(e.Topics),
        Tags = JoinList(e.Tags),
        SummaryZh = string.Join(SummarySeparator, e.Summaries.Where(s => IsZh(s.Language)).Select(s => s.Text.Trim())),
        SummaryEn = string.Join(SummarySeparator, e.Summaries.Where(s => !IsZh(s.Language)).Select(s => s.Text.Trim())),
        Sources = JoinList(e.Sources.Select(s => $"{s.File}:{s.Line.ToString(CultureInfo.InvariantCulture)}")),
    };

    /// <summary>
    /// A name as <c>von Family, Jr, Given</c> (BibTeX order, which <see cref="PersonNameParser.Parse"/> reads back),
    /// a literal as it is, <c>others</c> for "et al.". Parts the parser would read differently are braced.
    /// </summary>
    public static string FormatPerson(Person p)
    {
        if (p.IsOthers) return "others";
        if (p.Literal is not null || string.IsNullOrWhiteSpace(p.Family))
        {
            var literal = (p.Literal ?? p.DisplayName).Trim();
            if (literal.Length == 0) return "";
            return Reads(literal, p) ? literal : "{" + literal + "}";
        }
        var plain = Compose(p.Particle, p.Family!, p.Suffix, p.Given, brace: false);
        return Reads(plain, p) ? plain : Compose(p.Particle, p.Family!, p.Suffix, p.Given, brace: true);
    }

    /// <summary>Joins list items with <see cref="ListSeparator"/>, escaping separators inside items.</summary>
    public static string JoinList(IEnumerable<string> items)
    {
        var sb = new StringBuilder();
        foreach (var item in items)
        {
            var t = item.Trim();
            if (t.Length == 0) continue;
            if (sb.Length > 0) sb.Append(ListSeparator);
            foreach (var c in t)
            {
                if (c is ';' or '\\') sb.Append('\\');
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static string Compose(string? particle, string family, string? suffix, string? given, bool brace)
    {
        string B(string s) => brace ? "{" + s + "}" : s;
        var sb = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(particle)) sb.Append(particle).Append(' ');
        sb.Append(B(family));
        if (!string.IsNullOrWhiteSpace(suffix)) sb.Append(", ").Append(B(suffix));
        if (!string.IsNullOrWhiteSpace(given)) sb.Append(", ").Append(B(given));
        else if (!string.IsNullOrWhiteSpace(suffix)) sb.Append(", ");
        return sb.ToString();
    }

    private static bool Reads(string text, Person expected)
    {
        var parsed = PersonNameParser.Parse(text);
        return parsed.Literal == expected.Literal && parsed.Family == expected.Family && parsed.Given == NullIfBlank(expected.Given)
               && parsed.Particle == NullIfBlank(expected.Particle) && parsed.Suffix == NullIfBlank(expected.Suffix);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static bool IsChinese(AltTitle t) => IsZh(t.Language);

    private static bool IsZh(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    // The catalog's JSON spelling of enum members (camelCase), so CSV and catalog.json agree.
    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
