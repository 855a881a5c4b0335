using CsCheck;
using Publisher.Importers.Decoding;
using Publisher.Importers.Tests.Common;
using Publisher.Importers.Tests.Fuzz;

namespace Publisher.Importers.Tests.Coverage;

/// <summary>Every arXiv id in an input ends on an entry or in a diagnostic: on every fixture, on generated lists and on the seeds.</summary>
public sealed class CoverageGuaranteeTests
{
    /// <summary>Every reading-list fixture, of every style.</summary>
    public static IEnumerable<object[]> Fixtures() =>
        new[] { "Digest", "Reposted", "Awesome", "GenericMarkdown", "Blocks" }.SelectMany(FixtureCases.Inputs);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Import_Fixture_EveryArxivIdOnAnEntryOrReported(string fixture)
    {
        var (result, _) = FixtureCases.Import(fixture);
        var text = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(FixtureCases.Root, fixture)), fixture).Text;
        Assert.Empty(CoverageInvariant.Unaccounted(text, result));
        Assert.True(result.Coverage is not null, "the coverage pass did not run");
    }

    [Fact]
    public void Import_GeneratedMixedShapes_EveryArxivIdOnAnEntryOrReported()
    {
        var importer = new CatalogImporter(ImporterRegistry.CreateDefault());
        GeneratedLists.Document.Sample(text =>
        {
            var (result, _) = importer.ImportDocument(new SourceDocument("generated.md", text));
            var missing = CoverageInvariant.Unaccounted(text.Replace("\r\n", "\n"), result);
            return missing.Count == 0 && result.Coverage is not null;
        }, iter: FuzzInputs.Iterations, threads: 1);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Import_Seed_EveryArxivIdOnAnEntryOrReportedAndNoEntryAdded(string prefix)
    {
        var (result, _, doc) = SeedImport.Run(prefix);
        Assert.Empty(CoverageInvariant.Unaccounted(doc.Text, result));
        Assert.True(result.Coverage is { Recognised: 0 }, $"the seeds' style importers take every paper link themselves: {result.Coverage}");
    }
}
