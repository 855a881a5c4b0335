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

    /// <summary>300 synthetic entries whose titles and names mix every character that is hard for LaTeX (fixed seed).</summary>
    public static Catalog RandomCatalog()
    {
        // Fixed seed: the same 300 synthetic titles every run, built from the characters that are hard for LaTeX.
        const string pool = "abcXYZ019 -–—'`\"{}[]()\\$&%#_~^@,.:;!?/éüñçøßÅŁ中文标题🚀";
        var random = new Random(20261125);
        var entries = new List<Entry>();
        for (var i = 0; i < 300; i++)
        {
            var chars = Enumerable.Range(0, random.Next(1, 40)).Select(_ => pool[random.Next(pool.Length)]).ToArray();
            var title = string.Join(' ', new string(chars).Replace("\uD83D", "").Replace("\uDE80", "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (title.Length == 0) title = "x";
            var family = new string(Enumerable.Range(0, random.Next(1, 10)).Select(_ => pool[random.Next(pool.Length)]).Where(c => c is not (' ' or ',') && !char.IsSurrogate(c)).ToArray());
            entries.Add(new Entry { Id = "r:" + i, Title = title, Authors = family.Length == 0 ? [] : [Person.Of("Ana", "Q" + family)] });
        }
        return new Catalog { Entries = entries };
    }

    /// <summary>Expected-output files of one format folder (<c>BibTeX</c>, <c>*.bib</c>), for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> ExpectedFiles(string folder, string pattern)
    {
        var data = new TheoryData<string>();
        foreach (var f in System.IO.Directory.EnumerateFiles(Path.Combine(Directory, folder), pattern).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }
}
