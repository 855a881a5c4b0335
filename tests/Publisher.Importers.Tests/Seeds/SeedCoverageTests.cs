using Publisher.Model;
using Publisher.Testing;

namespace Publisher.Importers.Tests.Seeds;

/// <summary>The whole import stage (detection, decoding, every importer, merge) over the five real lists.</summary>
public class SeedCoverageTests
{
    private static Catalog ImportSeeds(params string[] prefixes) =>
        new CatalogImporter(ImporterRegistry.CreateDefault()).Import(prefixes.Select(RepoPaths.Seed));

    [Fact]
    public void Import_Seeds000To003_FindsEveryDistinctArxivIdAndReportsTheMalformedOne()
    {
        var catalog = ImportSeeds("000", "001", "002", "003");
        // Every id-shaped arXiv reference written in the four files, found independently with a regex.
        var written = new HashSet<string>(StringComparer.Ordinal);
        var malformed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var prefix in new[] { "000", "001", "002", "003" })
        {
            var text = Publisher.Importers.Decoding.TextDecoder.Decode(File.ReadAllBytes(RepoPaths.Seed(prefix)), prefix).Text;
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,6})"))
            {
                if (ArxivId.TryParse(m.Groups[1].Value, out var id)) written.Add(id.Base); else malformed.Add(m.Groups[1].Value);
            }
        }
        var found = catalog.Entries.Where(e => e.ArxivId is not null).Select(e => e.ArxivId!.Base).ToHashSet();
        Assert.Empty(written.Except(found));
        // The issue counts 68 ids across 000–003: 67 valid ones plus 2210.107605, which is one digit too long.
        Assert.Equal(67, written.Count);
        Assert.Equal(["2210.107605"], malformed);
        Assert.Contains(catalog.Diagnostics, d => d.Message.Contains("2210.107605") && d.Severity >= Severity.Warning && d.Line > 0);
    }

    [Fact]
    public void Import_EachSeed_ChosenByContentWithTheMatchingStyle()
    {
        var expected = new Dictionary<string, string> { ["000"] = "digest", ["001"] = "reposted", ["002"] = "awesome", ["003"] = "catalogue", ["004"] = "survey" };
        var catalog = ImportSeeds("000", "001", "002", "003", "004");
        foreach (var (prefix, importer) in expected)
            Assert.Equal(importer, catalog.Inputs.Single(i => Path.GetFileName(i.File).StartsWith(prefix, StringComparison.Ordinal)).Importer);
        Assert.All(catalog.Entries, e => Assert.NotEmpty(e.Sources));
        Assert.All(catalog.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Title), e.Id));
    }

    [Fact]
    public void Import_SeedsTwice_ByteIdenticalCatalog()
    {
        var a = Publisher.Model.Serialization.CatalogJson.Serialize(ImportSeeds("000", "001", "002", "003", "004"));
        var b = Publisher.Model.Serialization.CatalogJson.Serialize(ImportSeeds("000", "001", "002", "003", "004"));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Import_Seed003_RepairsDamagedHeadingsVerbatim()
    {
        var catalog = ImportSeeds("003");
        var json = Publisher.Model.Serialization.CatalogJson.Serialize(catalog);

        foreach (var expected in new[] { "高效对齐算法RAFT「木筏」", "LLaMA复刻版OpenLLaMA", "LLMPruner：大语言模型裁剪工具", "Alpaca-LoRA" })
            Assert.Contains(expected, json);
        var input = Assert.Single(catalog.Inputs);
        Assert.Equal(catalog.Diagnostics.Count(d => d.Code == "PUB013"), input.UncertainChars);
    }
}
