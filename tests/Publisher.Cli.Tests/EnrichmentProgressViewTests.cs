using Microsoft.Extensions.Time.Testing;
using Publisher.Cli.Progress;
using Publisher.Enrichment;

namespace Publisher.Cli.Tests;

/// <summary>The arXiv stage's progress as a person reads it: a status line with a countdown, or plain lines when redirected.</summary>
public class EnrichmentProgressViewTests
{
    private static readonly DateTimeOffset Start = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Describe_BeforeAnyReport_SaysPreparing()
    {
        var view = new EnrichmentProgressView(new FakeTimeProvider(Start), null);
        Assert.Equal("arxiv: preparing", view.Describe());
    }

    [Fact]
    public void Describe_WhileWaiting_CountsDownToTheNextRequest()
    {
        var clock = new FakeTimeProvider(Start);
        var view = new EnrichmentProgressView(clock, null);
        view.Report(new EnrichmentProgress(3, 10, 2, Start.AddSeconds(42), "Retry-After"));
        Assert.Equal("arxiv: requests 3/10, 2 found, next request in 42 s (Retry-After)", view.Describe());
        clock.Advance(TimeSpan.FromSeconds(39.5));
        Assert.Equal("arxiv: requests 3/10, 2 found, next request in 2.5 s (Retry-After)", view.Describe());
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal("arxiv: requests 3/10, 2 found", view.Describe());
    }

    [Fact]
    public void Describe_MoreDoneThanPlanned_NeverShowsDoneAbovePlanned()
    {
        var view = new EnrichmentProgressView(new FakeTimeProvider(Start), null);
        view.Report(new EnrichmentProgress(5, 4, 1, null, null));
        Assert.Equal("arxiv: requests 5/5, 1 found", view.Describe());
    }

    [Fact]
    public void Report_Redirected_OneLinePerAnsweredRequestAndOnePerLongWait()
    {
        var lines = new List<string>();
        var view = new EnrichmentProgressView(new FakeTimeProvider(Start), lines.Add);
        view.Report(new EnrichmentProgress(0, 0, 0, null, null));                          // nothing planned yet: silent
        view.Report(new EnrichmentProgress(1, 3, 1, Start.AddSeconds(3), "polite spacing")); // short wait: counts only
        view.Report(new EnrichmentProgress(1, 3, 1, Start.AddSeconds(3), "polite spacing")); // same again: silent
        view.Report(new EnrichmentProgress(2, 3, 1, Start.AddSeconds(60), "backoff"));       // long wait: counts, then the wait
        view.Report(new EnrichmentProgress(2, 3, 1, Start.AddSeconds(60), "backoff"));       // same wait again: silent
        view.Report(new EnrichmentProgress(3, 3, 2, null, null));
        Assert.Equal(
        [
            "requests 1/3, 1 found",
            "requests 2/3, 1 found",
            "waiting 60 s before the next request (backoff)",
            "requests 3/3, 2 found",
        ], lines);
    }

    [Fact]
    public void Report_WithoutPlainSink_KeepsTheLatestForTheStatusLine()
    {
        var view = new EnrichmentProgressView(new FakeTimeProvider(Start), null);
        view.Report(new EnrichmentProgress(1, 2, 0, null, null));
        Assert.Equal(new EnrichmentProgress(1, 2, 0, null, null), view.Last);
    }
}
