using Microsoft.Extensions.Time.Testing;
using Publisher.Enrichment.Arxiv;
using Publisher.Enrichment.Resilience;
using Publisher.Model;

namespace Publisher.Enrichment.Tests.Support;

/// <summary>A fake clock, the loopback server, a temporary cache folder, and helpers to run the enricher against them.</summary>
public sealed class EnrichHarness : IAsyncDisposable
{
    private EnrichHarness(FakeTimeProvider clock, FakeArxivServer server, string cacheDir)
    {
        Clock = clock;
        Server = server;
        CacheDirectory = cacheDir;
    }

    /// <summary>The fake clock everything runs on.</summary>
    public FakeTimeProvider Clock { get; }
    /// <summary>The loopback arXiv stand-in.</summary>
    public FakeArxivServer Server { get; }
    /// <summary>A fresh cache folder, deleted at the end.</summary>
    public string CacheDirectory { get; }
    /// <summary>Transport of the last client made (for in-flight tracking).</summary>
    public InFlightHandler? Transport { get; private set; }

    /// <summary>Starts a server and clock.</summary>
    public static async Task<EnrichHarness> StartAsync()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var server = await FakeArxivServer.StartAsync(clock);
        var dir = Path.Combine(Path.GetTempPath(), "publisher-enrich-tests", Guid.NewGuid().ToString("N"));
        return new EnrichHarness(clock, server, dir);
    }

    /// <summary>Options with a fixed jitter so runs repeat exactly.</summary>
    public static ArxivResilienceOptions Resilience(Func<ArxivResilienceOptions, ArxivResilienceOptions>? tweak = null)
    {
        var o = new ArxivResilienceOptions { Randomizer = () => 0.5 };
        return tweak is null ? o : tweak(o);
    }

    /// <summary>A client for <paramref name="baseAddress"/> (default: the server) over a real socket transport.</summary>
    public ArxivClient Client(ArxivResilienceOptions? resilience = null, Uri? baseAddress = null)
    {
        Transport = new InFlightHandler();
        return new ArxivClient(new ArxivClientOptions
        {
            BaseAddress = baseAddress ?? Server.BaseAddress,
            UserAgent = "Publisher-tests/1.0",
            Resilience = resilience ?? Resilience(),
        }, Clock, Transport);
    }

    /// <summary>The cache in <see cref="CacheDirectory"/>.</summary>
    public ArxivCache Cache() => new(CacheDirectory, Clock);

    /// <summary>Runs the enricher, advancing the fake clock only while the client waits on time.</summary>
    public Task<EnrichmentResult> RunAsync(Catalog catalog, ArxivClient? client, ArxivEnricherOptions? options = null) =>
        DriveAsync(new ArxivEnricher(client, Cache(), options, Clock).EnrichAsync(catalog));

    /// <summary>Awaits <paramref name="task"/>, advancing the fake clock in 250 ms steps while no exchange is in flight.</summary>
    public async Task<T> DriveAsync<T>(Task<T> task)
    {
        var guard = 0;
        while (!task.IsCompleted)
        {
            await Task.WhenAny(task, Task.Delay(1));
            if (task.IsCompleted) break;
            if ((Transport?.InFlight ?? 0) == 0 || Server.Stalled > 0) Clock.Advance(TimeSpan.FromMilliseconds(250));
            if (++guard > 100_000) throw new TimeoutException("enrichment did not finish");
        }
        return await task;
    }

    /// <summary>Gaps between consecutive requests the server saw, on the fake clock.</summary>
    public IReadOnlyList<TimeSpan> Gaps()
    {
        var times = Server.Requests.Select(r => r.At).ToList();
        return times.Zip(times.Skip(1), (a, b) => b - a).ToList();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try { Directory.Delete(CacheDirectory, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
