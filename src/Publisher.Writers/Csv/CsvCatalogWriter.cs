using CsvHelper;
using Publisher.Model;
using Publisher.Model.IO;

namespace Publisher.Writers.Csv;

/// <summary>
/// Writes the catalog as CSV (RFC 4180, UTF-8): a header row, then one row per entry. The columns are
/// those of <see cref="CsvCatalogRow"/>; the CSV importer reads the file back.
/// </summary>
public sealed class CsvCatalogWriter(CsvCatalogWriterOptions? options = null) : IStreamingCitationWriter
{
    private readonly CsvCatalogWriterOptions _options = options ?? CsvCatalogWriterOptions.Default;

    /// <summary>Format name used by <c>--format</c>.</summary>
    public string Name => "csv";

    /// <summary>Conventional file extension, with the dot.</summary>
    public string FileExtension => ".csv";

    /// <summary>Writes the header and every entry in catalog order.</summary>
    public void Write(Catalog catalog, Stream output)
    {
        using var session = Begin(output);
        session.Write(catalog.Entries);
        session.Complete();
    }

    /// <inheritdoc />
    public ICitationWriterSession Begin(Stream output, CitationWriterOptions options) => Begin(output);

    private CsvCatalogWriterSession Begin(Stream output)
    {
        var csvOptions = CsvHelper.CsvWriterOptions.For<CsvCatalogRow>() with
        {
            NewLine = _options.NewLine,
            WriteByteOrderMark = _options.ByteOrderMark,
            // A title such as "=SUM(...)" or "-based ..." would run as a formula in a spreadsheet; a leading ' keeps it text.
            Injection = CsvInjection.Escape,
        };
        return new CsvCatalogWriterSession(CsvWriter.Create(output, csvOptions, leaveOpen: true));
    }

    /// <summary>Writes the file atomically (temporary file, then rename).</summary>
    public void WriteFile(Catalog catalog, string path) => AtomicFile.Write(path, s => Write(catalog, s));

    /// <inheritdoc />
    public void Write(Catalog catalog, TextWriter output, CitationWriterOptions options) => StreamTextBridge.Write(output, s => Write(catalog, s));
}
