using Publisher.Model;
using Publisher.Model.Serialization;

namespace Publisher.Cli.Tests;

/// <summary><c>publisher export</c>'s abstract flags (issue 13): on by default in RIS, CSL-JSON and Zotero RDF; BibTeX opt-in; <c>--no-abstract</c> wins.</summary>
public class ExportAbstractTests
{
    private const string Abstract = "An invented abstract for the flag tests.";

    private static string Catalog(string dir)
    {
        var catalog = new Catalog
        {
            Entries =
            [
                new Entry { Id = "title:invented-flag-study-00000000", Kind = EntryKind.Paper, Title = "An Invented Flag Study",
                    Summaries = [new Summary(Abstract, "en", "arxiv")], Sources = [new SourceRef("list.md", 1)] },
            ],
        };
        var path = Path.Combine(dir, "catalog.json");
        CatalogJson.Save(catalog, path);
        return path;
    }

    [Theory]
    [InlineData("ris", "l.ris", new string[0], true)]
    [InlineData("csljson", "l.json", new string[0], true)]
    [InlineData("zotero-rdf", "l.rdf", new string[0], true)]
    [InlineData("bibtex", "l.bib", new string[0], false)]
    [InlineData("bibtex", "l.bib", new[] { "--with-abstract" }, true)]
    [InlineData("ris", "l.ris", new[] { "--no-abstract" }, false)]
    [InlineData("csljson", "l.json", new[] { "--no-abstract" }, false)]
    [InlineData("zotero-rdf", "l.rdf", new[] { "--no-abstract" }, false)]
    [InlineData("bibtex", "l.bib", new[] { "--with-abstract", "--no-abstract" }, false)]
    public void Export_AbstractFlags_AbstractWrittenOnlyWhenExpected(string format, string file, string[] flags, bool expected)
    {
        var dir = CliRunner.TempDir("abstract-" + format);
        Catalog(dir);
        var (code, stdout, stderr) = CliRunner.Run(dir, ["export", "catalog.json", "--format", format, "--out", file, .. flags]);
        Assert.True(code == 0, stdout + stderr);
        Assert.Equal(expected, File.ReadAllText(Path.Combine(dir, file)).Contains(Abstract, StringComparison.Ordinal));
    }
}
