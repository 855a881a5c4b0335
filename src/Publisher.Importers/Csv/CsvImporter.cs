using System.Globalization;
using CsvHelper;
using Publisher.Model;

namespace Publisher.Importers.Csv;

/// <summary>
/// Reads CSV whose header row names our fields (<see cref="CsvColumns"/>): the files the CSV writer
/// produces, spreadsheets users made from them, and Zotero's CSV export. One entry per row; a bad cell
/// becomes a diagnostic naming the line and the rest of the row is kept.
/// </summary>
public sealed class CsvImporter : IStreamingImporter
{
    private static readonly char[] Separators = [',', ';', '\t'];

    /// <inheritdoc />
    public string Name => "csv";

    /// <inheritdoc />
    public bool IsStructured => true;

    /// <inheritdoc />
    public int Detect(SourceDocument document)
    {
        var (header, _) = HeaderLine(document);
        if (header is null) return 0;
        var sep = GuessSeparator(header);
        if (sep is null) return 0;
        var known = header.Split(sep.Value).Select(CsvColumns.Canonical).Where(c => c is not null).Distinct().ToList();
        var identifying = known.Any(c => c is "title" or "arxiv_id" or "doi" or "url");
        if (!identifying) return 0;
        return known.Count >= 3 ? ImporterRegistry.CertainScore : known.Count == 2 ? 60 : 0;
    }

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document) => Import(document, 0, reportHeader: true);

    /// <inheritdoc />
    public void ImportStream(TextReader reader, string file, int chunkEntries, Action<ImportResult> onChunk)
    {
        // The first part is the file's head as it is; every later part is the header line followed by
        // rows, read with an offset so that diagnostics still name the file's own lines. Parts are cut
        // only between records: never inside a quoted cell that spans lines.
        var chunk = new System.Text.StringBuilder(1 << 20);
        string? header = null;
        int lineNo = 0, rows = 0, offset = 0;
        var inQuotes = false;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            var startsRecord = !inQuotes;
            foreach (var c in line) if (c == '"') inQuotes = !inQuotes;
            if (header is null)
            {
                if (line.Trim().TrimStart('\uFEFF').Length > 0) header = line.TrimStart('\uFEFF');
            }
            else if (startsRecord && ++rows > chunkEntries)
            {
                onChunk(Import(new SourceDocument(file, chunk.ToString()), offset, reportHeader: offset == 0));
                chunk.Clear().Append(header).Append('\n');
                offset = lineNo - 2;
                rows = 1;
            }
            chunk.Append(line).Append('\n');
        }
        if (chunk.Length > 0) onChunk(Import(new SourceDocument(file, chunk.ToString()), offset, reportHeader: offset == 0));
    }

    private ImportResult Import(SourceDocument document, int lineOffset, bool reportHeader)
    {
        var result = new ImportResultBuilder(document, Name);
        var (header, headerLine) = HeaderLine(document);
        var sep = header is null ? null : GuessSeparator(header);
        if (header is null || sep is null)
        {
            if (!reportHeader) return result.Build();
            result.Error(headerLine, "expected a CSV header row naming columns such as id,kind,title,authors,year,arxiv_id,doi,links", "PUB301");
            return result.Build();
        }

        var options = CsvReaderOptions.Default with
        {
            Separator = sep.Value,
            HasHeader = true,
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = m => result.Warn((int)m.LineNumber + lineOffset,
                $"malformed CSV record ({m.Reason}); read as well as possible: expected RFC 4180 quoting (\"...\" with \"\" for a quote)", "PUB302"),
        };
        try
        {
            using var csv = CsvReader.FromText(document.Text, options);
            var columns = MapColumns(csv.Headers, headerLine, reportHeader ? result : null);
            if (!columns.Keys.Any(c => c is "title" or "arxiv_id" or "doi" or "url" or "links"))
            {
                if (!reportHeader) return result.Build();
                result.Error(headerLine, "the header names no column that identifies a work: expected at least one of title, arxiv_id, doi, links, url", "PUB303");
                return result.Build();
            }
            while (csv.Read())
            {
                var line = (int)csv.LineNumber + lineOffset;
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (name, index) in columns)
                    cells[name] = index < csv.FieldCount ? Unprotect(csv.GetString(index) ?? "") : "";
                if (cells.Values.All(string.IsNullOrWhiteSpace)) continue;
                if (CsvRowReader.Read(cells, line, document.File, result) is { } entry) result.Add(entry);
            }
        }
        catch (Exception e) when (e is CsvFormatException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            // Rows read so far are kept; the message says where reading stopped.
            result.Error(0, $"CSV could not be read to the end: {e.Message}", "PUB304");
        }
        return result.Build();
    }

    private static Dictionary<string, int> MapColumns(IReadOnlyList<string> headers, int headerLine, ImportResultBuilder? result)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var ignored = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var canonical = CsvColumns.Canonical(headers[i]);
            if (canonical is null) { if (headers[i].Trim().Length > 0) ignored.Add(headers[i].Trim()); continue; }
            columns.TryAdd(canonical, i);
        }
        if (ignored.Count > 0)
            result?.Info(headerLine, $"columns not read: {string.Join(", ", ignored)} (known columns: {string.Join(", ", CsvColumns.Ours)})", "PUB305");
        return columns;
    }

    // CsvWriter's formula protection puts ' before =, +, -, @, tab and CR; take it off again.
    private static string Unprotect(string cell) =>
        cell.Length >= 2 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? cell[1..] : cell;

    private static (string? Header, int Line) HeaderLine(SourceDocument document)
    {
        var lines = document.Lines;
        for (var i = 0; i < lines.Count && i < 50; i++)
        {
            var t = lines[i].Trim().TrimStart('\uFEFF');
            if (t.Length > 0) return (t, i + 1);
        }
        return (null, 1);
    }

    private static char? GuessSeparator(string header)
    {
        char? best = null;
        var bestCount = 0;
        foreach (var s in Separators)
        {
            var n = header.Count(c => c == s);
            if (n > bestCount) { best = s; bestCount = n; }
        }
        return best;
    }
}
