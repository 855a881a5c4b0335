using System.Net;
using System.Net.Sockets;
using Publisher.Model;
using Publisher.Model.Serialization;

namespace Publisher.Cli.Tests;

/// <summary>The per-stage verbs as a user runs them. Catalog records are synthetic (invented titles and ids).</summary>
public class StageCommandTests
{
    private static string WriteCatalog(string dir)
    {
        var catalog = new Catalog
        {
            Entries =
            [
                new Entry { Id = "arxiv:2401.00001", Kind = EntryKind.Preprint, Title = "An Invented Study of Toy Widgets", ArxivId = ArxivId.Parse("2401.00001"),
                    Authors = [Person.Of("Ann", "Example")], Date = new PartialDate(2024, 1), Topics = ["虚构主题"],
                    Links = [new Link(LinkKind.Paper, "https://arxiv.org/abs/2401.00001", "paper"), new Link(LinkKind.Code, "https://github.com/example/widgets", "code")],
                    Summaries = [new Summary("一个虚构的摘要。", "zh", "test")], Sources = [new SourceRef("list.md", 3)] },
                new Entry { Id = "title:made-up-survey-00000000", Kind = EntryKind.Paper, Title = "A Made Up Survey of Imaginary Methods", Sources = [new SourceRef("list.md", 9)] },
            ],
        };
        var path = Path.Combine(dir, "catalog.json");
        CatalogJson.Save(catalog, path);
        return path;
    }

    [Fact]
    public void Enrich_ArxivUnreachable_SucceedsSaysSoAndLeavesEntriesUnenriched()
    {
        var dir = CliRunner.TempDir("enrich");
        WriteCatalog(dir);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now: connections are refused
        var (code, stdout, stderr) = CliRunner.Run(dir, "enrich", "catalog.json", "--out", "enriched.json", "--arxiv-url", $"http://127.0.0.1:{port}", "--min-interval", "0", "--cache", "cache");
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("unreachable", stdout + stderr, StringComparison.OrdinalIgnoreCase);
        var enriched = CatalogJson.Load(Path.Combine(dir, "enriched.json"));
        Assert.Equal(2, enriched.Entries.Count);
        Assert.All(enriched.Entries, e => Assert.Null(e.Arxiv));
        Assert.Contains(enriched.Diagnostics, d => d.Severity == Severity.Warning);
    }

    [Fact]
    public void Newsletter_ThenSameIssueAgain_ReproducesItByteForByte()
    {
        var dir = CliRunner.TempDir("newsletter");
        WriteCatalog(dir);
        var (code, stdout, stderr) = CliRunner.Run(dir, "newsletter", "catalog.json", "--out", "news", "--date", "2026-11-20");
        Assert.True(code == 0, stdout + stderr);
        var md = File.ReadAllBytes(Path.Combine(dir, "news", "issue-001.md"));
        var html = File.ReadAllBytes(Path.Combine(dir, "news", "issue-001.html"));
        Assert.Contains("An Invented Study of Toy Widgets", System.Text.Encoding.UTF8.GetString(md));
        Assert.Equal(0, CliRunner.Run(dir, "newsletter", "catalog.json", "--out", "news", "--issue", "1").ExitCode);
        Assert.Equal(md, File.ReadAllBytes(Path.Combine(dir, "news", "issue-001.md")));
        Assert.Equal(html, File.ReadAllBytes(Path.Combine(dir, "news", "issue-001.html")));
    }

    [Fact]
    public void Export_EachFormat_WritesNonEmptyFile()
    {
        var dir = CliRunner.TempDir("export");
        WriteCatalog(dir);
        foreach (var (format, file, marker) in new[] { ("bibtex", "l.bib", "@misc{"), ("ris", "l.ris", "ER  - "), ("csljson", "l.json", "\"title\""), ("csv", "l.csv", "title"), ("zotero-rdf", "l.rdf", "<z:itemType>") })
        {
            var (code, stdout, stderr) = CliRunner.Run(dir, "export", "catalog.json", "--format", format, "--out", file);
            Assert.True(code == 0, format + stdout + stderr);
            Assert.Contains(marker, File.ReadAllText(Path.Combine(dir, file)));
        }
        Assert.Equal(2, CliRunner.Run(dir, "export", "catalog.json", "--format", "docx", "--out", "x").ExitCode);
    }

    [Fact]
    public void Handbook_Catalog_WritesPdf()
    {
        var dir = CliRunner.TempDir("handbook");
        WriteCatalog(dir);
        var (code, stdout, stderr) = CliRunner.Run(dir, "handbook", "catalog.json", "--out", "book.pdf");
        Assert.True(code == 0, stdout + stderr);
        var bytes = File.ReadAllBytes(Path.Combine(dir, "book.pdf"));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public void Handbook_MarkdownChapterGlobAndTopicChapter_WritesPdfAndWarnsOnUnknownKeyWithFileAndLine()
    {
        var dir = CliRunner.TempDir("handbook-chapters");
        WriteCatalog(dir);
        Directory.CreateDirectory(Path.Combine(dir, "chapters"));
        File.WriteAllText(Path.Combine(dir, "chapters", "01-intro.md"), "# Introduction\n\nWidgets [@arxiv:2401.00001] and [@nosuch2024key].\n");
        File.WriteAllText(Path.Combine(dir, "chapters", "02-more.md"), "# More\n\n## A section\n\nSee @example2024invented and $x^2$.\n");
        File.WriteAllText(Path.Combine(dir, "publisher.json"), """
            { "handbook": { "chapters": ["chapters/*.md", { "title": "Widgets", "topics": ["虚构主题"] }], "statistics": false, "contentsDepth": 1, "bibliographyOrder": "author" } }
            """);
        var (code, stdout, stderr) = CliRunner.Run(dir, "handbook", "catalog.json", "--out", "book.pdf", "--config", "publisher.json");
        Assert.True(code == 0, stdout + stderr);
        Assert.True(new FileInfo(Path.Combine(dir, "book.pdf")).Length > 1000);
        Assert.Contains("chapters/01-intro.md", stdout + stderr);
        Assert.Contains("nosuch2024key", stdout + stderr);
        Assert.DoesNotContain("example2024invented", stdout + stderr);
    }

    [Theory]
    [InlineData("""{ "handbook": { "chapters": ["nowhere/*.md"] } }""", "matches no file")]
    [InlineData("""{ "handbook": { "bibliographyOrder": "random" } }""", "bibliographyOrder")]
    [InlineData("""{ "handbook": { "chapters": [{ "title": "X", "topic": ["a"] }] } }""", "unknown chapter key")]
    public void Handbook_BadChapterConfig_ExitsWithUsageError(string config, string message)
    {
        var dir = CliRunner.TempDir("handbook-badconfig");
        WriteCatalog(dir);
        File.WriteAllText(Path.Combine(dir, "publisher.json"), config);
        var (code, stdout, stderr) = CliRunner.Run(dir, "handbook", "catalog.json", "--out", "book.pdf", "--config", "publisher.json");
        Assert.Equal(2, code);
        Assert.Contains(message, stdout + stderr);
        Assert.False(File.Exists(Path.Combine(dir, "book.pdf")));
    }
}
