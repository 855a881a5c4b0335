using Publisher.Importers;
using Publisher.Importers.Decoding;
using Publisher.Testing;

namespace Publisher.Importers.Tests.Common;

/// <summary>Imports a seed the way the CLI does and returns the unmerged result and the importer chosen by content.</summary>
internal static class SeedImport
{
    /// <summary>Decodes and imports seed <paramref name="prefix"/> (<c>"000"</c>).</summary>
    public static (ImportResult Result, string Importer, SourceDocument Document) Run(string prefix)
    {
        var path = RepoPaths.Seed(prefix);
        var decoded = TextDecoder.Decode(File.ReadAllBytes(path), Path.GetFileName(path));
        var doc = new SourceDocument(Path.GetFileName(path), decoded.Text, decoded.Encoding);
        var (result, importer) = new CatalogImporter(ImporterRegistry.CreateDefault()).ImportDocument(doc);
        return (result, importer, doc);
    }
}
