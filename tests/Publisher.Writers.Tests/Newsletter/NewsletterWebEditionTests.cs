using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Publisher.Model;
using Publisher.Writers.Newsletter;
using Publisher.Writers.Newsletter.Web;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>The web edition: styled pages, the archive and the Atom feed written beside the issues.</summary>
public class NewsletterWebEditionTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly NewsletterSelection TwoAtATime = new() { Max = 2 };

    private static string ThreeIssues(string style, string? baseUrl = null) =>
        NewsletterTestKit.ThreeIssues(NewsletterTestKit.LoadCatalog("mixed"), style, baseUrl);

    private static string[] HtmlFiles(string dir) => NewsletterTestKit.FilesIn(dir).Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToArray();

    [Theory]
    [InlineData("digest")]
    [InlineData("weekly")]
    public void Write_ThreeIssues_EveryPageParsesWithoutHtmlErrors(string style)
    {
        var outDir = ThreeIssues(style);

        Assert.Equal(["index.html", "issue-001.html", "issue-002.html", "issue-003.html"], HtmlFiles(outDir));
        foreach (var name in HtmlFiles(outDir))
        {
            var (document, errors) = HtmlChecks.Parse(File.ReadAllText(Path.Combine(outDir, name)));
            Assert.True(errors.Count == 0, $"{name}:\n{string.Join("\n", errors)}");
            Assert.NotNull(document.QuerySelector("meta[name=viewport]"));
            Assert.NotNull(document.QuerySelector("head style"));
        }
    }

    [Theory]
    [InlineData("digest")]
    [InlineData("weekly")]
    public void Write_ThreeIssues_EveryLocalLinkResolves(string style)
    {
        var outDir = ThreeIssues(style);

        Assert.Empty(HtmlFiles(outDir).SelectMany(name => HtmlChecks.BrokenLocalLinks(outDir, name)));
    }

    [Fact]
    public void Write_ThreeIssues_PagesLinkToTheirNeighboursAndTheArchive()
    {
        var outDir = ThreeIssues("digest");
        string? Href(string page, string selector) =>
            HtmlChecks.Parse(File.ReadAllText(Path.Combine(outDir, page))).Document.QuerySelector(selector)?.GetAttribute("href");

        Assert.Null(Href("issue-001.html", "a[rel=prev]"));
        Assert.Equal("issue-002.html", Href("issue-001.html", "a[rel=next]"));
        Assert.Equal("issue-001.html", Href("issue-002.html", "a[rel=prev]"));
        Assert.Equal("issue-003.html", Href("issue-002.html", "a[rel=next]"));
        Assert.Equal("issue-002.html", Href("issue-003.html", "a[rel=prev]"));
        Assert.Null(Href("issue-003.html", "a[rel=next]"));
        Assert.All(new[] { "issue-001.html", "issue-002.html", "issue-003.html" }, p => Assert.Equal("index.html", Href(p, "a.archive")));
    }

    [Fact]
    public void Write_ThreeIssues_ArchiveListsEveryIssueNewestFirstWithCountsAndTopics()
    {
        var outDir = ThreeIssues("digest");
        var ledger = Publisher.Writers.Newsletter.Ledger.NewsletterLedger.Load(Path.Combine(outDir, "ledger.json"));

        var items = HtmlChecks.Parse(File.ReadAllText(Path.Combine(outDir, "index.html"))).Document.QuerySelectorAll(".archive-list > li");

        Assert.Equal(["issue-003.html", "issue-002.html", "issue-001.html"], items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.All(items, li => Assert.Contains("2 篇", li.TextContent));
        Assert.Equal(["2024-02-03", "2024-02-02", "2024-02-01"], items.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")));
        // Topics are the headings the issue's own Markdown shows.
        foreach (var (li, issue) in items.Zip(ledger.Issues.Reverse()))
        {
            var markdown = File.ReadAllText(Path.Combine(outDir, $"issue-{issue.Number:D3}.md"));
            var topics = li.QuerySelectorAll(".topics li").Select(t => t.TextContent).ToList();
            Assert.NotEmpty(topics);
            Assert.All(topics, t => Assert.Contains("#### " + t, markdown));
        }
    }

    [Theory]
    [InlineData("digest")]
    [InlineData("weekly")]
    public void Write_ThreeIssues_FeedIsAtomWithOneEntryPerIssue(string style)
    {
        var outDir = ThreeIssues(style);
        var path = Path.Combine(outDir, "feed.xml");

        var xml = XDocument.Load(path);
        Assert.Equal(Atom + "feed", xml.Root!.Name);
        var entries = xml.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal(3, entries.Select(e => (string)e.Element(Atom + "id")!).Distinct().Count());
        Assert.Equal(["2024-02-03T00:00:00Z", "2024-02-02T00:00:00Z", "2024-02-01T00:00:00Z"], entries.Select(e => (string)e.Element(Atom + "updated")!));
        Assert.Equal("2024-02-03T00:00:00Z", (string)xml.Root.Element(Atom + "updated")!);
        using var reader = XmlReader.Create(path);
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        var items = formatter.Feed.Items.ToList();
        Assert.Equal(["issue-003.html", "issue-002.html", "issue-001.html"], items.Select(i => i.Links.Single(l => l.RelationshipType == "alternate").Uri.OriginalString));
        foreach (var (item, number) in items.Zip(new[] { 3, 2, 1 }))
        {
            // The content is the issue's HTML: the same fragment the page's <main> holds.
            var content = Assert.IsType<TextSyndicationContent>(item.Content);
            Assert.Equal("html", content.Type);
            var main = HtmlChecks.Parse(File.ReadAllText(Path.Combine(outDir, $"issue-{number:D3}.html"))).Document.QuerySelector("main")!;
            Assert.Equal(main.InnerHtml.Trim(), content.Text.Trim());
        }
    }

    [Fact]
    public void Write_BaseUrl_FeedLinksAbsoluteAndIdsTaggedWithItsHost()
    {
        var outDir = ThreeIssues("weekly", "https://news.example.org/papers");

        var xml = XDocument.Load(Path.Combine(outDir, "feed.xml"));
        var entry = xml.Root!.Elements(Atom + "entry").First();
        Assert.Equal("https://news.example.org/papers/issue-003.html", (string)entry.Element(Atom + "link")!.Attribute("href")!);
        Assert.Equal("tag:news.example.org,2024-02-01:newsletter/issue-3", (string)entry.Element(Atom + "id")!);
    }

    [Theory]
    [InlineData("ftp://example.org/")]
    [InlineData("example.org/news")]
    [InlineData("https://example.org/?page=1")]
    public void Write_BadBaseUrl_RefusedAndNothingWritten(string baseUrl)
    {
        var outDir = Path.Combine(NewsletterTestKit.TempDirectory(), "out");

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(outDir) with { BaseUrl = baseUrl });

        Assert.Contains(result.Diagnostics, d => d.Code == "NL015" && d.Severity == Severity.Error);
        Assert.False(Directory.Exists(outDir));
    }

    [Theory]
    [InlineData("digest")]
    [InlineData("weekly")]
    public void Write_RegeneratingEveryIssue_PagesArchiveAndFeedByteIdentical(string style)
    {
        var outDir = ThreeIssues(style);
        var names = new[] { "issue-001.html", "issue-002.html", "issue-003.html", "index.html", "feed.xml" };
        var before = names.ToDictionary(n => n, n => File.ReadAllBytes(Path.Combine(outDir, n)));
        foreach (var name in names) File.Delete(Path.Combine(outDir, name));

        foreach (var number in new[] { 2, 1, 3 })
        {
            var again = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(outDir, style: null, issue: number));
            Assert.True(again.Regenerated);
            Assert.False(again.HasErrors, string.Join("\n", again.Diagnostics));
        }

        Assert.All(names, n => Assert.Equal(before[n], File.ReadAllBytes(Path.Combine(outDir, n))));
    }

    [Fact]
    public void Write_NewIssue_OnlyChangeToOlderPagesIsThePreviousNewestGainingItsNextLink()
    {
        var catalog = NewsletterTestKit.LoadCatalog("mixed");
        var outDir = NewsletterTestKit.TempDirectory();
        NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir, selection: TwoAtATime));
        NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir, selection: TwoAtATime));
        var first = File.ReadAllBytes(Path.Combine(outDir, "issue-001.html"));
        var second = File.ReadAllText(Path.Combine(outDir, "issue-002.html"));

        NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir, selection: TwoAtATime));

        Assert.Equal(first, File.ReadAllBytes(Path.Combine(outDir, "issue-001.html")));
        var (after, _) = HtmlChecks.Parse(File.ReadAllText(Path.Combine(outDir, "issue-002.html")));
        var nextLinks = after.QuerySelectorAll("a[rel=next]");
        Assert.NotEmpty(nextLinks);
        Assert.All(nextLinks, a => Assert.Equal("issue-003.html", a.GetAttribute("href")));
        foreach (var link in nextLinks) link.Remove();
        var (expected, _) = HtmlChecks.Parse(second);
        Assert.Equal(Normalise(expected.DocumentElement.OuterHtml), Normalise(after.DocumentElement.OuterHtml));

        static string Normalise(string html) => string.Join("\n", html.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    [Fact]
    public void Write_PreviousIssueMarkdownMissing_WarnsAndLeavesItsPage()
    {
        var catalog = NewsletterTestKit.LoadCatalog("mixed");
        var outDir = NewsletterTestKit.TempDirectory();
        NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir, selection: TwoAtATime));
        var page = File.ReadAllBytes(Path.Combine(outDir, "issue-001.html"));
        File.Delete(Path.Combine(outDir, "issue-001.md"));

        var result = NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir, selection: TwoAtATime));

        Assert.Equal(2, result.IssueNumber);
        Assert.Contains(result.Diagnostics, d => d.Code == "NL004" && d.Severity == Severity.Warning && d.Message.Contains("--issue 1"));
        Assert.Contains(result.Diagnostics, d => d.Code == "NL005" && d.Message.Contains("issue 1"));
        Assert.Equal(page, File.ReadAllBytes(Path.Combine(outDir, "issue-001.html")));
        Assert.Equal(2, XDocument.Load(Path.Combine(outDir, "feed.xml")).Root!.Elements(Atom + "entry").Count());
    }

    [Fact]
    public void Write_NothingLeftToPublish_ArchiveAndFeedRewrittenFromTheLedger()
    {
        var catalog = NewsletterTestKit.LoadCatalog("mixed");
        var outDir = NewsletterTestKit.TempDirectory();
        NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir));
        var index = File.ReadAllBytes(Path.Combine(outDir, "index.html"));
        File.Delete(Path.Combine(outDir, "index.html"));
        File.Delete(Path.Combine(outDir, "feed.xml"));

        var result = NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir));

        Assert.Null(result.IssueNumber);
        Assert.Contains(result.Diagnostics, d => d.Code == "NL001");
        Assert.Equal(index, File.ReadAllBytes(Path.Combine(outDir, "index.html")));
        Assert.True(File.Exists(Path.Combine(outDir, "feed.xml")));
    }

    [Fact]
    public void Write_TemplateSetWithoutPageOrArchive_BareDocumentAndFeedOnly()
    {
        var templates = NewsletterTestKit.TemplateFolder(("issue.scriban", "# Custom {{ issue.number }}\n\n{{ issue.entry_count }} entries\n"));
        var outDir = NewsletterTestKit.TempDirectory();

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(outDir, templates: templates));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(["feed.xml", "issue-001.html", "issue-001.md", "ledger.json"], NewsletterTestKit.FilesIn(outDir));
        Assert.Null(result.ArchivePath);
        var (page, errors) = HtmlChecks.Parse(File.ReadAllText(result.HtmlPath!));
        Assert.Empty(errors);
        Assert.Null(page.QuerySelector("style"));
        Assert.Equal(NewsletterWebEdition.DefaultFeedTitle, (string)XDocument.Load(result.FeedPath!).Root!.Element(Atom + "title")!);
    }

    [Theory]
    [InlineData("page.scriban", "<html>{{ page.no_such_field }}</html>")]
    [InlineData("page.scriban", "<html>{{ if }}</html>")]
    [InlineData("archive.scriban", "<html>{{ for item in archive.issues }}{{ item.nope }}{{ end }}</html>")]
    public void Write_WebTemplateError_LocatedAndNothingWritten(string file, string text)
    {
        var templates = NewsletterTestKit.TemplateFolder(("issue.scriban", "# T\n"), (file, text));
        var outDir = Path.Combine(NewsletterTestKit.TempDirectory(), "out");

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(outDir, templates: templates));

        Assert.NotEmpty(result.TemplateErrors);
        Assert.All(result.TemplateErrors, e => Assert.Equal(file, e.File));
        Assert.Equal(1, result.TemplateErrors[0].Line);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Write_PageIncludingOutsideTheFolder_Refused()
    {
        var templates = NewsletterTestKit.TemplateFolder(("issue.scriban", "# T\n"), ("page.scriban", "<style>{{ include \"../style.css\" }}</style>"));
        var outDir = Path.Combine(NewsletterTestKit.TempDirectory(), "out");

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(outDir, templates: templates));

        var error = Assert.Single(result.TemplateErrors);
        Assert.Equal("page.scriban", error.File);
        Assert.Contains("refused", error.Message);
        Assert.False(Directory.Exists(outDir));
    }
}
