using Publisher.Enrichment.Arxiv;
using Publisher.Model;

namespace Publisher.Enrichment.Tests;

public class TitleMatcherTests
{
    private static readonly IReadOnlyList<ArxivFeedEntry> Records =
        ArxivFeedParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", "synthetic-records.atom"))).Entries;

    // Synthetic list titles against synthetic records: (list title, list year, expected outcome, expected id or "").
    [Theory]
    [InlineData("A synthetic study of sparse attention routing.", null, TitleMatchKind.Matched, "2401.00001")]
    [InlineData("A Synthetic Study of Sparse Attention Routing", 2024, TitleMatchKind.Matched, "2401.00001")]
    [InlineData("RouteX: A Synthetic Study of Sparse Attention Routing", null, TitleMatchKind.Matched, "2401.00001")]
    [InlineData("Fabricated Scaling Laws for Placeholder Language Model", null, TitleMatchKind.Matched, "2402.00003")]
    [InlineData("Language models are unsupervised multitask learners", null, TitleMatchKind.Unmatched, "")]
    [InlineData("Fabricated Scaling Laws for Placeholder Vision Models", null, TitleMatchKind.Ambiguous, "")]
    [InlineData("Twin Titles in a Synthetic Corpus", null, TitleMatchKind.Ambiguous, "")]
    [InlineData("Mock Alignment via Hypothetical Feedback", 2024, TitleMatchKind.Ambiguous, "")]
    [InlineData("Mock Alignment via Hypothetical Feedback", 2019, TitleMatchKind.Matched, "1905.00008")]
    [InlineData("An Entirely Different Synthetic Paper", null, TitleMatchKind.Unmatched, "")]
    public void Match_NearMissTitles_OnlyCloseAndUncontradictedAreApplied(string title, int? year, TitleMatchKind kind, string id)
    {
        var m = new TitleMatcher().Match(new TitleQuery(title, year, []), Records);
        Assert.Equal(kind, m.Kind);
        if (kind == TitleMatchKind.Matched) Assert.Equal(id, m.Match!.Id.Base);
        else Assert.Null(m.Match);
        if (kind == TitleMatchKind.Ambiguous) Assert.NotEmpty(m.Candidates);
    }

    [Fact]
    public void Match_AuthorsDisagree_GoesToReview()
    {
        var m = new TitleMatcher().Match(new TitleQuery("Invented Benchmarks for Imaginary Reasoning", null, ["Nobodyson"]), Records);
        Assert.Equal(TitleMatchKind.Ambiguous, m.Kind);
        Assert.Contains("author", m.Reason);
    }

    [Fact]
    public void Match_AuthorsAgree_AcceptsSlightlyLooserTitle()
    {
        const string title = "Sham Retrieval Augmentation for Notional QA";
        Assert.InRange(TitleMatcher.Score(title, "Sham Retrieval Augmentation for Notional Question Answering"), 0.80, 0.95);
        var m = new TitleMatcher { AcceptWithEvidence = 0.80 }.Match(new TitleQuery(title, null, ["Dummett"]), Records);
        Assert.Equal(TitleMatchKind.Matched, m.Kind);
        Assert.Equal("2405.00009", m.Match!.Id.Base);
    }

    [Fact]
    public void Score_LabelPrefix_IsIgnored() =>
        Assert.Equal(1.0, TitleMatcher.Score("GPT2: Invented Benchmarks for Imaginary Reasoning", "Invented Benchmarks for Imaginary Reasoning"));

    [Fact]
    public void Match_NoCandidates_IsUnmatched() =>
        Assert.Equal(TitleMatchKind.Unmatched, new TitleMatcher().Match(new TitleQuery(TitleNormalizer.Normalize("x y z"), null, []), []).Kind);
}
