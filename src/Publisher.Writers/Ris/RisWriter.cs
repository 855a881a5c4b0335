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
    public bool WritesIds => false;

    /// <inheritdoc />
    public void Write(Catalog catalog, TextWriter output, CitationWriterOptions options) => WriteEntries(catalog.Entries, output, options);

    /// <inheritdoc />
    public ICitationWriterSession Begin(Stream output, CitationWriterOptions options) =>
        new TextWriterSession(output, (entries, text) => WriteEntries(entries, text, options));

    private static void WriteEntries(IReadOnlyList<Entry> entries, TextWriter output, CitationWriterOptions options)
    {
        var record = new RecordBuilder();
        foreach (var e in entries)
        {
            record.Clear();
            AppendRecord(record, e, options);
            output.Write(record.Text);
        }
    }

    /// <summary>The note that says the author list was cut short (the source wrote "et al.").</summary>
    public const string EtAlNote = CitationChoices.EtAlRemark;

    /// <summary>Formats one record.</summary>
    public static string FormatRecord(Entry e, CitationWriterOptions options)
    {
        var record = new RecordBuilder();
        AppendRecord(record, e, options);
        return record.Text.ToString();
    }

    // The buffers one record is built in, reused from record to record: a value made of parts (a name, a note)
    // is put together in Value and folded from there, without a string of its own.
    private sealed class RecordBuilder
    {
        public StringBuilder Text { get; } = new(1024);
        public StringBuilder Value { get; } = new(256);
        public List<Link> Links { get; } = [];

        public void Clear()
        {
            Text.Clear();
            Value.Clear();
            Links.Clear();
        }
    }

    private static void AppendRecord(RecordBuilder r, Entry e, CitationWriterOptions o)
    {
        var sb = r.Text;
        var venue = RisTypeMap.PublishedVenue(e);
        var ty = RisTypeMap.Choose(e, venue);
        Tag(sb, "TY", ty);
        Tag(sb, "TI", e.TitleOrAlt);
        var etAl = false;
        foreach (var a in e.Authors)
        {
            if (a.IsOthers) { etAl = true; continue; }
            AppendName(r.Value.Clear(), a);
            Tag(sb, "AU", r.Value);
        }
        if (venue is not null) Tag(sb, "T2", venue);
        else if (ty == "GEN" && e.ArxivId is not null) Tag(sb, "PB", "arXiv");
        if (EffectiveDate(e) is { } date)
        {
            // Digits and slashes only, nothing to fold (StringBuilder writes a positive int's digits the same in every culture).
            sb.Append("PY  - ").Append(date.Year).Append("\r\n");
            sb.Append("DA  - ");
            AppendDate(sb, date);
            sb.Append("\r\n");
        }
        if (CitationChoices.DoiOf(e) is { } doi) Tag(sb, "DO", doi);
        // Each link's URL is checked once (a URI parse); the links that are neither UR nor L1 become notes below.
        var safe = r.Links;
        CitationChoices.AddSafeLinks(e, safe);
        var pdf = FindPdf(safe);
        var primary = CitationChoices.ChoosePrimary(e, safe, pdfAsUrl: false, skip: pdf);
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
            Tag(sb, "M2", r.Value.Clear().Append("Archive ID: arXiv:").Append(preprintId.Base));
        }
        if (e.ArxivId is { } id)
        {
            var cls = e.Arxiv?.PrimaryCategory;
            r.Value.Clear().Append("arXiv: ").Append(id.Base);
            if (id.Version is { } v) r.Value.Append('v').Append(v);
            if (!string.IsNullOrWhiteSpace(cls)) r.Value.Append(" [").Append(cls).Append(']');
            Tag(sb, "N1", r.Value);
        }
        // Zotero turns each N1 into a child note: one per extra link keeps code and weights clickable.
        foreach (var l in safe)
            if (!ReferenceEquals(l, pdf) && !ReferenceEquals(l, primary))
                Tag(sb, "N1", r.Value.Clear().Append(l.Kind.ToString()).Append(": ").Append(l.Url));
        // RIS has no "et al.": an AU "others" would become a person in Zotero, so the fact goes in a note.
        if (etAl) Tag(sb, "N1", EtAlNote);
        sb.Append("ER  - \r\n\r\n");
    }

    private static Link? FindPdf(List<Link> safe)
    {
        foreach (var l in safe)
            if (l.Kind == LinkKind.Pdf) return l;
        return null;
    }

    /// <summary>The <c>UR</c> link, the <c>L1</c> PDF and the links written as notes.</summary>
    public static (Link? Primary, Link? Pdf, IReadOnlyList<Link> Extra) SplitLinks(Entry e)
    {
        var safe = CitationChoices.SafeLinkList(e);
        var pdf = FindPdf(safe);
        var (primary, others) = CitationChoices.SplitSafeLinks(e, safe, pdfAsUrl: false, skip: pdf);
        return (primary, pdf, others);
    }

    /// <summary><c>Family, Given[, Suffix]</c> as Zotero splits it; organisations as written.</summary>
    public static string FormatName(Person p) => AppendName(new StringBuilder(), p).ToString();

    private static StringBuilder AppendName(StringBuilder sb, Person p)
    {
        if (string.IsNullOrWhiteSpace(p.Family)) return sb.Append(p.Literal ?? p.DisplayName);
        if (p.Particle is not null) sb.Append(p.Particle).Append(' ');
        sb.Append(p.Family);
        // The comma marks "this is a family name": without one, readers take the whole as one organisation-style name.
        if (p.Given is null) return p.Suffix is null ? sb.Append(',') : sb.Append(", , ").Append(p.Suffix);
        sb.Append(", ").Append(p.Given);
        return p.Suffix is null ? sb : sb.Append(", ").Append(p.Suffix);
    }

    /// <summary><c>YYYY/MM/DD/</c> with empty parts left empty (<c>2023/05//</c>).</summary>
    public static string FormatDate(PartialDate d) => AppendDate(new StringBuilder(16), d).ToString();

    private static StringBuilder AppendDate(StringBuilder sb, PartialDate d)
    {
        sb.Append(d.Year).Append('/');
        if (d.Month is { } m) Append2(sb, m);
        sb.Append('/');
        if (d.Day is { } day) Append2(sb, day);
        return sb.Append('/');
    }

    // Months and days, zero-padded to two digits.
    private static void Append2(StringBuilder sb, int n)
    {
        if (n < 10) sb.Append('0');
        sb.Append(n);
    }

    /// <summary>The entry's date, or the month its arXiv id was assigned.</summary>
    public static PartialDate? EffectiveDate(Entry entry) => CitationChoices.EffectiveDate(entry);

    // RIS has no escaping: a line break inside a value would start a new (malformed) tag, so fold it.
    private static void Tag(StringBuilder sb, string tag, string? value) => Tag(sb, tag, value.AsSpan());

    // A value put together in a builder: folded from its text in place when it is one piece (the usual case).
    private static void Tag(StringBuilder sb, string tag, StringBuilder value)
    {
        foreach (var chunk in value.GetChunks())
            if (chunk.Length == value.Length)
            {
                Tag(sb, tag, chunk.Span);
                return;
            }
        Tag(sb, tag, value.ToString());
    }

    private static void Tag(StringBuilder sb, string tag, ReadOnlySpan<char> value)
    {
        if (value.IsWhiteSpace()) return;
        sb.Append(tag).Append("  - ");
        // Runs of text are copied whole; each run of whitespace between them becomes one space.
        var rest = value.Trim();
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
