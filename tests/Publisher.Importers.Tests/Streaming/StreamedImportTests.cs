using System.Text;
using Publisher.Model.Serialization;

namespace Publisher.Importers.Tests.Streaming;

/// <summary>Large files are streamed; the result must be the same catalog as reading them whole.</summary>
public class StreamedImportTests
{
    [Fact]
    public void Import_FileAboveStreamingThreshold_SameCatalogAsWholeFile()
    {
        // Synthetic library: invented titles, names and ids; one broken entry in the middle.
        var sb = new StringBuilder("@string{lab = \"Invented Lab\"}\n\n");
        for (var i = 0; i < 2_500; i++)
        {
            if (i == 1_234) sb.Append("@misc{broken,\n  title = {Unclosed brace entry\n\n");
            sb.Append($"@misc{{k{i},\n  title = {{An Invented Streaming Study {i}}},\n  author = {{Example, Ann and Sample, Bo}},\n  institution = lab,\n  year = {{2024}},\n  eprint = {{2401.{i + 1:D5}}},\n  eprinttype = {{arxiv}}\n}}\n\n");
        }
        var path = Path.Combine(Directory.CreateTempSubdirectory("stream").FullName, "big.bib");
        File.WriteAllText(path, sb.ToString());

        var whole = new CatalogImporter(ImporterRegistry.CreateDefault()) { StreamingThreshold = long.MaxValue }.Import([path]);
        var streamed = new CatalogImporter(ImporterRegistry.CreateDefault()) { StreamingThreshold = 1 }.Import([path]);

        Assert.Equal("bibtex", streamed.Inputs.Single().Importer);
        Assert.True(streamed.Entries.Count >= 2_499, $"{streamed.Entries.Count} entries");
        Assert.Equal(CatalogJson.Serialize(whole with { Inputs = [] }), CatalogJson.Serialize(streamed with { Inputs = [] }));
        Assert.Contains(streamed.Diagnostics, d => d.Line > 1_000);
    }
}
