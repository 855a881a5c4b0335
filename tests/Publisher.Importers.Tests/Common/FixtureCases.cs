using Publisher.Importers;
using Publisher.Importers.Decoding;

namespace Publisher.Importers.Tests.Common;

/// <summary>Finds the reading-list fixtures (<c>Fixtures/ReadingLists/&lt;style&gt;/*.md|txt</c>) and runs them.</summary>
internal static class FixtureCases
{
    /// <summary>Root folder of the reading-list fixtures in the test output.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ReadingLists");

    /// <summary>Input files of one style folder, as xunit data (path relative to <see cref="Root"/>).</summary>
    public static IEnumerable<object[]> Inputs(string style) =>
        Directory.EnumerateFiles(Path.Combine(Root, style))
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetRelativePath(Root, f).Replace('\\', '/') });

    /// <summary>Reads a fixture the way the CLI does (bytes, decoding) and imports it with the importer the registry picks.</summary>
    public static (ImportResult Result, string Importer) Import(string relative)
    {
        var path = Path.Combine(Root, relative);
        var decoded = TextDecoder.Decode(File.ReadAllBytes(path), relative);
        var doc = new SourceDocument(relative, decoded.Text, decoded.Encoding);
        return new CatalogImporter(ImporterRegistry.CreateDefault()).ImportDocument(doc);
    }

    /// <summary>
    /// Compares with <c>name.expected.json</c>. With PUBLISHER_UPDATE_FIXTURES=1 the expected file in the source
    /// tree is rewritten instead (review the diff before committing).
    /// </summary>
    public static void AssertMatchesExpected(string relative)
    {
        var (result, importer) = Import(relative);
        var actual = ImportProjection.ToJson(importer, result);
        var expectedPath = Path.Combine(Root, Path.ChangeExtension(relative, ".expected.json"));
        if (Environment.GetEnvironmentVariable("PUBLISHER_UPDATE_FIXTURES") == "1")
        {
            var source = Path.Combine(Publisher.Testing.RepoPaths.Root, "tests", "Publisher.Importers.Tests", "Fixtures", "ReadingLists", Path.ChangeExtension(relative, ".expected.json"));
            File.WriteAllText(source, actual);
            File.WriteAllText(expectedPath, actual);
        }
        Assert.True(File.Exists(expectedPath), $"missing expected file {expectedPath}");
        Assert.Equal(File.ReadAllText(expectedPath).Replace("\r\n", "\n"), actual);
    }
}
