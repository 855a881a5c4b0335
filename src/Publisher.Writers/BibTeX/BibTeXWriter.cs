using System.Globalization;
using System.Text;
using Publisher.Model;

namespace Publisher.Writers.BibTeX;

/// <summary>
/// Writes a catalog as BibTeX that <c>bibtex</c> with <c>plain.bst</c>, biber and Zotero read without
/// complaint. Field map and type choices: <c>docs/citations-bibtex-ris.md</c>.
/// </summary>
public sealed class BibTeXWriter : IStreamingCitationWriter
{
    /// <summary>False: the "a", "b" key suffixes are assigned within a part, so parts may key entries differently from a whole write.</summary>
    public bool PartsMatchWhole => false;

    private static readonly string[] MonthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <inheritdoc />
    public string Name => "bibtex";

    /// <inheritdoc />
    public string FileExtension => ".bib";

    /// <inheritdoc />
    public void Write(Catalog catalog, TextWriter output, CitationWriterOptions options) => WriteEntries(catalog.Entries, output, options, null);

    /// <inheritdoc />
    public ICitationWriterSession Begin(Stream output, CitationWriterOptions options)
    {
        var usedKeys = new HashSet<string>(StringComparer.Ordinal);
        return new TextWriterSession(output, (entries, text) => WriteEntries(entries, text, options, usedKeys));
    }

    // usedKeys carries the keys of earlier parts of a streamed file, so a key is never given twice.
    private static void WriteEntries(IReadOnlyList<Entry> entries, TextWriter output, CitationWriterOptions options, HashSet<string>? usedKeys)
    {
        var keys = BibTeXKeyGenerator.Assign(entries);
        var sb = new StringBuilder(1024);
        for (var i = 0; i < entries.Count; i++)
        {
            var key = keys[i];
            if (usedKeys is not null && !usedKeys.Add(key))
            {
                var k = 2;
                while (!usedKeys.Add($"{keys[i]}-{k}")) k++;
                key = $"{keys[i]}-{k}";
            }
            sb.Clear();
            AppendEntry(sb, entries[i], key, options);
            output.Write(sb);
        }
    }

    /// <summary>Formats one entry with the given key.</summary>
    public static string FormatEntry(Entry entry, string key, CitationWriterOptions options)
    {
        var sb = new StringBuilder(512);
        AppendEntry(sb, entry, key, options);
        return sb.ToString();
    }

