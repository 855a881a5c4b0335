using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Publisher.Model;

namespace Publisher.Enrichment.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, port 0) that answers like arXiv's <c>/api/query</c>
/// from the SYNTHETIC records in Fixtures/Feeds/synthetic-records.atom, and can be told to
/// misbehave (429, 503, "Rate exceeded.", truncated XML, stalls) for the next requests.
/// </summary>
public sealed partial class FakeArxivServer : IAsyncDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";
    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly List<XElement> _records;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _faults = new();
    private int _stalled;

    private FakeArxivServer(WebApplication app, TimeProvider clock, List<XElement> records)
    {
        _app = app;
        _clock = clock;
        _records = records;
    }

    /// <summary>Requests received, with the fake time of arrival.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();
    /// <summary>Base address to give the client.</summary>
    public Uri BaseAddress { get; private set; } = null!;
    /// <summary>Requests currently held open by <see cref="Stall"/>.</summary>
    public int Stalled => Volatile.Read(ref _stalled);
    /// <summary>Extra records served besides the fixture (generated ids for batching tests).</summary>
    public ConcurrentDictionary<string, XElement> Extra { get; } = new();
    /// <summary>When set, every request is answered by this instead of the normal behaviour (after queued faults).</summary>
    public Func<HttpContext, Task>? Always { get; set; }

    /// <summary>Starts the server.</summary>
    public static async Task<FakeArxivServer> StartAsync(TimeProvider clock)
    {
        var records = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", "synthetic-records.atom"))
            .Root!.Elements(Atom + "entry").ToList();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeArxivServer(app, clock, records);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address);
        return server;
    }

    /// <summary>Queues a misbehaviour for the next request.</summary>
    public void Enqueue(Func<HttpContext, Task> fault) => _faults.Enqueue(fault);

    /// <summary>429 with <c>Retry-After: seconds</c>.</summary>
    public static Func<HttpContext, Task> TooManyRequests(int retryAfterSeconds) => ctx =>
    {
        ctx.Response.StatusCode = 429;
        ctx.Response.Headers.RetryAfter = retryAfterSeconds.ToString();
        return Task.CompletedTask;
    };

    /// <summary>A bare status code.</summary>
    public static Func<HttpContext, Task> Status(int code) => ctx => { ctx.Response.StatusCode = code; return Task.CompletedTask; };

    /// <summary>200 with the plain-text throttle body.</summary>
    public static Func<HttpContext, Task> RateExceeded() => ctx =>
    {
        ctx.Response.ContentType = "text/plain";
        return ctx.Response.WriteAsync("Rate exceeded.");
    };

    /// <summary>A fixture file (error feed, empty feed) verbatim.</summary>
    public static Func<HttpContext, Task> File(string name) => ctx =>
    {
        ctx.Response.ContentType = "application/atom+xml";
        return ctx.Response.WriteAsync(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", name)));
    };

    /// <summary>arXiv's error feed (Fixtures/Feeds/error.atom) naming another id.</summary>
    public static Func<HttpContext, Task> ErrorFeedFor(string id) => ctx =>
    {
        ctx.Response.ContentType = "application/atom+xml";
        return ctx.Response.WriteAsync(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", "error.atom")).Replace("1234.12345", id));
    };

    /// <summary>The normal answer cut in the middle of an entry (well-formed HTTP, broken XML).</summary>
    public Func<HttpContext, Task> Truncated() => async ctx =>
    {
        var full = Answer(ctx.Request.Query);
        ctx.Response.ContentType = "application/atom+xml";
        await ctx.Response.WriteAsync(full[..(full.Length * 2 / 3)]);
    };

    /// <summary>Sends headers then never finishes the body, until the client gives up.</summary>
    public Func<HttpContext, Task> Stall() => async ctx =>
    {
        ctx.Response.ContentType = "application/atom+xml";
        await ctx.Response.WriteAsync("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">");
        await ctx.Response.Body.FlushAsync();
        Interlocked.Increment(ref _stalled);
        try { await Task.Delay(Timeout.Infinite, ctx.RequestAborted); }
        catch (OperationCanceledException) { }
        finally { Interlocked.Decrement(ref _stalled); }
    };

    /// <summary>The normal answer, for handlers that misbehave only some of the time.</summary>
    public Task Normal(HttpContext ctx)
    {
        ctx.Response.ContentType = "application/atom+xml";
        return ctx.Response.WriteAsync(Answer(ctx.Request.Query), Encoding.UTF8);
    }

    /// <summary>Adds a generated SYNTHETIC record for an id.</summary>
    public void AddSyntheticRecord(string baseId) =>
        Extra[baseId] = new XElement(Atom + "entry",
            new XElement(Atom + "id", $"http://arxiv.org/abs/{baseId}v1"),
            new XElement(Atom + "published", "2024-01-15T00:00:00Z"),
            new XElement(Atom + "updated", "2024-01-15T00:00:00Z"),
            new XElement(Atom + "title", $"Generated Synthetic Record {baseId}"),
            new XElement(Atom + "summary", "Synthetic."),
            new XElement(Atom + "author", new XElement(Atom + "name", "Test Author")));

    private async Task HandleAsync(HttpContext ctx)
    {
        Requests.Enqueue(new RecordedRequest(_clock.GetUtcNow(), ctx.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()), ctx.Request.Headers.UserAgent.ToString()));
        if (_faults.TryDequeue(out var fault)) { await fault(ctx); return; }
        if (Always is { } always) { await always(ctx); return; }
        ctx.Response.ContentType = "application/atom+xml";
        await ctx.Response.WriteAsync(Answer(ctx.Request.Query), Encoding.UTF8);
    }

    private string Answer(IQueryCollection query)
    {
        var max = int.TryParse(query["max_results"], out var m) ? m : 10;
        IEnumerable<XElement> hits;
        if (query.TryGetValue("id_list", out var idList) && idList.ToString().Length > 0)
        {
            var wanted = idList.ToString().Split(',').Select(i => ArxivId.Parse(i).Base).ToHashSet();
            hits = _records.Concat(Extra.Values).Where(r => wanted.Contains(BaseOf(r)));
        }
        else
        {
            var phrases = Phrase().Matches(query["search_query"].ToString()).Select(x => x.Groups[1].Value.Split(' ')).ToList();
            // Looser than arXiv on purpose: near-miss titles come back so that the matcher has to reject them.
            hits = _records.Where(r =>
            {
                var words = TitleNormalizer.Normalize(r.Element(Atom + "title")!.Value).Split(' ').ToHashSet();
                return phrases.Any(p => p.Count(words.Contains) >= 0.6 * p.Length);
            });
        }
        var list = hits.ToList();
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", "http://arxiv.org/api/synthetic"),
            new XElement(Atom + "title", "ArXiv Query (synthetic)"),
            new XElement(OpenSearch + "totalResults", list.Count),
            list.Take(max).Select(r => new XElement(r)));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + feed.ToString();
    }

    private static string BaseOf(XElement record) => ArxivId.TryParseUrlOrId(record.Element(Atom + "id")!.Value, out var id) ? id.Base : "";

    [GeneratedRegex("ti:\"([^\"]*)\"")]
    private static partial Regex Phrase();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
