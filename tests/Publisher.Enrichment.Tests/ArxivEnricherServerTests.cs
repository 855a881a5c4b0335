using System.Net;
using System.Net.Sockets;
using Publisher.Enrichment.Tests.Support;
using Publisher.Model;
using static Publisher.Enrichment.Tests.Support.Entries;

namespace Publisher.Enrichment.Tests;

/// <summary>The enricher against a real HTTP server on 127.0.0.1 serving SYNTHETIC feeds, on a fake clock.</summary>
public sealed class ArxivEnricherServerTests : IAsyncLifetime
{
    private EnrichHarness _h = null!;

    public async Task InitializeAsync() => _h = await EnrichHarness.StartAsync();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static Catalog GeneratedIds(EnrichHarness h, int n)
    {
        var entries = new List<Entry>();
        for (var i = 1; i <= n; i++)
        {
            var id = $"2402.{10000 + i}";
            h.Server.AddSyntheticRecord(id);
            entries.Add(ById(id));
        }
        return Catalog([.. entries]);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(100, 1)]
    [InlineData(250, 3)]
    public async Task EnrichAsync_NIds_OneRequestPer100WithMaxResultsSet(int n, int requests)
    {
        using var client = _h.Client();
        var result = await _h.RunAsync(GeneratedIds(_h, n), client);

        Assert.Equal(requests, _h.Server.Requests.Count);
        Assert.All(_h.Server.Requests, r => Assert.Equal(r.Query["id_list"].Split(',').Length.ToString(), r.Query["max_results"]));
        Assert.Equal(n, result.Report.Enriched);
        Assert.Equal(n, result.Report.LookedUpById);
        Assert.True(result.Report.Reachable);
        Assert.All(_h.Server.Requests, r => Assert.Equal("Publisher-tests/1.0", r.UserAgent));
    }

    [Fact]
    public async Task EnrichAsync_VersionedAndUnversionedIdsOfOnePaper_AreOneLookup()
    {
        using var client = _h.Client();
        var catalog = Catalog(ById("2401.00001v1") with { Id = "a" }, ById("2401.00001") with { Id = "b" }, ById("2401.00002v1"));
        var result = await _h.RunAsync(catalog, client);

        var request = Assert.Single(_h.Server.Requests);
        Assert.Equal("2401.00001,2401.00002", request.Query["id_list"]);
        Assert.Equal(3, result.Report.Enriched);
        Assert.Equal("2401.00001v1", result.Catalog.Entries[0].ArxivId!.ToString());
        Assert.Equal("2401.00001v2", result.Catalog.Entries[1].ArxivId!.ToString());
    }

    [Fact]
    public async Task EnrichAsync_SeveralRequests_SpacedByAtLeastThreeSecondsOnTheClock()
    {
        using var client = _h.Client();
        await _h.RunAsync(GeneratedIds(_h, 350), client, new ArxivEnricherOptions { MaxIdsPerRequest = 100 });

        Assert.Equal(4, _h.Server.Requests.Count);
        Assert.All(_h.Gaps(), g => Assert.True(g >= TimeSpan.FromSeconds(3), $"gap {g}"));
    }

    [Fact]
    public async Task Client_ConcurrentCallers_AreSerialisedAndSpaced()
    {
        using var client = _h.Client();
        var all = Task.WhenAll(Enumerable.Range(1, 4).Select(i => client.GetByIdsAsync([$"2401.0000{i}"])));
        var feeds = await _h.DriveAsync(all);

        Assert.Equal(4, _h.Server.Requests.Count);
        Assert.Equal(2, feeds.Count(f => f.Entries.Count == 1));
        Assert.All(_h.Gaps(), g => Assert.True(g >= TimeSpan.FromSeconds(3), $"gap {g}"));
    }

    [Fact]
    public async Task EnrichAsync_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        _h.Server.Enqueue(FakeArxivServer.TooManyRequests(20));
        using var client = _h.Client();
        var result = await _h.RunAsync(Catalog(ById("2401.00001")), client);