    private static void AppendEntry(StringBuilder sb, Entry e, string key, CitationWriterOptions o)
    {
        var type = BibTeXTypeMap.Choose(e, o);
        var ascii = o.Ascii;
        sb.Append('@').Append(type.Type).Append('{').Append(key).Append(",\n");
        // A name with no text at all would make bibtex warn about an empty name; "others" alone is no author list.
        var named = e.Authors.Where(a => a.IsOthers ? !o.EtAlAsNote : !string.IsNullOrWhiteSpace(a.Literal ?? a.DisplayName)).ToList();
        var authors = named.Any(a => !a.IsOthers) ? named : [];
        if (authors.Count > 0) Field(sb, "author", string.Join(" and ", authors.Select(a => FormatName(a, ascii))));
        else Field(sb, "key", LatexEncoder.Encode(SortKey(e), ascii)); // plain.bst sorts by key when there is no author
        Field(sb, "title", TitleProtector.Protect(e.TitleOrAlt, ascii));
        var date = BibTeXTypeMap.EffectiveDate(e);
        if (date is not null)
        {
            Field(sb, "year", date.Year.ToString(CultureInfo.InvariantCulture));
            if (date.Month is { } m) sb.Append("  month = ").Append(MonthMacros[m - 1]).Append(",\n");
            // year+month keep plain.bst happy; biblatex reads the full date from here.
            if (date.Day is not null) Field(sb, "date", date.ToString());
        }
        var venue = BibTeXTypeMap.PublishedVenue(e);
        if (type.VenueField is not null && venue is not null) Field(sb, type.VenueField, LatexEncoder.Encode(venue, ascii));

        if (e.ArxivId is { } id)
        {
            Field(sb, "eprint", id.ToString());
            // eprinttype (not archivePrefix: biber maps both to the same field and rejects the pair) makes Zotero keep the id.
            Field(sb, "eprinttype", "arxiv");
            var cls = e.Arxiv?.PrimaryCategory;
            if (!string.IsNullOrWhiteSpace(cls)) Field(sb, "primaryClass", LatexEncoder.Encode(cls, false));
        }
        // The arXiv DataCite DOI when there is no other: Zotero, biber and citation-js all keep it as the DOI.
        if (CitationChoices.DoiOf(e) is { } doi) Field(sb, "doi", VerbatimSafe(doi));

        var (primary, extra) = SplitLinks(e);
        if (primary is not null) Field(sb, "url", VerbatimSafe(primary.Url));
        if (type.Type == "misc")
        {
            var how = e.ArxivId is { } a && venue is null ? "arXiv:" + a
                : venue is not null ? LatexEncoder.Encode(venue, ascii)
                : primary is not null ? @"\url{" + VerbatimSafe(primary.Url) + "}" : null;
            if (how is not null) Field(sb, "howpublished", how);
            if (type.TypeLabel is not null) Field(sb, "type", type.TypeLabel);
        }
        else if (type.Type == "software" && type.TypeLabel is not null) Field(sb, "type", type.TypeLabel);
        if (extra.Count > 0)
            Field(sb, "addendum", string.Join("; ", extra.Select(l => $"{l.Kind}: \\url{{{VerbatimSafe(l.Url)}}}")));
        // Zotero reads note as a child note and biber prints it, so "et al." survives both without a person "others".
        if (o.EtAlAsNote && e.Authors.Any(a => a.IsOthers)) Field(sb, "note", LatexEncoder.Encode(CitationChoices.EtAlRemark, ascii));
        var keywords = CitationChoices.Keywords(e);
        if (keywords.Count > 0) Field(sb, "keywords", LatexEncoder.Encode(string.Join(", ", keywords), ascii));
        if (CitationChoices.WritesAbstract(o, onByDefault: false) && CitationChoices.PreferredSummary(e) is { } s) Field(sb, "abstract", LatexEncoder.Encode(s.Text, ascii));
        sb.Append("}\n\n");
    }

    /// <summary>The link written as <c>url</c> and the others (written in <c>addendum</c> so nothing is lost).</summary>
    public static (Link? Primary, IReadOnlyList<Link> Extra) SplitLinks(Entry e) => CitationChoices.SplitLinks(e, pdfAsUrl: true);

    /// <summary>A name as BibTeX parses it: <c>von Last, Jr, First</c>; organisations and CJK names braced whole.</summary>
    public static string FormatName(Person p, bool ascii)
    {
        if (p.IsOthers) return "others";
        if (string.IsNullOrWhiteSpace(p.Family)) return "{" + LatexEncoder.Encode(p.Literal ?? p.DisplayName, ascii).Trim() + "}";
        var last = Part(p.Family, ascii);
        if (p.Particle is not null) last = LatexEncoder.Encode(p.Particle, ascii) + " " + last;
        var sb = new StringBuilder(last);
        if (p.Suffix is not null) sb.Append(", ").Append(Part(p.Suffix, ascii));
        if (p.Given is not null) sb.Append(", ").Append(Part(p.Given, ascii));
        else if (p.Suffix is not null) sb.Append(", ");
        return sb.ToString();
    }

    // A comma or a lone "and" inside a name part would split the name list: brace the part.
    private static string Part(string s, bool ascii)
    {
        var enc = LatexEncoder.Encode(s, ascii);
        var words = s.Split(' ');
        var risky = s.Contains(',') || words.Any(w => w.Equals("and", StringComparison.OrdinalIgnoreCase))
                    || (words.Length > 1 && words.Any(w => w.Length > 0 && char.IsLower(w[0])));
        return risky ? "{" + enc + "}" : enc;
    }

    // url/doi are verbatim fields: only braces and whitespace can break them, and URLs need neither.
    private static string VerbatimSafe(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '{' or '}' or '\\') sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else if (char.IsWhiteSpace(c)) sb.Append("%20");
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static string SortKey(Entry e)
    {
        var t = e.TitleOrAlt.Trim();
        return t.Length > 40 ? t[..40].TrimEnd() : t;
    }

    private static void Field(StringBuilder sb, string name, string value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        sb.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
    }
}
