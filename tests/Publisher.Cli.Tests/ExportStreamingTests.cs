using System.Text;
using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Writers;

namespace Publisher.Cli.Tests;

/// <summary>
/// <c>publisher export</c> streams a catalog into writers whose parts give the bytes of one whole write (issue 11):
/// the file must be exactly what the writer makes of the whole catalog, whatever path the command took.
/// </summary>
public class ExportStreamingTests
{
    // Synthetic entries, more than one part; repeated ids straddle part boundaries (CSL-JSON must keep ids unique across parts).
    private static Catalog ManyEntries() => new()
    {
        Entries = Enumerable.Range(0, 2300).Select(i => new Entry
        {
            Id = i % 997 == 0 ? "title:repeated-invented-id-00000000" : $"title:invented-{i:D4}-00000000", Kind = i % 3 == 0 ? EntryKind.Preprint : EntryKind.Paper,
            Title = $"An Invented Study Number {i}", Authors = [Person.Of("Ada", "Example"), Person.Of("Bo", $"Sample{i % 7}")], Date = new PartialDate(2000 + i % 25, 1 + i % 12),
            Summaries = [new Summary($"An invented abstract {i}, with a comma and ümlauts.", "en", "bench.bib")], Tags = ["synthetic"],
            Sources = [new SourceRef("bench.bib", i * 10 + 1, "bibtex")],
        }).ToList(),
    };

    private static string WholeWrite(string format, Catalog catalog)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
            CitationWriterRegistry.Find(format)!.Write(catalog, text, new CitationWriterOptions());
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Theory]
    [InlineData("ris")]
    [InlineData("csljson")]
    [InlineData("csv")]
    [InlineData("bibtex")]
    public void Export_CatalogOfManyParts_WritesWhatAWholeWriteWrites(string format)
    {
        var dir = CliRunner.TempDir("export-stream-" + format);
        var catalog = ManyEntries();
        CatalogJson.Save(catalog, Path.Combine(dir, "catalog.json"));
        var (code, stdout, stderr) = CliRunner.Run(dir, "export", "catalog.json", "--format", format, "--out", "out.txt");
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("2300 entries", stdout);
        Assert.Equal(WholeWrite(format, catalog), Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(dir, "out.txt")))); // bytes: ReadAllText would drop the CSV's BOM
    }

    [Fact]
    public void Export_CatalogSpelledForTheSerializer_WritesWhatAWholeWriteWrites()
    {
        // An unknown property after more than a part of entries: the fast reader gives up once a part has been written.
        var dir = CliRunner.TempDir("export-stream-fallback");
        var good = Enumerable.Range(0, 1500).Select(i => $"{{\"id\":\"e{i}\",\"title\":\"Invented {i}\"}}");
        var json = "{\"schema\":\"publisher-catalog/1\",\"entries\":[" + string.Join(",", good) + ",{\"id\":\"odd\",\"title\":\"Invented odd\",\"unknownField\":1}]}";
        File.WriteAllText(Path.Combine(dir, "catalog.json"), json);
        var (code, stdout, stderr) = CliRunner.Run(dir, "export", "catalog.json", "--format", "ris", "--out", "out.ris");
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("1501 entries", stdout);
        Assert.Equal(WholeWrite("ris", CatalogJson.Deserialize(json)), Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(dir, "out.ris"))));
    }

    [Fact]
    public void Export_BadEntryAfterGoodOnes_ExitsWithLineAndLeavesTheOldFile()
    {
        var dir = CliRunner.TempDir("export-stream-bad");
        File.WriteAllText(Path.Combine(dir, "catalog.json"), "{\"schema\":\"publisher-catalog/1\",\n\"entries\":[{\"id\":\"a\",\"title\":\"Invented A\"},\n{\"arxivId\":\"nope\"}]}");
        File.WriteAllText(Path.Combine(dir, "out.ris"), "previous");
        var (code, stdout, stderr) = CliRunner.Run(dir, "export", "catalog.json", "--format", "ris", "--out", "out.ris");
        Assert.Equal(2, code);
        Assert.Contains("catalog.json:3:", stdout + stderr);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(dir, "out.ris")));
        Assert.Single(Directory.GetFiles(dir, "*.ris*"));
    }
}
