namespace Publisher.Writers.Csv;

/// <summary>Choices for <see cref="CsvCatalogWriter"/>.</summary>
public sealed record CsvCatalogWriterOptions
{
    /// <summary>The defaults.</summary>
    public static CsvCatalogWriterOptions Default { get; } = new();

    /// <summary>
    /// Starts the file with a UTF-8 byte order mark. Default true: without it Excel opens UTF-8 CSV as the
    /// system code page and Chinese text turns into mojibake. Set false for tools that keep the BOM in the first header.
    /// </summary>
    public bool ByteOrderMark { get; init; } = true;

    /// <summary>Record separator; RFC 4180 says CRLF (the default).</summary>
    public string NewLine { get; init; } = "\r\n";
}
