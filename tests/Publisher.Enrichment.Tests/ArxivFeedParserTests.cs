using Publisher.Enrichment.Arxiv;

namespace Publisher.Enrichment.Tests;

public class ArxivFeedParserTests
{
    private static string Feed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", name));

    [Fact]
    public void Parse_SyntheticFeed_ReadsEveryFieldWithWhitespaceCollapsed()
    {
        var feed = ArxivFeedParser.Parse(Feed("synthetic-records.atom"));
        Assert.Equal(9, feed.TotalResults);
        Assert.Equal(9, feed.Entries.Count);
        var e = feed.Entries[0];
        Assert.Equal("2401.00001v2", e.Id.ToString());
        Assert.Equal("A Synthetic Study of Sparse Attention Routing", e.Title);
        Assert.Equal("We invent a routing scheme for sparse attention. This abstract is synthetic test data.", e.Summary);
        Assert.Equal(["Alice Quillon", "Bo Tanaka-Veld"], e.Authors);
        Assert.Equal(new DateOnly(2024, 1, 2), e.Published);
        Assert.Equal(new DateOnly(2024, 3, 5), e.Updated);
        Assert.Equal("cs.CL", e.PrimaryCategory);
        Assert.Equal(["cs.CL", "cs.LG"], e.Categories);
        Assert.Equal("12 pages, 3 figures", e.Comment);
        Assert.Equal("Journal of Synthetic Results 1 (2024) 1-10", e.JournalRef);
        Assert.Equal("10.5555/synthetic.0001", e.Doi);
        Assert.Equal("http://arxiv.org/pdf/2401.00001v2", e.PdfUrl);
    }

    [Fact]
    public void Parse_LinkWithoutPdfTitle_LeavesPdfUrlEmpty()
    {
        var e = ArxivFeedParser.Parse(Feed("synthetic-records.atom")).Entries.Single(x => x.Id.Base == "2401.00002");
        Assert.Null(e.PdfUrl);
        Assert.Null(e.Doi);
    }

    [Fact]
    public void Parse_ErrorFeed_ReturnsTheMessageAndNoEntries()
    {
        var feed = ArxivFeedParser.Parse(Feed("error.atom"));
        Assert.True(feed.IsError);
        Assert.Equal("incorrect id format for 1234.12345", feed.Error);
        Assert.Empty(feed.Entries);
    }

    [Fact]
    public void Parse_EmptyFeed_HasZeroResults()
    {
        var feed = ArxivFeedParser.Parse(Feed("empty.atom"));
        Assert.False(feed.IsError);
        Assert.Equal(0, feed.TotalResults);
        Assert.Empty(feed.Entries);
    }

    [Fact]
    public void Parse_RateExceededBody_ThrowsFeedException()
    {
        Assert.True(ArxivFeedParser.IsRateExceeded("Rate exceeded.\n"));
        Assert.Throws<ArxivFeedException>(() => ArxivFeedParser.Parse("Rate exceeded."));
    }

    [Fact]
    public void Parse_TruncatedXml_ThrowsAndIsRecognisedAsTruncated()
    {
        var full = Feed("synthetic-records.atom");
        var cut = full[..(full.Length / 2)];
        Assert.True(ArxivFeedParser.LooksTruncated(cut));
        Assert.False(ArxivFeedParser.LooksTruncated(full));
        var e = Assert.Throws<ArxivFeedException>(() => ArxivFeedParser.Parse(cut));
        Assert.Contains("not a well-formed feed", e.Message);
    }

    [Fact]
    public void Parse_DtdWithExternalEntity_IsRefused()
    {
        var e = Assert.Throws<ArxivFeedException>(() => ArxivFeedParser.Parse(Feed("hostile-dtd.atom")));
        Assert.Contains("DTD", e.Message);
    }

    [Fact]
    public void Parse_NotAFeed_Throws() =>
        Assert.Throws<ArxivFeedException>(() => ArxivFeedParser.Parse("<html><body>maintenance</body></html>"));
}
