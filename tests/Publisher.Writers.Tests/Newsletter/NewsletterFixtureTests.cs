using Publisher.Writers.Newsletter;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>Each fixture catalog, rendered with each shipped style, must give exactly the expected files beside it.</summary>
public class NewsletterFixtureTests
{
    /// <summary>Every (case, style) pair that has expected files.</summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var dir in Directory.GetDirectories(NewsletterTestKit.FixturesDirectory).Order(StringComparer.Ordinal))
            foreach (var style in NewsletterTestKit.Styles)
                if (File.Exists(Path.Combine(dir, "expected", style, "issue-001.md")))
                    data.Add(Path.GetFileName(dir), style);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Write_FixtureCatalog_MatchesExpectedFiles(string fixtureCase, string style)
    {
        var outDir = NewsletterTestKit.TempDirectory();
        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog(fixtureCase), NewsletterTestKit.Request(outDir, style));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var expectedDir = Path.Combine(NewsletterTestKit.FixturesDirectory, fixtureCase, "expected", style);
        foreach (var name in new[] { "issue-001.md", "issue-001.html", "index.html", "feed.xml" })
            Assert.Equal(File.ReadAllText(Path.Combine(expectedDir, name)), File.ReadAllText(Path.Combine(outDir, name)));
    }

    [Fact]
    public void Cases_FixturesFolder_HasBothStylesForEveryCase()
    {
        var cases = Cases();
        Assert.NotEmpty(cases);
        Assert.Equal(Directory.GetDirectories(NewsletterTestKit.FixturesDirectory).Length * NewsletterTestKit.Styles.Length, cases.Count());
    }
}
