using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Testing;

namespace Publisher.Importers.Tests;

/// <summary>
/// <c>publisher import</c> writes the catalog from entries held as bytes (issue 11): the file must be exactly
/// what saving the catalog <see cref="CatalogImporter.Import"/> returns gives, merges and clash warnings included.
/// </summary>
public class ImportToFileTests
{
    private static void AssertSameAsImport(IReadOnlyList<string> inputs, string displayBase, long streamingThreshold = 32L << 20)
    {
        var importer = new CatalogImporter(ImporterRegistry.CreateDefault()) { StreamingThreshold = streamingThreshold };
        var expected = importer.Import(inputs, displayBase: displayBase);
        var path = Path.Combine(Directory.CreateTempSubdirectory("import-to-file").FullName, "catalog.json");
        var (catalog, entries) = importer.ImportToFile(inputs, path, displayBase: displayBase);
        Assert.Equal(CatalogJson.Serialize(expected), File.ReadAllText(path));
        Assert.Equal(expected.Entries.Count, entries);
        Assert.Empty(catalog.Entries);
        Assert.Equal(expected.Diagnostics, catalog.Diagnostics);
    }

    [Fact]
    public void ImportToFile_FiveSeeds_WritesTheBytesOfTheImportedCatalog()
    {
        // The real lists: merges across files, Chinese headlines, identifier clashes, tables.
        if (!RepoPaths.HasSeeds) return;
        AssertSameAsImport(new[] { "000", "001", "002", "003", "004" }.Select(RepoPaths.Seed).ToList(), RepoPaths.SeedsDirectory);
    }

    [Theory]
    [InlineData("BibTeX", 32L << 20)]
    [InlineData("BibTeX", 0L)] // every file streamed in chunks
    [InlineData("Ris", 0L)]
    [InlineData("Csv", 32L << 20)]
    [InlineData("CslJson", 32L << 20)]
    public void ImportToFile_FixtureFolder_WritesTheBytesOfTheImportedCatalog(string folder, long streamingThreshold)
    {
        var dir = Path.Combine("Fixtures", folder);
        AssertSameAsImport([dir], dir, streamingThreshold);
    }

    [Fact]
    public void ImportToFile_SameIdDifferentTitlesInTwoFiles_MergesAndWarnsLikeImport()
    {
        // Synthetic BibTeX: one arXiv id under two titles, plus a near-duplicate title with a second spelling.
        var dir = Directory.CreateTempSubdirectory("import-to-file-merge").FullName;
        File.WriteAllText(Path.Combine(dir, "a.bib"), "@article{a,\n  title = {Invented Widgets for Toy Problems},\n  eprint = {2401.00012},\n  archivePrefix = {arXiv},\n  keywords = {toy, widgets}\n}\n\n@misc{c,\n  title = {Training invented models to follow synthetic instructions}\n}\n");
        File.WriteAllText(Path.Combine(dir, "b.bib"), "\n@misc{b,\n  title = {A Completely Different Made Up Survey},\n  eprint = {2401.00012v2},\n  archivePrefix = {arXiv},\n  keywords = {widgets, survey}\n}\n\n@misc{d,\n  title = {Training invented model to follow synthetic instructions}\n}\n");
        AssertSameAsImport([dir], dir);
    }

    [Fact]
    public void ImportToFile_NoInputs_WritesAnEmptyCatalogLikeSave()
    {
        var dir = Directory.CreateTempSubdirectory("import-to-file-empty").FullName;
        AssertSameAsImport([Path.Combine(dir, "missing.bib")], dir);
    }
}
