using System.Net;
using System.Net.Http.Headers;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Publisher.Enrichment.Resilience;
using Refit;

namespace Publisher.Enrichment.Arxiv;

/// <summary>
/// The arXiv API client: the Refit interface over an HttpClient whose handler carries the
/// resilience pipeline. Built here, in one place, so every request gets the same treatment.
/// </summary>
public sealed class ArxivClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly IArxivApi _api;

    /// <summary>Builds the client; <paramref name="transport"/> replaces the socket handler (tests, proxies).</summary>
    public ArxivClient(ArxivClientOptions options, TimeProvider? time = null, HttpMessageHandler? transport = null)
    {
        transport ??= new SocketsHttpHandler
        {
            // One connection at a time (arXiv's terms); the gate serialises requests as well.
            MaxConnectionsPerServer = 1,
            ConnectTimeout = options.Resilience.ConnectTimeout < options.Resilience.AttemptTimeout ? options.Resilience.ConnectTimeout : options.Resilience.AttemptTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        };
        var handler = new ArxivResilienceHandler(options.Resilience, time ?? TimeProvider.System, Traffic, transport);
        _http = new HttpClient(handler)
        {
            BaseAddress = options.BaseAddress,
            // Time limits belong to the pipeline, which runs on the injected clock.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.Clear();
        if (ProductInfoHeaderValue.TryParse(options.UserAgent, out _)) _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        else _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        _api = RestService.For<IArxivApi>(_http);
    }

    /// <summary>What has been sent so far.</summary>
    public ArxivTraffic Traffic { get; } = new();

    /// <summary>Fetches the latest version of each base id; ids arXiv does not have are simply absent.</summary>
    public Task<ArxivFeed> GetByIdsAsync(IReadOnlyList<string> baseIds, CancellationToken ct = default) =>
        QueryAsync(string.Join(',', baseIds), null, baseIds.Count, ct);

    /// <summary>Runs a search query (<c>ti:"…" OR …</c>) returning at most <paramref name="maxResults"/> entries.</summary>
    public Task<ArxivFeed> SearchAsync(string searchQuery, int maxResults, CancellationToken ct = default) =>
        QueryAsync(null, searchQuery, maxResults, ct);

    private async Task<ArxivFeed> QueryAsync(string? idList, string? search, int maxResults, CancellationToken ct)
    {
        IApiResponse<string> response;
        try
        {
            // max_results also caps id_list answers (default 10), so it is always set.
            response = await _api.QueryAsync(idList, search, 0, Math.Clamp(maxResults, 1, 2000), ct).ConfigureAwait(false);
        }
        catch (Exception e) when (Unwrap(e) is { } cause && !ct.IsCancellationRequested)
        {
            throw new ArxivUnavailableException(Describe(cause), unreachable: true, cause);
        }
        using (response)
        {
            if (response.Error is { } err && Unwrap(err.InnerException) is { } cause2 && !ct.IsCancellationRequested)
                throw new ArxivUnavailableException(Describe(cause2), unreachable: true, cause2);
            if (!response.IsSuccessStatusCode)
            {
                var status = response.StatusCode is { } sc ? (int)sc : 0;
                throw new ArxivUnavailableException($"arXiv answered {status} {response.ReasonPhrase} after retries", unreachable: status >= 500 && status != 502, response.Error);
            }
            try
            {
                return ArxivFeedParser.Parse(response.Content ?? "");
            }
            catch (ArxivFeedException e)
            {
                throw new ArxivUnavailableException(e.Message, unreachable: false, e);
            }
        }
    }

    private static Exception? Unwrap(Exception? e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or IOException or OperationCanceledException) return x;
        return null;
    }

    private string Describe(Exception e) => e switch
    {
        BrokenCircuitException => $"arXiv is not answering (circuit open after repeated failures; last: {Traffic.LastFailure ?? "unknown"})",
        TimeoutRejectedException or OperationCanceledException => "arXiv did not answer in time",
        HttpRequestException h => $"arXiv at {_http.BaseAddress} could not be reached: {h.Message}",
        _ => $"arXiv request failed: {e.Message}",
    };

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
