using System.Text;
using Publisher.Importers;
using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Testing;

namespace Publisher.Writers.Tests.BibTeX;

/// <summary>Catalogs the citation tests write: the synthetic fixtures and the catalog built from the seeds.</summary>
internal static class CitationFixtures
{
    /// <summary>Folder with the fixture files copied beside the tests.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>A fixture catalog by name (<c>tricky</c>) from <c>Fixtures/Citations</c>.</summary>
    public static Catalog Load(string name) => CatalogJson.Load(Path.Combine(Directory, "Citations", name + ".catalog.json"));

    /// <summary>
    /// The seeds imported with every importer this build has, plus the synthetic catalogs (tricky, names), so the
    /// consumers always see real list content (when importers for it exist) and every hard case.
    /// </summary>
    public static Catalog SeedsAndSynthetic()
    {
        var seeds = new CatalogImporter(ImporterRegistry.CreateDefault()).Import([RepoPaths.SeedsDirectory]);
        return new Catalog { Entries = [.. seeds.Entries, .. Load("tricky").Entries, .. Load("names").Entries] };
    }

    /// <summary>Writes a catalog with a writer to a string.</summary>
    public static string Write(ICitationWriter writer, Catalog catalog, CitationWriterOptions options)
    {
        var sw = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        writer.Write(catalog, sw, options);
        return sw.ToString();
    }

    /// <summary>Options named by a fixture variant: <c>default</c>, <c>ascii</c>, <c>biblatex</c>, <c>abstract</c>.</summary>
    public static CitationWriterOptions OptionsFor(string variant) => variant switch
    {
        "default" => CitationWriterOptions.Default,
        "ascii" => new CitationWriterOptions { Ascii = true, WithAbstract = true },
        "biblatex" => new CitationWriterOptions { BibLaTeXTypes = true },
        "abstract" => new CitationWriterOptions { WithAbstract = true },
        _ => throw new ArgumentException($"unknown variant '{variant}'", nameof(variant)),
    };

    /// <summary>Compares text with an expected file; with PUBLISHER_UPDATE_FIXTURES=1 rewrites the source fixture instead.</summary>
    public static void AssertMatchesFile(string actual, string relativeFixture)
    {
        var expectedPath = Path.Combine(Directory, relativeFixture);
        if (Environment.GetEnvironmentVariable("PUBLISHER_UPDATE_FIXTURES") == "1")
        {
            var source = Path.Combine(RepoPaths.Root, "tests", "Publisher.Writers.Tests", "Fixtures", relativeFixture);
            File.WriteAllText(source, actual, new UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(expectedPath), $"missing expected file {relativeFixture}");
        Assert.Equal(File.ReadAllText(expectedPath, Encoding.UTF8), actual);
    }
}
