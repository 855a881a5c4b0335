using Publisher.Model;
using Publisher.Writers.Newsletter;
using Publisher.Writers.Newsletter.Ledger;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>The ledger: no entry twice, numbers only increase, an existing issue regenerates byte for byte.</summary>
public class NewsletterLedgerTests
{
    private static readonly NewsletterSelection TwoAtATime = new() { Max = 2 };

    [Fact]
    public void Write_SuccessiveIssues_NoEntryRepeatsAndNumbersIncrease()
    {
        var catalog = NewsletterTestKit.LoadCatalog("mixed");
        var outDir = NewsletterTestKit.TempDirectory();
        var issues = new List<NewsletterResult>();
        for (var i = 0; i < 4; i++)
            issues.Add(NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir, selection: TwoAtATime)));

        Assert.Equal([1, 2, 3], issues.Take(3).Select(r => r.IssueNumber!.Value));
        Assert.Null(issues[3].IssueNumber);
        Assert.Contains(issues[3].Diagnostics, d => d.Code == "NL001");
        var ids = issues.SelectMany(r => r.EntryIds).ToList();
        Assert.Equal(catalog.Entries.Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var ledger = NewsletterLedger.Load(Path.Combine(outDir, "ledger.json"));
        Assert.Equal([1, 2, 3], ledger.Issues.Select(i => i.Number));
        Assert.Equal(["feed.xml", "index.html", "issue-001.html", "issue-001.md", "issue-002.html", "issue-002.md", "issue-003.html", "issue-003.md", "ledger.json"],
            NewsletterTestKit.FilesIn(outDir));
    }

    [Fact]
    public void Write_NewestFirst_FirstIssueTakesTheNewestEntries()
    {
        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(NewsletterTestKit.TempDirectory(), selection: TwoAtATime));
        Assert.Equal(["arxiv:2401.00001", "arxiv:2401.00002"], result.EntryIds);
    }

    [Theory]
    [InlineData("digest")]
    [InlineData("weekly")]
    public void Write_ExistingIssueNumber_RegeneratesByteForByte(string style)
    {
        var catalog = NewsletterTestKit.LoadCatalog("mixed");
        var outDir = NewsletterTestKit.TempDirectory();
        NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir, style, selection: TwoAtATime));
        NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir, style, selection: TwoAtATime));
        var md = File.ReadAllBytes(Path.Combine(outDir, "issue-001.md"));
        var html = File.ReadAllBytes(Path.Combine(outDir, "issue-001.html"));
        var ledger = File.ReadAllBytes(Path.Combine(outDir, "ledger.json"));
        File.Delete(Path.Combine(outDir, "issue-001.md"));
        File.Delete(Path.Combine(outDir, "issue-001.html"));

        // Different date, style and selection on the command line: the ledger's record wins.
        var again = NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir, style: null, issue: 1,
            selection: new NewsletterSelection { Max = 5, Topics = ["Evaluation"] }) with { Date = new DateOnly(2030, 1, 1) });

        Assert.True(again.Regenerated);
        Assert.False(again.HasErrors, string.Join("\n", again.Diagnostics));
        Assert.Equal(md, File.ReadAllBytes(Path.Combine(outDir, "issue-001.md")));
        Assert.Equal(html, File.ReadAllBytes(Path.Combine(outDir, "issue-001.html")));
        Assert.Equal(ledger, File.ReadAllBytes(Path.Combine(outDir, "ledger.json")));
    }

    [Fact]
    public void Write_RegeneratedIssueDiffers_WarnsThatCatalogChanged()
    {
        var catalog = NewsletterTestKit.LoadCatalog("mixed");
        var outDir = NewsletterTestKit.TempDirectory();
        var first = NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir, selection: TwoAtATime));
        var changed = catalog with { Entries = [.. catalog.Entries.Select(e => e.Id == first.EntryIds[0] ? e with { Title = "A Retitled Synthetic Study" } : e)] };

        var again = NewsletterWriter.Write(changed, NewsletterTestKit.Request(outDir, issue: 1));

        Assert.Contains(again.Diagnostics, d => d.Code == "NL003" && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Write_IssueNumberBelowLastNotInLedger_RefusedAndNothingWritten()
    {
        var catalog = NewsletterTestKit.LoadCatalog("mixed");
        var outDir = NewsletterTestKit.TempDirectory();
        NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir, issue: 5, selection: TwoAtATime));
        var before = NewsletterTestKit.FilesIn(outDir);

        var result = NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir, issue: 3));

        Assert.Contains(result.Diagnostics, d => d.Code == "NL014" && d.Message.Contains("next issue is 6"));
        Assert.Equal(before, NewsletterTestKit.FilesIn(outDir));
    }

    [Fact]
    public void Write_RegenerationWithEntryMissingFromCatalog_Refused()
    {
        var catalog = NewsletterTestKit.LoadCatalog("mixed");
        var outDir = NewsletterTestKit.TempDirectory();
        var first = NewsletterWriter.Write(catalog, NewsletterTestKit.Request(outDir, selection: TwoAtATime));
        var smaller = catalog with { Entries = [.. catalog.Entries.Where(e => e.Id != first.EntryIds[1])] };

        var result = NewsletterWriter.Write(smaller, NewsletterTestKit.Request(outDir, issue: 1));

        Assert.Contains(result.Diagnostics, d => d.Code == "NL013" && d.Message.Contains(first.EntryIds[1]));
    }

    [Fact]
    public void Write_LedgerOutsideOutputFolder_Refused()
    {
        var outDir = NewsletterTestKit.TempDirectory();
        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"),
            NewsletterTestKit.Request(Path.Combine(outDir, "news")) with { LedgerPath = Path.Combine(outDir, "..", "ledger.json") });

        Assert.Contains(result.Diagnostics, d => d.Code == "NL010");
        Assert.False(Directory.Exists(Path.Combine(outDir, "news")));
        Assert.False(File.Exists(Path.Combine(outDir, "..", "ledger.json")));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"schema\":\"other/1\",\"issues\":[]}")]
    [InlineData("{\"schema\":\"publisher-newsletter-ledger/1\",\"issues\":[{\"number\":1,\"date\":\"2024-02-01\",\"style\":\"digest\"},{\"number\":1,\"date\":\"2024-02-02\",\"style\":\"digest\"}]}")]
    [InlineData("{\"schema\":\"publisher-newsletter-ledger/1\",\"issues\":[{\"number\":1,\"date\":\"yesterday\",\"style\":\"digest\"}]}")]
    public void Write_CorruptLedger_ErrorNamesLedgerAndNothingWritten(string ledgerText)
    {
        var outDir = NewsletterTestKit.TempDirectory();
        var ledgerPath = Path.Combine(outDir, "ledger.json");
        File.WriteAllText(ledgerPath, ledgerText);

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(outDir));

        Assert.Contains(result.Diagnostics, d => d.Code == "NL011" && d.File == ledgerPath);
        Assert.Equal(["ledger.json"], NewsletterTestKit.FilesIn(outDir));
        Assert.Equal(ledgerText, File.ReadAllText(ledgerPath));
    }

    [Fact]
    public void Write_NoDateGiven_TakesTodayFromInjectedClock()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2025, 3, 9, 23, 30, 0, TimeSpan.Zero));
        var outDir = NewsletterTestKit.TempDirectory();

        NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(outDir) with { Date = null, TimeProvider = clock });

        Assert.Equal("2025-03-09", NewsletterLedger.Load(Path.Combine(outDir, "ledger.json")).Issues.Single().Date);
        Assert.Contains("（2025-03-09）", File.ReadAllText(Path.Combine(outDir, "issue-001.md")));
    }

    [Fact]
    public void Write_OutputPathIsAFile_ReportsErrorAndKeepsLedger()
    {
        var parent = NewsletterTestKit.TempDirectory();
        var blocked = Path.Combine(parent, "blocked");
        File.WriteAllText(blocked, "a file where the output folder should be");

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(blocked));

        Assert.Contains(result.Diagnostics, d => d.Code == "NL030" && d.Severity == Severity.Error);
        Assert.Null(result.MarkdownPath);
    }
}
