using System.Text;
using Publisher.Importers.Decoding;
using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Testing;

namespace Publisher.Importers.Tests.BibTeX;

/// <summary>Input/expected pairs for the structured-format importers: <c>x.bib</c> beside <c>x.expected.json</c> (entries and diagnostics).</summary>
internal static class ImporterFixture
{
    /// <summary>The input files of a fixture folder, for [MemberData].</summary>
    public static TheoryData<string> Inputs(string folder, string extension)
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder), "*" + extension).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }

    /// <summary>Imports a fixture with <paramref name="importer"/> as the CLI would (bytes decoded first).</summary>
    public static ImportResult Import(IImporter importer, string folder, string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, file);
        var decoded = TextDecoder.Decode(File.ReadAllBytes(path), file);
        return importer.Import(new SourceDocument(file, decoded.Text, decoded.Encoding));
    }

    /// <summary>Compares the result with <c>x.expected.json</c>; PUBLISHER_UPDATE_FIXTURES=1 rewrites it instead.</summary>
    public static void AssertMatchesExpected(ImportResult result, string folder, string file)
    {
        var json = CatalogJson.Serialize(new Catalog { Entries = result.Entries, Diagnostics = result.Diagnostics });
        var expectedName = Path.GetFileNameWithoutExtension(file) + ".expected.json";
        if (Environment.GetEnvironmentVariable("PUBLISHER_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(Path.Combine(RepoPaths.Root, "tests", "Publisher.Importers.Tests", "Fixtures", folder, expectedName), json, new UTF8Encoding(false));
            return;
        }
        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, expectedName);
        Assert.True(File.Exists(expectedPath), $"missing {expectedName}");
        Assert.Equal(File.ReadAllText(expectedPath), json);
    }
}
