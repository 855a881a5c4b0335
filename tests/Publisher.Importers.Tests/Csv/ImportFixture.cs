using System.Text;
using Publisher.Importers.Decoding;
using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Testing;

namespace Publisher.Importers.Tests;

/// <summary>
/// Input/expected pairs for importers: <c>Fixtures/{area}/{name}.{ext}</c> is imported and the entries and
/// diagnostics, as catalog JSON, must equal <c>{name}.expected.json</c>. <c>PUBLISHER_UPDATE_FIXTURES=1</c> rewrites them.
/// </summary>
internal static class ImportFixture
{
    /// <summary>The fixture folder of an area in the build output.</summary>
    public static string Dir(string area) => Path.Combine(AppContext.BaseDirectory, "Fixtures", area);

    /// <summary>Input file names of an area, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Inputs(string area, string extension)
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Dir(area), "*" + extension).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    /// <summary>Decodes a fixture like the import stage does (BOM, encodings) and names it by its file name.</summary>
    public static SourceDocument Document(string area, string file)
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(Dir(area), file)), file);
        return new SourceDocument(file, decoded.Text, decoded.Encoding);
    }

    /// <summary>Asserts the import result equals the expected JSON file.</summary>
    public static void Matches(string area, string file, ImportResult result)
    {
        var actual = CatalogJson.Serialize(new Catalog { Entries = result.Entries, Diagnostics = result.Diagnostics });
        var expectedName = Path.GetFileNameWithoutExtension(file) + ".expected.json";
        if (Environment.GetEnvironmentVariable("PUBLISHER_UPDATE_FIXTURES") == "1")
            File.WriteAllText(Path.Combine(RepoPaths.Root, "tests", "Publisher.Importers.Tests", "Fixtures", area, expectedName), actual, new UTF8Encoding(false));
        var path = Path.Combine(Dir(area), expectedName);
        Assert.True(File.Exists(path), $"missing expected file {path}");
        var e = File.ReadAllText(path).Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            Assert.True(el == al, $"{expectedName} line {i + 1}:\n expected: {el}\n actual:   {al}");
        }
    }
}
