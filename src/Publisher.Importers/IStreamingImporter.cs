namespace Publisher.Importers;

/// <summary>
/// An importer that can read a file in chunks, so a library of any size is imported without holding
/// its whole text in memory. <see cref="CatalogImporter"/> uses it for large UTF-8 files.
/// </summary>
public interface IStreamingImporter : IImporter
{
    /// <summary>Reads <paramref name="reader"/> and hands over results of about <paramref name="chunkEntries"/> entries each, with file-wide line numbers.</summary>
    void ImportStream(TextReader reader, string file, int chunkEntries, Action<ImportResult> onChunk);
}
