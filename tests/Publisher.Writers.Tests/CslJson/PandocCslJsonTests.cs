using System.Text.Json;
using Publisher.Model;

namespace Publisher.Writers.Tests.CslJson;

/// <summary>Checks our CSL-JSON with an independent consumer: pandoc's CSL-JSON reader and citeproc.</summary>
public class PandocCslJsonTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("publisher-csljson-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [PandocFact]
    public void Pandoc_RichCatalog_ParsesEveryItemAndKeepsFields()
    {
        var catalog = CslJsonWriterTests.Load("rich");
        File.WriteAllBytes(Path.Combine(_dir, "library.json"), CslJsonWriterTests.Render(catalog));

        // pandoc reads CSL-JSON into document metadata; writing it back as CSL-JSON shows what it understood.
        var (exit, stdout, stderr) = Pandoc.Run(_dir, "-f", "csljson", "-t", "csljson", "library.json");
        Assert.True(exit == 0, $"pandoc -f csljson failed ({exit}): {stderr}");
        Assert.Equal("", stderr.Trim());
        using var doc = JsonDocument.Parse(stdout);
        var items = doc.RootElement.EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.Clone());
        Assert.Equal(catalog.Entries.Count, items.Count);
        foreach (var entry in catalog.Entries)
        {
            var item = items[entry.Id];
            // pandoc turns straight quotes into curly ones and reads the nocase spans: compare the words.
            Assert.Equal(TitleNormalizer.Normalize(entry.Title), TitleNormalizer.Normalize(item.GetProperty("title").GetString()));
            if (entry.Date is { } date) Assert.Equal(date.Year, item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        }
        var first = items["arxiv:2401.00001"];
        Assert.Equal("Müller", first.GetProperty("author")[0].GetProperty("family").GetString());
        Assert.Equal("van der", first.GetProperty("author")[1].GetProperty("non-dropping-particle").GetString());
        Assert.Equal("张三", first.GetProperty("author")[2].GetProperty("literal").GetString());
        Assert.Equal("10.48550/arXiv.2401.00001", first.GetProperty("DOI").GetString());
    }

    [PandocFact]
    public void Pandoc_Citeproc_RendersTitlesAndNamesOfRichCatalog()
    {
        var catalog = CslJsonWriterTests.Load("rich");
        File.WriteAllBytes(Path.Combine(_dir, "library.json"), CslJsonWriterTests.Render(catalog));
        File.WriteAllText(Path.Combine(_dir, "doc.md"), "---\nbibliography: library.json\nnocite: '@*'\n---\n\n# References\n");

        var (exit, stdout, stderr) = Pandoc.Run(_dir, "--citeproc", "--wrap=none", "-t", "plain", "doc.md");
        Assert.True(exit == 0, $"pandoc --citeproc failed ({exit}): {stderr}");
        Assert.DoesNotContain("[WARNING]", stderr);
        var rendered = TitleNormalizer.Normalize(stdout);
        foreach (var entry in catalog.Entries)
            Assert.True(rendered.Contains(TitleNormalizer.Normalize(entry.Title)), $"title '{entry.Title}' not rendered in:\n{stdout}");
        foreach (var name in new[] { "Müller", "van der Berg", "张三", "O’Neil", "Synthetic AI Lab", "机器之心", "Plato" })
            Assert.True(stdout.Contains(name) || stdout.Contains(name.Replace('’', '\'')), $"name '{name}' not rendered in:\n{stdout}");
        Assert.Contains("https://doi.org/10.48550/arXiv.2401.00001", stdout);
        // Case-protected words survive the title-casing of the default (Chicago) style.
        Assert.Contains("Synthetic-Chat-7B", stdout);
        Assert.Contains("SynthSet-10K", stdout);
    }
}
