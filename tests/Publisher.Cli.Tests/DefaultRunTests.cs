using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Testing;

namespace Publisher.Cli.Tests;

/// <summary>The README's first command, on the bundled samples: every output appears, offline.</summary>
public class DefaultRunTests
{
    [Fact]
    public void Build_BundledSamplesOffline_WritesEveryOutputAndExitsZero()
    {
        var work = CliRunner.TempDir("default");
        // As the repository's publisher.json: the samples plus the survey chapter in samples/handbook/.
        var samples = RepoPaths.Samples.Replace("\\", "/");
        File.WriteAllText(Path.Combine(work, "publisher.json"),
            $$"""{ "inputs": ["{{samples}}"], "output": "out", "enrich": { "offline": true }, "handbook": { "chapters": ["{{samples}}/handbook/*.md"] } }""");
        var (code, stdout, stderr) = CliRunner.Run(work, "build");
        Assert.True(code == 0, stdout + stderr);
        var outDir = Path.Combine(work, "out");
        foreach (var file in new[] { "catalog.json", "library.bib", "library.ris", "library.json", "library.csv", "library.rdf", "handbook.pdf", "newsletter/issue-001.md", "newsletter/issue-001.html", "newsletter/ledger.json" })
            Assert.True(File.Exists(Path.Combine(outDir, file)) && new FileInfo(Path.Combine(outDir, file)).Length > 0, $"missing output {file}\n{stdout}");
        var catalog = CatalogJson.Load(Path.Combine(outDir, "catalog.json"));
        // Every sample style is recognised by its own importer, not by the fallback.
        Assert.Equal(
            new[] { "awesome", "catalogue", "digest", "idlist", "reposted", "survey" },
            catalog.Inputs.Select(i => i.Importer).Distinct().Order(StringComparer.Ordinal).ToArray());
        Assert.DoesNotContain(catalog.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(catalog.Inputs, i => i.RepairedChars > 0);
    }

    [Fact]
    public void Build_RunTwiceSameDay_ByteIdenticalOutputs()
    {
        var work = CliRunner.TempDir("twice");
        File.WriteAllText(Path.Combine(work, "publisher.json"),
            $$"""{ "inputs": ["{{RepoPaths.Samples.Replace("\\", "/")}}"], "output": "out", "enrich": { "offline": true }, "newsletter": { "enabled": false } }""");
        Assert.Equal(0, CliRunner.Run(work, "build").ExitCode);
        var first = Directory.GetFiles(Path.Combine(work, "out"), "library.*").Append(Path.Combine(work, "out", "catalog.json")).Append(Path.Combine(work, "out", "handbook.pdf"))
            .ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(0, CliRunner.Run(work, "build").ExitCode);
        foreach (var (file, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(file)), $"{Path.GetFileName(file)} changed between runs");
    }
}
