using System.Globalization;
using System.Text;
using Publisher.Model;

namespace Publisher.Writers.Ris;

/// <summary>
/// Writes a catalog as RIS the way Zotero writes and reads it: <c>TAG  - value</c>, CRLF line ends,
/// one <c>AU</c> per author, <c>DA</c> as <c>YYYY/MM/DD/</c>, every record closed by <c>ER  - </c>.
/// The caller supplies a UTF-8 (no BOM) writer. Field map: <c>docs/citations-bibtex-ris.md</c>.
/// </summary>
public sealed class RisWriter : IStreamingCitationWriter
{
    /// <inheritdoc />
    public string Name => "ris";

    /// <inheritdoc />
    public string FileExtension => ".ris";

    /// <inheritdoc />
    public void Write(Catalog catalog, TextWriter output, CitationWriterOptions options) => WriteEntries(catalog.Entries, output, options);

    /// <inheritdoc />
    public ICitationWriterSession Begin(Stream output, CitationWriterOptions options) =>
        new TextWriterSession(output, (entries, text) => WriteEntries(entries, text, options));

    private static void WriteEntries(IReadOnlyList<Entry> entries, TextWriter output, CitationWriterOptions options)
    {
        var sb = new StringBuilder(1024);
        foreach (var e in entries)
        {
            sb.Clear();
            AppendRecord(sb, e, options);
            output.Write(sb);
        }
    }

    /// <summary>The note that says the author list was cut short (the source wrote "et al.").</summary>
    public const string EtAlNote = CitationChoices.EtAlRemark;

    /// <summary>Formats one record.</summary>
    public static string FormatRecord(Entry e, CitationWriterOptions options)
    {
        var sb = new StringBuilder(512);
        AppendRecord(sb, e, options);
        return sb.ToString();
    }

    private static void AppendRecord(StringBuilder sb, Entry e, CitationWriterOptions o)
    {
        var ty = RisTypeMap.Choose(e);
        Tag(sb, "TY", ty);
        Tag(sb, "TI", e.TitleOrAlt);
        foreach (var a in e.Authors)
            if (!a.IsOthers) Tag(sb, "AU", FormatName(a));
        var venue = RisTypeMap.PublishedVenue(e);
        if (venue is not null) Tag(sb, "T2", venue);
        else if (ty == "GEN" && e.ArxivId is not null) Tag(sb, "PB", "arXiv");
        var date = EffectiveDate(e);
        if (date is not null)
        {
            Tag(sb, "PY", date.Year.ToString("D4", CultureInfo.InvariantCulture));
            Tag(sb, "DA", FormatDate(date));
        }
        Tag(sb, "DO", CitationChoices.DoiOf(e));
        var (primary, pdf, extra) = SplitLinks(e);
        if (primary is not null) Tag(sb, "UR", primary.Url);
        if (pdf is not null) Tag(sb, "L1", pdf.Url);
        if (CitationChoices.WritesAbstract(o, onByDefault: true) && CitationChoices.PreferredSummary(e) is { } s) Tag(sb, "AB", s.Text);
        // One KW per keyword: Zotero splits a single KW line on commas, and topic names may contain them.
        foreach (var t in CitationChoices.Keywords(e)) Tag(sb, "KW", t);
        if (ty == "GEN" && e.ArxivId is { } preprintId)
        {
            // RIS has no preprint type and Zotero reads GEN as a journal article; M2 lands in Zotero's Extra, where
            // Zotero 7 turns "Type:" into the item type and "Archive ID:" into the field when the item is saved.
            Tag(sb, "M2", "Type: preprint");
            Tag(sb, "M2", "Archive ID: arXiv:" + preprintId.Base);
        }
        if (e.ArxivId is { } id)
        {
            var cls = e.Arxiv?.PrimaryCategory;
            Tag(sb, "N1", string.IsNullOrWhiteSpace(cls) ? $"arXiv: {id}" : $"arXiv: {id} [{cls}]");
        }
        // Zotero turns each N1 into a child note: one per extra link keeps code and weights clickable.
        foreach (var l in extra) Tag(sb, "N1", $"{l.Kind}: {l.Url}");
        // RIS has no "et al.": an AU "others" would become a person in Zotero, so the fact goes in a note.
        if (e.Authors.Any(a => a.IsOthers)) Tag(sb, "N1", EtAlNote);
        sb.Append("ER  - \r\n\r\n");
    }

    /// <summary>The <c>UR</c> link, the <c>L1</c> PDF and the links written as notes.</summary>
    public static (Link? Primary, Link? Pdf, IReadOnlyList<Link> Extra) SplitLinks(Entry e)
    {
        // Each link's URL is checked once (a URI parse), not once for the PDF and again for the split.
        var safe = CitationChoices.SafeLinkList(e);
        var pdf = safe.Find(l => l.Kind == LinkKind.Pdf);
        var (primary, others) = CitationChoices.SplitSafeLinks(e, safe, pdfAsUrl: false, skip: pdf);
        return (primary, pdf, others);
    }

    /// <summary><c>Family, Given[, Suffix]</c> as Zotero splits it; organisations as written.</summary>
    public static string FormatName(Person p)
    {
        if (string.IsNullOrWhiteSpace(p.Family)) return p.Literal ?? p.DisplayName;
        var last = p.Particle is null ? p.Family : p.Particle + " " + p.Family;
        // The comma marks "this is a family name": without one, readers take the whole as one organisation-style name.
        if (p.Given is null) return p.Suffix is null ? last + "," : $"{last}, , {p.Suffix}";
        return p.Suffix is null ? $"{last}, {p.Given}" : $"{last}, {p.Given}, {p.Suffix}";
    }

    /// <summary><c>YYYY/MM/DD/</c> with empty parts left empty (<c>2023/05//</c>).</summary>
    public static string FormatDate(PartialDate d) =>
        string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}/{(d.Month is { } m ? m.ToString("D2", CultureInfo.InvariantCulture) : "")}/{(d.Day is { } day ? day.ToString("D2", CultureInfo.InvariantCulture) : "")}/");

    /// <summary>The entry's date, or the month its arXiv id was assigned.</summary>
    public static PartialDate? EffectiveDate(Entry entry) => CitationChoices.EffectiveDate(entry);

    // RIS has no escaping: a line break inside a value would start a new (malformed) tag, so fold it.
    private static void Tag(StringBuilder sb, string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        sb.Append(tag).Append("  - ");
        // Runs of text are copied whole; each run of whitespace between them becomes one space.
        var rest = value.AsSpan().Trim();
        while (true)
        {
            var run = FoldStart(rest);
            if (run < 0) { sb.Append(rest); break; }
            sb.Append(rest[..run]);
            while (char.IsWhiteSpace(rest[run])) run++; // trimmed: text follows every whitespace run
            sb.Append(' ');
            rest = rest[run..];
        }
        sb.Append("\r\n");
    }

    // Where the first whitespace that is not a lone space starts (a single space between words stays as it is,
    // so a title is copied in one piece, not word by word); -1 when there is none. The text is trimmed.
    private static int FoldStart(ReadOnlySpan<char> text)
    {
        var other = text.IndexOfAny(WhitespaceChars.AllButSpace);
        var doubled = (other < 0 ? text : text[..other]).IndexOf("  ", StringComparison.Ordinal);
        if (doubled >= 0) return doubled;
        // A space just before a tab or line break belongs to the same run.
        return other > 0 && text[other - 1] == ' ' ? other - 1 : other;
    }
}
