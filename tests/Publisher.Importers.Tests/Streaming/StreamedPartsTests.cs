using Publisher.Importers.BibTeX;
using Publisher.Importers.CslJson;
using Publisher.Importers.Csv;
using Publisher.Importers.Decoding;
using Publisher.Importers.Ris;
using Publisher.Model;
using Publisher.Model.Serialization;

namespace Publisher.Importers.Tests.Streaming;

/// <summary>
/// Every streaming importer, read in parts of one entry (the hardest cut), gives the entries and the
/// diagnostics, with the same file lines, that reading the whole file gives.
/// </summary>
public class StreamedPartsTests
{
    private static readonly Dictionary<string, IStreamingImporter> Importers = new()
    {
        ["BibTeX"] = new BibTeXImporter(), ["Ris"] = new RisImporter(), ["Csv"] = new CsvImporter(), ["CslJson"] = new CslJsonImporter(),
    };

    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var (folder, ext) in new[] { ("BibTeX", ".bib"), ("Ris", ".ris"), ("Csv", ".csv"), ("CslJson", ".json") })
            foreach (var f in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder), "*" + ext).Order(StringComparer.Ordinal))
                if (!f.EndsWith(".expected.json", StringComparison.Ordinal)) data.Add(folder, Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ImportStream_PartsOfOneEntry_SameEntriesAndLinesAsWholeFile(string folder, string file)
    {
        var importer = Importers[folder];
        var decoded = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, file)), file);
        var document = new SourceDocument(file, decoded.Text, decoded.Encoding);
        var whole = importer.Import(document);

        var entries = new List<Entry>();
        var diagnostics = new List<Diagnostic>();
        var parts = 0;
        importer.ImportStream(new StringReader(document.Text), file, 1, part =>
        {
            parts++;
            entries.AddRange(part.Entries);
            diagnostics.AddRange(part.Diagnostics);
        });

        Assert.True(whole.Entries.Count < 2 || parts > 1, $"{file}: read in one part");
        Assert.Equal(Serialize(whole.Entries, whole.Diagnostics), Serialize(entries, diagnostics));
    }

    // The BibTeX reader copies runs of whole lines and looks for carriage returns itself.
    public static TheoryData<string, string> BibTeXFixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Fixtures().Where(r => (string)r[0] == "BibTeX")) data.Add((string)row[0], (string)row[1]);
        return data;
    }

    [Theory]
    [MemberData(nameof(BibTeXFixtures))]
    public void ImportStream_MixedLineEndings_SameEntriesAndLinesAsWholeFile(string folder, string file)
    {
        var importer = Importers[folder];
        var decoded = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, file)), file);
        // Every other line ends in CRLF, every third of the rest in a lone CR: the runs of plain LF lines are short.
        var lines = decoded.Text.Replace("\r\n", "\n").Split('\n');
        var text = string.Concat(lines.Select((l, i) => l + (i == lines.Length - 1 ? "" : i % 2 == 0 ? "\r\n" : i % 3 == 0 ? "\r" : "\n")));
        var whole = importer.Import(new SourceDocument(file, text, decoded.Encoding));

        var entries = new List<Entry>();
        var diagnostics = new List<Diagnostic>();
        importer.ImportStream(new StringReader(text), file, 1, part =>
        {
            entries.AddRange(part.Entries);
            diagnostics.AddRange(part.Diagnostics);
        });

        Assert.Equal(Serialize(whole.Entries, whole.Diagnostics), Serialize(entries, diagnostics));
    }

    private static string Serialize(IReadOnlyList<Entry> entries, IEnumerable<Diagnostic> diagnostics) =>
        CatalogJson.Serialize(new Catalog { Entries = entries, Diagnostics = diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Message, StringComparer.Ordinal).ToArray() });
}
