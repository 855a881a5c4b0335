using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Importers.BibTeX;
using Publisher.Model;

namespace Publisher.Importers.Ris;

/// <summary>
/// Reads RIS as Zotero, EndNote and our RIS writer produce it (<c>TAG  - value</c>, records from
/// <c>TY</c> to <c>ER</c>). Like Zotero, a line that is not a tag continues the previous field; unlike
/// Zotero, we say so. A record without <c>ER</c> or without a title is reported with its line.
/// </summary>
public sealed partial class RisImporter : IStreamingImporter
{
    /// <inheritdoc />
    public string Name => "ris";

    /// <inheritdoc />
    public bool IsStructured => true;

    /// <inheritdoc />
    public int Detect(SourceDocument document)
    {
        var lines = document.Lines;
        int ty = 0, er = 0, tags = 0, nonEmpty = 0;
        for (var i = 0; i < lines.Count && nonEmpty < 400; i++)
        {
            var l = lines[i];
            if (l.Trim().Length == 0) continue;
            nonEmpty++;
            if (!TagLine().IsMatch(l)) continue;
            tags++;
            if (l.StartsWith("TY", StringComparison.Ordinal)) ty++;
            else if (l.StartsWith("ER", StringComparison.Ordinal)) er++;
        }
        if (ty == 0) return 0;
        return tags * 2 >= nonEmpty ? ImporterRegistry.CertainScore : er > 0 ? 60 : 30;
    }

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document) => Import(document, 1);

    /// <inheritdoc />
    public void ImportStream(TextReader reader, string file, int chunkEntries, Action<ImportResult> onChunk)
    {
        // Parts are cut only before a TY line that follows an ER line, so a record (even one missing
        // its ER) is never split between two parts and every message is the one a whole-file read gives.
        var chunk = new System.Text.StringBuilder(1 << 20);
        int lineNo = 0, chunkFirstLine = 1, records = 0;
        var closed = true;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            var isStart = line.StartsWith("TY  -", StringComparison.Ordinal);
            var cut = isStart && ++records > chunkEntries && closed;
            if (isStart) closed = false;
            else if (line.StartsWith("ER  -", StringComparison.Ordinal)) closed = true;
            if (cut)
            {
                onChunk(Import(new SourceDocument(file, chunk.ToString()), chunkFirstLine));
                chunk.Clear();
                chunkFirstLine = lineNo;
                records = 1;
            }
            chunk.Append(line).Append('\n');
        }
        if (chunk.Length > 0) onChunk(Import(new SourceDocument(file, chunk.ToString()), chunkFirstLine));
    }

    private ImportResult Import(SourceDocument document, int firstLine)
    {
        var builder = new ImportResultBuilder(document, Name);
        var lines = document.Lines;
        List<(string Tag, string Value, int Line)>? record = null;
        var recordLine = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var lineNo = i + firstLine;
            var line = lines[i].TrimEnd('\r');
            if (i == 0 && line.Length > 0 && line[0] == '\uFEFF') line = line[1..];
            if (line.Trim().Length == 0) continue;
            var m = TagLine().Match(line);
            if (!m.Success)
            {
                if (record is { Count: > 0 })
                {
                    // Zotero folds such a line into the previous field; do the same, but tell the user.
                    var last = record[^1];
                    record[^1] = (last.Tag, (last.Value + " " + line.Trim()).Trim(), last.Line);
                    builder.Warn(lineNo, $"not a RIS tag line (expected 'XX  - value'); joined to the {last.Tag} field above", "PUB301");
                }
                else builder.Error(lineNo, "text outside a record; expected 'TY  - type' to start a record", "PUB302");
                continue;
            }
            var tag = m.Groups[1].Value;
            var value = m.Groups[2].Success ? m.Groups[2].Value.Trim() : "";
            if (tag == "TY")
            {
                if (record is not null)
                {
                    builder.Error(lineNo, $"record starting at line {recordLine} has no 'ER  - ' line; expected ER before a new TY (record kept)", "PUB303");
                    Emit(record, recordLine, builder);
                }
                record = [(tag, value, lineNo)];
                recordLine = lineNo;
                continue;
            }
            if (record is null)
            {
                builder.Error(lineNo, $"tag {tag} outside a record; expected 'TY  - type' first", "PUB302");
                continue;
            }
            if (tag == "ER")
            {
                Emit(record, recordLine, builder);
                record = null;
                continue;
            }
            record.Add((tag, value, lineNo));
        }
        if (record is not null)
        {
            builder.Error(recordLine, $"record starting at line {recordLine} is not closed; expected 'ER  - ' before the end of the file (record kept)", "PUB303");
            Emit(record, recordLine, builder);
        }
        return builder.Build();
    }

    private static void Emit(List<(string Tag, string Value, int Line)> record, int line, ImportResultBuilder builder)
    {
        string? First(params string[] tags)
        {
            foreach (var (t, v, _) in record)
                if (v.Length > 0 && Array.IndexOf(tags, t) >= 0) return v;
            return null;
        }
        IEnumerable<(string Value, int Line)> All(params string[] tags) =>
            record.Where(r => r.Value.Length > 0 && Array.IndexOf(tags, r.Tag) >= 0).Select(r => (r.Value, r.Line));

        var title = First("TI", "T1", "CT", "BT");
        if (title is null)
        {
            builder.Error(line, "record has no title; expected a TI (or T1) line (record skipped)", "PUB304");
            return;
        }
        var ty = record[0].Value.ToUpperInvariant();
        var authors = new List<Person>();
        // Exporters that write both AU and A1 repeat the authors; two real co-authors may share a name,
        // so take one tag's list whole rather than dropping repeated names.
        var authorLines = All("AU").ToList();
        if (authorLines.Count == 0) authorLines = All("A1").ToList();
        foreach (var (name, _) in authorLines) authors.Add(ParseName(name));

        ArxivId? arxiv = null;
        Doi? doi = null;
        // The note keeps the version (arXiv: 2401.00001v2); the DataCite DOI does not, so read the note first.
        var notes = All("N1").Select(n => n.Value).ToList();
        foreach (var n in notes)
            if (arxiv is null && ArxivNote().Match(n) is { Success: true } am && ArxivId.TryParse(am.Groups[1].Value, out var a)) arxiv = a;
        foreach (var (v, l) in All("DO"))
        {
            if (!Doi.TryParse(v, out var d)) { builder.Warn(l, $"'{v}' is not a DOI; expected 10.NNNN/suffix", "PUB305"); continue; }
            if (d.IsArxivDataCite) arxiv ??= ArxivId.TryParse(d.Value[(d.Value.IndexOf('.', 3) + 1)..], out var fromDoi) ? fromDoi : null;
            else doi ??= d;
        }

        var venue = First("T2", "JO", "JF", "JA", "BT", "T3");
        if (venue is not null && (venue.StartsWith("arXiv", StringComparison.OrdinalIgnoreCase) || venue.Equals(title, StringComparison.Ordinal))) venue = null;
        var kind = ty switch
        {
            "COMP" => EntryKind.Repository,
            "DATA" => EntryKind.Dataset,
            "ELEC" or "WEB" or "BLOG" => EntryKind.WebPage,
            "NEWS" or "MGZN" => EntryKind.Article,
            _ when arxiv is not null && doi is null && venue is null => EntryKind.Preprint,
            _ => EntryKind.Paper,
        };
        var links = new List<Link>();
        void Add(Link l) { if (!links.Any(x => x.Url == l.Url)) links.Add(l); }
        foreach (var (u, _) in All("UR")) Add(new Link(LinkClassifier.Classify(u, kind), u));
        // Zotero puts local attachment paths in L1 (file:///…): nothing another reader could open, so only web links count.
        foreach (var (u, _) in All("L1")) if (u.StartsWith("http", StringComparison.OrdinalIgnoreCase)) Add(new Link(LinkKind.Pdf, u));
        foreach (var (u, _) in All("L2", "L3", "L4")) if (u.StartsWith("http", StringComparison.OrdinalIgnoreCase)) Add(new Link(LinkClassifier.Classify(u, kind), u));
        foreach (var n in notes)
            if (NoteLink().Match(n) is { Success: true } nm && LinkClassifier.TryParseKind(nm.Groups[1].Value, out var lk)) Add(new Link(lk, nm.Groups[2].Value));
        if (kind == EntryKind.Repository && links.FirstOrDefault() is { Kind: LinkKind.Weights }) kind = EntryKind.Model;

        var summaries = All("AB", "N2").Select(a => new Summary(a.Value, CjkText.ContainsIdeograph(a.Value) ? "zh" : "en", "ris")).Take(1).ToArray();
        builder.Add(new Entry
        {
            Kind = kind,
            Title = title,
            Authors = authors,
            Date = ParseDate(First("DA"), First("PY", "Y1"), builder, record.FirstOrDefault(r => r.Tag is "DA" or "PY" or "Y1").Line),
            Venue = venue,
            ArxivId = arxiv,
            Doi = doi,
            Links = links,
            Summaries = summaries,
            Tags = All("KW").SelectMany(k => k.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToArray(),
            Sources = [new SourceRef(builder.Document.File, line, "ris")],
        });
    }


    private static Person ParseName(string name)
    {
        var parts = name.Split(',', StringSplitOptions.TrimEntries);
        // RIS cannot escape a comma: "Example Consortium, Inc." is one organisation, not family + given.
        if (parts.Length == 2 && CorporateSuffix().IsMatch(parts[1])) return Person.OfLiteral(name.Trim());
        // Without a comma Zotero stores a single-field name (organisations, mononyms, CJK names): keep it whole.
        if (parts.Length == 1) return Person.OfLiteral(name.Trim());
        // "Family, Given[, Suffix]" as Zotero writes it; the family part may carry a particle.
        var familyWords = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var k = 0;
        while (k < familyWords.Length - 1 && familyWords[k].Length > 0 && char.IsLower(familyWords[k][0])) k++;
        return new Person
        {
            Particle = k > 0 ? string.Join(' ', familyWords.Take(k)) : null,
            Family = string.Join(' ', familyWords.Skip(k)),
            Given = parts[1].Length > 0 ? parts[1] : null,
            Suffix = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null,
        };
    }

    private static PartialDate? ParseDate(string? da, string? py, ImportResultBuilder builder, int line)
    {
        foreach (var text in new[] { da, py })
        {
            if (text is null) continue;
            var m = RisDate().Match(text);
            if (!m.Success) continue;
            var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            int? month = m.Groups[2].Success && m.Groups[2].Value.Length > 0 ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : null;
            int? day = m.Groups[3].Success && m.Groups[3].Value.Length > 0 && month is not null ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : null;
            try { return new PartialDate(year, month, day); }
            catch (ArgumentOutOfRangeException)
            {
                try { return new PartialDate(year); } catch (ArgumentOutOfRangeException) { }
            }
        }
        if (da is not null || py is not null) builder.Warn(line, $"date '{da ?? py}' not understood; expected YYYY/MM/DD/ or YYYY", "PUB306");
        return null;
    }

    [GeneratedRegex(@"^(Inc|Ltd|LLC|Co|Corp|GmbH|AG|SA|PLC|LLP)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorporateSuffix();

    [GeneratedRegex(@"^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TagLine();

    [GeneratedRegex(@"^\s*([0-9]{4})(?:[/-]([0-9]{0,2})(?:[/-]([0-9]{0,2}))?)?", RegexOptions.CultureInvariant)]
    private static partial Regex RisDate();

    [GeneratedRegex(@"arXiv:\s*((?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivNote();

    [GeneratedRegex(@"^([A-Za-z]+):\s*([A-Za-z][A-Za-z0-9+.\-]*:\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NoteLink();
}
