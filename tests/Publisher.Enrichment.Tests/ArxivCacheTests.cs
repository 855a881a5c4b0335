using Microsoft.Extensions.Time.Testing;
using Publisher.Enrichment.Arxiv;
using Publisher.Model;

namespace Publisher.Enrichment.Tests;

public sealed class ArxivCacheTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "publisher-cache-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));

    // Synthetic record.
    private static readonly ArxivFeedEntry Record = new()
    {
        Id = ArxivId.Parse("2401.00001v2"), Title = "A Synthetic Study of Sparse Attention Routing", Authors = ["Alice Quillon"],
        Published = new DateOnly(2024, 1, 2), Categories = ["cs.CL"],
    };

    [Fact]
    public void PutId_ThenGet_RoundTripsAndIgnoresVersion()
    {
        var cache = new ArxivCache(_dir, _clock);
        cache.PutId(ArxivId.Parse("2401.00001"), Record, _clock.GetUtcNow());
        var hit = cache.GetId(ArxivId.Parse("2401.00001v1"));
        Assert.NotNull(hit);
        Assert.Equal(Record.Id, hit.Entries.Single().Id);
        Assert.Equal(Record.Title, hit.Entries.Single().Title);
        Assert.Equal(_clock.GetUtcNow(), hit.FetchedAt);
        Assert.True(File.Exists(Path.Combine(_dir, "ids", "2401.00001.json")));
    }

    [Fact]
    public void PutId_NotFound_IsCachedAsEmptyAnswer()
    {
        var cache = new ArxivCache(_dir, _clock);
        cache.PutId(ArxivId.Parse("2412.99999"), null, _clock.GetUtcNow());
        Assert.Empty(cache.GetId(ArxivId.Parse("2412.99999"))!.Entries);
    }

    [Fact]
    public void GetId_OlderThanMaxAge_IsMissUnlessAnyAge()
    {
        var cache = new ArxivCache(_dir, _clock, TimeSpan.FromDays(30));
        cache.PutId(ArxivId.Parse("2401.00001"), Record, _clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromDays(31));
        Assert.Null(cache.GetId(ArxivId.Parse("2401.00001")));
        Assert.NotNull(cache.GetId(ArxivId.Parse("2401.00001"), anyAge: true));
    }

    [Fact]
    public void GetTitle_KeyedByNormalisedTitle()
    {
        var cache = new ArxivCache(_dir, _clock);
        cache.PutTitle("A Synthetic Study of Sparse Attention Routing", [Record], _clock.GetUtcNow());
        Assert.Single(cache.GetTitle("a synthetic study of sparse attention routing.")!.Entries);
        Assert.Null(cache.GetTitle("Another Synthetic Title Entirely"));
    }

    [Fact]
    public void Get_DamagedFile_IsAMiss()
    {
        var cache = new ArxivCache(_dir, _clock);
        var path = cache.IdPath(ArxivId.Parse("2401.00001"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{\"schema\":\"publisher-arxiv-cache/1\",\"key\":\"2401.0");
        Assert.Null(cache.GetId(ArxivId.Parse("2401.00001")));
    }

    [Fact]
    public void IdPath_OldStyleId_IsOneFileName() =>
        Assert.Equal("hep-th_9901001.json", Path.GetFileName(new ArxivCache(_dir, _clock).IdPath(ArxivId.Parse("hep-th/9901001v2"))));

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (DirectoryNotFoundException) { }
    }
}
