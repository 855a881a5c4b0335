using CsvHelper;
using Publisher.Model;

namespace Publisher.Writers.Csv;

/// <summary>One CSV file written part by part: the header once, then rows.</summary>
internal sealed class CsvCatalogWriterSession : ICitationWriterSession
{
    private readonly CsvWriter _csv;

    /// <summary>Writes the header row.</summary>
    public CsvCatalogWriterSession(CsvWriter csv)
    {
        _csv = csv;
        _csv.WriteHeader<CsvCatalogRow>();
    }

    /// <inheritdoc />
    public void Write(IReadOnlyList<Entry> entries)
    {
        foreach (var entry in entries) _csv.WriteRecord(CsvCatalogRowMap.ToRow(entry));
    }

    /// <inheritdoc />
    public void Complete() => _csv.Flush();

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();
}
