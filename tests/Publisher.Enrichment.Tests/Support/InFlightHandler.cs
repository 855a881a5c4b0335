namespace Publisher.Enrichment.Tests.Support;

/// <summary>
/// The real socket transport, counting exchanges in flight so the test clock is only advanced
/// while the client waits on time (spacing, backoff, a stalled server), never mid-exchange.
/// </summary>
public sealed class InFlightHandler() : DelegatingHandler(new SocketsHttpHandler { MaxConnectionsPerServer = 1, ConnectTimeout = TimeSpan.FromSeconds(10) })
{
    private int _inFlight;

    /// <summary>Exchanges started and not yet read to the end.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            var response = await base.SendAsync(request, ct);
            await response.Content.LoadIntoBufferAsync(ct);
            return response;
        }
        finally { Interlocked.Decrement(ref _inFlight); }
    }
}
