using System.Text;

namespace Publisher.Importers.Tests;

/// <summary>
/// Renders an import result as stable text for expected-output files (one line per entry, table
/// and diagnostic). Set PUBLISHER_UPDATE_EXPECTED=1 to rewrite the expected files from the importer,
/// then review the diff before committing.
/// </summary>
internal static class ImportSnapshot
{
    public static string Render(ImportResult result)
    {
        var sb = new StringBuilder();
        foreach (var e in result.Entries)
        {
            sb.Append("entry\t").Append(e.Sources[0].Line).Append('\t').Append(e.Kind).Append('\t').Append(e.Title)
              .Append("\tarxiv=").Append(e.ArxivId?.ToString() ?? "-")
              .Append("\ttopic=").Append(string.Join(" | ", e.Topics))
              .Append("\tlinks=").Append(string.Join(" ", e.Links.Select(l => $"{l.Kind}:{l.Url}")))
              .Append("\tsummaries=").Append(string.Join(" ", e.Summaries.Select(s => $"{s.Language}:{s.Text.Length}")))
              .Append('\n');
        }
        foreach (var t in result.Tables)
            sb.Append("table\t").Append(t.Line).Append('\t').Append(t.Topic).Append('\t').Append(string.Join(" | ", t.Header))
              .Append("\trows=").Append(t.Rows.Count).Append('\n');
        foreach (var d in result.Diagnostics)
            sb.Append("diagnostic\t").Append(d.Line).Append('\t').Append(d.Severity).Append('\t').Append(d.Message).Append('\n');
        return sb.ToString();
    }

    /// <summary>Compares with <paramref name="expectedPath"/> (or rewrites it when asked to).</summary>
    public static void AssertMatches(ImportResult result, string expectedPath)
    {
        var actual = Render(result);
        if (Environment.GetEnvironmentVariable("PUBLISHER_UPDATE_EXPECTED") == "1")
        {
            // Write into the source tree, not the copy in bin/.
            var source = Path.Combine(Publisher.Testing.RepoPaths.Root, "tests", "Publisher.Importers.Tests",
                Path.GetRelativePath(AppContext.BaseDirectory, expectedPath));
            Publisher.Model.IO.AtomicFile.WriteAllText(source, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"missing expected file {expectedPath}");
        Assert.Equal(File.ReadAllText(expectedPath).Replace("\r\n", "\n"), actual);
    }

    /// <summary>Input files of a fixture folder (everything except <c>*.expected.txt</c> and <c>*.clean.*</c>).</summary>
    public static TheoryData<string> Inputs(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder)).Order(StringComparer.Ordinal))
            if (!f.EndsWith(".expected.txt", StringComparison.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    public static SourceDocument Load(string folder, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, name);
        var decoded = Publisher.Importers.Decoding.TextDecoder.Decode(File.ReadAllBytes(path), $"Fixtures/{folder}/{name}");
        return new SourceDocument($"Fixtures/{folder}/{name}", decoded.Text, decoded.Encoding);
    }

    public static string ExpectedPath(string folder, string name) =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, Path.GetFileNameWithoutExtension(name) + ".expected.txt");
}