        Assert.Equal(2, result.Report.Requests);
        Assert.Equal(1, result.Report.Retries);
        Assert.Equal(1, result.Report.Enriched);
        Assert.True(_h.Gaps().Single() >= TimeSpan.FromSeconds(20), $"gap {_h.Gaps().Single()}");
    }

    [Fact]
    public async Task EnrichAsync_429WithRetryAfter_ProgressReportsTheWaitAndEndsWithAllRequestsDone()
    {
        _h.Server.Enqueue(FakeArxivServer.TooManyRequests(20));
        using var client = _h.Client();
        var reports = new List<EnrichmentProgress>();
        var start = _h.Clock.GetUtcNow();
        await _h.RunAsync(Catalog(ById("2401.00001"), ById("2401.00002")), client,
            new ArxivEnricherOptions { Progress = new RecordingProgress(reports) });

        var retryWait = Assert.Single(reports, r => r.Waiting == "Retry-After");
        Assert.True(retryWait.NextRequestAt >= start + TimeSpan.FromSeconds(20), $"next request at {retryWait.NextRequestAt}");
        Assert.Equal(0, retryWait.RequestsDone);
        var last = reports[^1];
        Assert.Equal(1, last.RequestsPlanned);
        Assert.Equal(1, last.RequestsDone);
        Assert.Equal(2, last.Matched);
    }

    private sealed class RecordingProgress(List<EnrichmentProgress> reports) : IProgress<EnrichmentProgress>
    {
        public void Report(EnrichmentProgress value) { lock (reports) reports.Add(value); }
    }

    [Theory]
    [InlineData("503")]
    [InlineData("rate-exceeded")]
    [InlineData("truncated")]
    [InlineData("stall")]
    public async Task EnrichAsync_TransientFaultOnce_RetriesAndEnriches(string fault)
    {
        _h.Server.Enqueue(fault switch
        {
            "503" => FakeArxivServer.Status(503),
            "rate-exceeded" => FakeArxivServer.RateExceeded(),
            "truncated" => _h.Server.Truncated(),
            _ => _h.Server.Stall(),
        });
        using var client = _h.Client();
        var start = _h.Clock.GetUtcNow();
        var result = await _h.RunAsync(Catalog(ById("2401.00001"), ById("2401.00002")), client);

        Assert.Equal(2, _h.Server.Requests.Count);
        Assert.Equal(1, result.Report.Retries);
        Assert.Equal(2, result.Report.Enriched);
        Assert.True(result.Report.Reachable);
        Assert.True(_h.Gaps().Single() >= TimeSpan.FromSeconds(3));
        if (fault == "stall") Assert.True(_h.Clock.GetUtcNow() - start >= TimeSpan.FromSeconds(30), "the attempt timeout ended the stall");
        Assert.DoesNotContain(result.Catalog.Diagnostics, d => d.Severity >= Severity.Warning);
    }

    [Theory]
    [InlineData("refused")]
    [InlineData("dns")]
    public async Task EnrichAsync_Unreachable_BreakerOpensWithinSecondsAndRunStillSucceeds(string how)
    {
        // A closed port refuses at once; the reserved .invalid domain never resolves (RFC 6761).
        var address = how == "dns" ? new Uri("http://export.arxiv-synthetic.invalid") : new Uri($"http://127.0.0.1:{ClosedPort()}");
        using var client = _h.Client(baseAddress: address);
        var catalog = Catalog([.. GeneratedIds(_h, 250).Entries, ByTitle("A Synthetic Study of Sparse Attention Routing")]);
        var start = _h.Clock.GetUtcNow();
        var result = await _h.RunAsync(catalog, client);

        Assert.False(result.Report.Reachable);
        Assert.Equal(0, result.Report.Enriched);
        Assert.Equal(251, result.Report.NotFetched.Count);
        // Two refused attempts open the circuit; the other batches and the title search never touch the network.
        Assert.Equal(2, result.Report.Requests);
        Assert.True(_h.Clock.GetUtcNow() - start < TimeSpan.FromSeconds(15), $"took {_h.Clock.GetUtcNow() - start} on the clock");
        var warning = Assert.Single(result.Catalog.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal(EnrichmentCodes.Unreachable, warning.Code);
        Assert.Equal(catalog.Entries, result.Catalog.Entries);
        Assert.False(Directory.Exists(Path.Combine(_h.CacheDirectory, "ids")));
    }

    [Fact]
    public async Task EnrichAsync_ErrorFeed_WarnsAndCachesNothing()
    {
        _h.Server.Always = FakeArxivServer.File("error.atom");
        using var client = _h.Client();
        var result = await _h.RunAsync(Catalog(ById("2401.00001")), client);

        Assert.Equal(1, result.Report.Requests);
        Assert.Contains(result.Catalog.Diagnostics, d => d.Code == EnrichmentCodes.ErrorFeed && d.Message.Contains("incorrect id format"));
        Assert.Single(result.Report.NotFetched);
        Assert.False(Directory.Exists(Path.Combine(_h.CacheDirectory, "ids")));
    }

    [Fact]
    public async Task EnrichAsync_ErrorFeedNamingOneId_RetriesTheBatchWithoutIt()
    {
        _h.Server.Enqueue(FakeArxivServer.ErrorFeedFor("2412.12345"));
        using var client = _h.Client();
        var bad = new Entry { Id = "bad", Title = "x", ArxivId = ArxivId.Parse("2412.12345") };
        var result = await _h.RunAsync(Catalog(ById("2401.00001"), bad), client);

        Assert.Equal(2, _h.Server.Requests.Count);
        Assert.Equal("2401.00001", _h.Server.Requests.Last().Query["id_list"]);
        Assert.Equal(1, result.Report.Enriched);
        Assert.Equal(["bad"], result.Report.NotFetched);
        Assert.Contains(result.Catalog.Diagnostics, d => d.Code == EnrichmentCodes.ErrorFeed && d.EntryId == "bad");
        Assert.Null(_h.Cache().GetId(ArxivId.Parse("2412.12345")));
    }

    [Fact]
    public async Task EnrichAsync_HtmlInsteadOfFeed_ReportedNotRetriedNotCached()
    {
        _h.Server.Always = ctx => { ctx.Response.ContentType = "text/html"; return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(ctx.Response, "<html><body>maintenance</body></html>"); };
        using var client = _h.Client();
        var result = await _h.RunAsync(Catalog(ById("2401.00001")), client);

        Assert.Equal(1, result.Report.Requests);
        Assert.True(result.Report.Reachable);
        Assert.Single(result.Report.NotFetched);
        Assert.Contains(result.Catalog.Diagnostics, d => d.Code == EnrichmentCodes.FetchFailed && d.Message.Contains("Atom"));
        Assert.False(Directory.Exists(Path.Combine(_h.CacheDirectory, "ids")));
    }

    [Fact]
    public async Task EnrichAsync_EmptyFeedAndMissingIdsInBatch_AreUnmatchedAndRemembered()
    {
        using var client = _h.Client();
        var catalog = Catalog(ById("2401.00001"), ById("2412.99998"), ById("2412.99999"));
        var result = await _h.RunAsync(catalog, client);

        Assert.Equal(1, result.Report.Enriched);
        Assert.Equal(2, result.Report.Unmatched);
        Assert.Equal(2, result.Catalog.Diagnostics.Count(d => d.Code == EnrichmentCodes.IdNotFound));
        Assert.Empty(_h.Cache().GetId(ArxivId.Parse("2412.99999"))!.Entries);

        using var again = _h.Client();
        _h.Server.Always = FakeArxivServer.File("empty.atom");
        var second = await _h.RunAsync(Catalog(ById("2412.99997")), again);
        Assert.Equal(1, second.Report.Unmatched);
    }

    [Fact]
    public async Task EnrichAsync_AnswerCutByPaging_DoesNotCacheAbsentIdsAsMissing()
    {
        // A server that ignores max_results and returns only 10 of 30 (the id_list trap), while saying there are 30.
        var catalog = GeneratedIds(_h, 30);
        _h.Server.Always = async ctx =>
        {
            var ids = ctx.Request.Query["id_list"].ToString().Split(',').Take(10);
            var feed = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><totalResults xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">30</totalResults>"
                + string.Concat(ids.Select(id => $"<entry><id>http://arxiv.org/abs/{id}v1</id><title>Generated Synthetic Record {id}</title></entry>")) + "</feed>";
            await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(ctx.Response, feed);
        };
        using var client = _h.Client();
        var result = await _h.RunAsync(catalog, client);

        Assert.Equal(10, result.Report.Enriched);
        Assert.Equal(0, result.Report.Unmatched);
        Assert.Equal(20, result.Report.NotFetched.Count);
        Assert.Equal(10, Directory.GetFiles(Path.Combine(_h.CacheDirectory, "ids")).Length);
    }

    [Fact]
    public async Task EnrichAsync_LinkWithoutPdfTitle_PdfBuiltFromId()
    {
        using var client = _h.Client();
        var result = await _h.RunAsync(Catalog(ById("2401.00002")), client);
        var e = Assert.Single(result.Catalog.Entries);
        Assert.Contains(e.Links, l => l is { Kind: LinkKind.Pdf, Url: "https://arxiv.org/pdf/2401.00002v1" });
    }

    [Fact]
    public async Task EnrichAsync_WarmCache_SecondRunMakesZeroRequests()
    {
        var catalog = Catalog([.. GeneratedIds(_h, 120).Entries, ByTitle("A Synthetic Study of Sparse Attention Routing"), ByTitle("Language models are unsupervised multitask learners")]);
        using (var client = _h.Client()) await _h.RunAsync(catalog, client);
        var first = _h.Server.Requests.Count;

        using var client2 = _h.Client();
        var second = await _h.RunAsync(catalog, client2);

        Assert.Equal(3, first);
        Assert.Equal(first, _h.Server.Requests.Count);
        Assert.Equal(0, second.Report.Requests);
        Assert.Equal(122, second.Report.CacheHits);
        Assert.Equal(121, second.Report.Enriched);
    }

    [Fact]
    public async Task EnrichAsync_OfflineWithCache_UsesCacheOnly()
    {
        using (var client = _h.Client()) await _h.RunAsync(Catalog(ById("2401.00001")), client);
        var before = _h.Server.Requests.Count;

        var result = await _h.RunAsync(Catalog(ById("2401.00001"), ById("2401.00002")), null, new ArxivEnricherOptions { Offline = true });

        Assert.Equal(before, _h.Server.Requests.Count);
        Assert.True(result.Report.Offline);
        Assert.Null(result.Report.Reachable);
        Assert.Equal(1, result.Report.Enriched);
        Assert.Single(result.Report.NotFetched);
        Assert.Contains(result.Catalog.Diagnostics, d => d.Code == EnrichmentCodes.NotCached);
    }

    [Fact]
    public async Task EnrichAsync_FailureMidRun_KeepsEarlierBatchesAndCachesNothingHalfFetched()
    {
        var catalog = GeneratedIds(_h, 250);
        using var client = _h.Client();
        // The first batch is answered; every later answer is cut short (retried, then given up).
        var count = 0;
        _h.Server.Always = async ctx =>
        {
            if (Interlocked.Increment(ref count) == 1) await _h.Server.Normal(ctx);
            else await _h.Server.Truncated()(ctx);
        };
        var result = await _h.RunAsync(catalog, client);

        Assert.Equal(100, result.Report.Enriched);
        Assert.Equal(150, result.Report.NotFetched.Count);
        Assert.True(result.Report.Retries >= 1);
        // Repeated broken answers may also open the circuit (truncation counts as a failure); either way it is reported.
        Assert.Contains(result.Catalog.Diagnostics, d => d.Code is EnrichmentCodes.FetchFailed or EnrichmentCodes.Unreachable);
        Assert.All(result.Catalog.Entries.Take(100), e => Assert.NotNull(e.Arxiv));
        Assert.All(result.Catalog.Entries.Skip(100), e => Assert.Null(e.Arxiv));
        Assert.Equal(100, Directory.GetFiles(Path.Combine(_h.CacheDirectory, "ids")).Length);
        Assert.Empty(Directory.GetFiles(_h.CacheDirectory, "*.tmp", SearchOption.AllDirectories));
        Assert.Null(_h.Cache().GetId(ArxivId.Parse("2402.10101")));
    }

    [Fact]
    public async Task EnrichAsync_TitleLookup_OneOredRequestAppliesOnlyCloseMatches()
    {
        // Synthetic list titles: an exact match, a spelling variant, a famous work not on arXiv whose title is
        // contained in a synthetic record's, a near-miss of two records, duplicate arXiv titles, a year contradiction.
        var catalog = Catalog(
            ByTitle("A synthetic study of sparse attention routing"),
            ByTitle("Fabricated Scaling Laws for Placeholder Language Model", 2024),
            ByTitle("Language models are unsupervised multitask learners", 2019),
            ByTitle("Fabricated Scaling Laws for Placeholder Vision Models"),
            ByTitle("Twin Titles in a Synthetic Corpus"),
            ByTitle("Mock Alignment via Hypothetical Feedback", 2024),
            ByTitle("GPT") with { Id = "short" },
            ByTitle("合成研究的中文标题") with { Id = "cjk" });
        using var client = _h.Client();
        var result = await _h.RunAsync(catalog, client);

        var request = Assert.Single(_h.Server.Requests);
        Assert.Equal(6, request.Query["search_query"].Split(" OR ").Length);
        Assert.Equal("60", request.Query["max_results"]);
        var r = result.Report;
        Assert.Equal(6, r.LookedUpByTitle);
        Assert.Equal(2, r.Enriched);
        Assert.Equal(1, r.Unmatched);
        Assert.Equal(["title:fabricated-scaling-laws-for-placeholder-vision-models", "title:twin-titles-in-a-synthetic-corpus", "title:mock-alignment-via-hypothetical-feedback"],
            r.Ambiguous.Select(a => a.EntryId));
        var e = result.Catalog.Entries;
        Assert.Equal("2401.00001v2", e[0].ArxivId!.ToString());
        Assert.Equal("title", e[0].Arxiv!.MatchedBy);
        Assert.Equal("2402.00003v1", e[1].ArxivId!.ToString());
        Assert.Null(e[2].Arxiv);
        Assert.Null(e[2].ArxivId);
        Assert.All(e.Skip(3), x => Assert.Null(x.Arxiv));
        Assert.Equal(2, r.Ambiguous[1].Candidates.Count);
        Assert.Contains(result.Catalog.Diagnostics, d => d.Code == EnrichmentCodes.NeedsReview && d.EntryId == "title:twin-titles-in-a-synthetic-corpus");
    }

    [Fact]
    public async Task EnrichAsync_TitleSearchCutByMaxResults_AsksAgainForTitlesWithoutCandidates()
    {
        // With one result per title, the shared answer is cut; the title that got nothing close is asked alone.
        var catalog = Catalog(ByTitle("Twin Titles in a Synthetic Corpus"), ByTitle("Sham Retrieval Augmentation for Notional Question Answering"));
        using var client = _h.Client();
        var result = await _h.RunAsync(catalog, client, new ArxivEnricherOptions { ResultsPerTitle = 1 });

        Assert.Equal(2, _h.Server.Requests.Count);
        Assert.Equal("ti:\"sham retrieval augmentation for notional question answering\"", _h.Server.Requests.Last().Query["search_query"]);
        Assert.Equal(1, result.Report.Enriched);
        Assert.Single(result.Report.Ambiguous);
        Assert.Equal("2405.00009v3", result.Catalog.Entries[1].ArxivId!.ToString());
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
